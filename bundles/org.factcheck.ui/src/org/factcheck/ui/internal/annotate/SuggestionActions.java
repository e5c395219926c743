package org.factcheck.ui.internal.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.internal.suggestions.CaseSuggestions;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Claim;
import org.factcheck.model.DismissedSuggestion;
import org.factcheck.model.Document;
import org.factcheck.model.Person;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.annotate.Annotator.Refusal;

/**
 * What a person does with a suggestion, each one command on the case's command stack: accept it (a claim with the
 * suggested passage as its appearance and the speaker as claimant: the matched person or organisation, or a new
 * person when the case does not know the name and it looks like one), edit it first in the new-claim dialog, or dismiss it (remembered in
 * the document, so it is not suggested again).
 */
public final class SuggestionActions {

    private SuggestionActions() {
    }

    /**
     * Accepts a suggestion as one undoable command "Accept Suggestion".
     *
     * @return the new claim
     * @throws Refusal if the case cannot be written or the suggestion no longer applies (nothing is changed)
     */
    public static Claim accept(CaseSession session, Document document, ClaimSuggestion s) throws Refusal {
        List<Claim> claims = acceptAll(session, document, List.of(s));
        return claims.get(0);
    }

    /**
     * Accepts suggestions as one undoable command ("Accept Suggestion", "Accept 3 Suggestions"): one gesture, one
     * Undo. Each becomes a claim as {@link #accept} makes it, in the order of the text; a speaker the case does not
     * know becomes one new person even when several of the suggestions name them. A suggestion that an earlier one of the
     * same batch covers (overlapping words) is left as it is.
     *
     * @return the new claims, in the order of the text
     * @throws Refusal if the case cannot be written or a suggestion no longer applies (nothing is changed)
     */
    public static List<Claim> acceptAll(CaseSession session, Document document, List<ClaimSuggestion> suggestions)
            throws Refusal {
        for (ClaimSuggestion s : suggestions) {
            check(session, document, s);
        }
        List<ClaimSuggestion> inOrder = suggestions.stream()
                .sorted(Comparator.comparingInt(ClaimSuggestion::start).thenComparingInt(ClaimSuggestion::end))
                .toList();
        List<TextSpan> spans = new ArrayList<>();
        String label = suggestions.size() == 1 ? "Accept Suggestion" : "Accept " + suggestions.size() + " Suggestions";
        CompoundCommand accept = new CompoundCommand(label) {
            @Override
            protected boolean prepare() {
                return !suggestions.isEmpty();
            }

            /*
             * Built while it runs: each claim's command is made after the earlier ones took effect, so a new person
             * added for one suggestion is found by name for the next, and a later overlapping suggestion is skipped.
             * Undo and Redo then replay exactly these commands.
             */
            @Override
            public void execute() {
                for (ClaimSuggestion s : inOrder) {
                    if (!spans.isEmpty() && CaseSuggestions.hidden(document, s)) {
                        continue;
                    }
                    TextSpan span = SpanCommands.newSpan(document, s.start(), s.end(), SpanKind.CLAIM_APPEARANCE);
                    if (appendAndExecute(SpanCommands.createClaim(session.domain(), session.caseFile(), document, span,
                            CaseSuggestions.statement(document, s), claimant(session, s),
                            ClaimDefaults.dateSaid(document)))) {
                        spans.add(span);
                    }
                }
            }
        };
        execute(session, accept);
        SpanRoles roles = SpanRoles.of(session.caseFile());
        return spans.stream().map(roles::ownerOf).toList();
    }

    /**
     * Opens the new-claim dialog filled in from the suggestion; OK creates the claim as edited (one command).
     *
     * @return the new claim, or {@code null} if the dialog was canceled
     */
    public static Claim edit(Shell shell, CaseSession session, Document document, ClaimSuggestion s) throws Refusal {
        check(session, document, s);
        Actor matched = CaseSuggestions.speaker(session.caseFile(), s).orElse(null);
        ClaimDefaults.Guess guess = matched != null ? new ClaimDefaults.Guess(matched, null)
                : CaseSuggestions.looksLikeName(s.speakerName()) ? new ClaimDefaults.Guess(null, s.speakerName())
                        : ClaimDefaults.Guess.NONE;
        NewClaimDialog dialog = new NewClaimDialog(shell, CaseSuggestions.statement(document, s),
                List.copyOf(session.caseFile().getActors()), guess, ClaimDefaults.dateSaid(document));
        if (dialog.open() != Window.OK) {
            return null;
        }
        return new Annotator(session, document).createClaim(new Annotator.Range(s.start(), s.end()), dialog.statement(),
                dialog.claimant(), dialog.dateSaid());
    }

    /** Dismisses suggestions as one undoable command "Dismiss Suggestion(s)"; they are not suggested again. */
    public static void dismiss(CaseSession session, Document document, List<ClaimSuggestion> suggestions) throws Refusal {
        Annotator.readOnlyCheck(session);
        CompoundCommand dismiss = new CompoundCommand(suggestions.size() == 1 ? "Dismiss Suggestion"
                : "Dismiss " + suggestions.size() + " Suggestions");
        for (ClaimSuggestion s : suggestions) {
            if (CaseSuggestions.text(document, s) != null) {
                DismissedSuggestion dismissal = CaseSuggestions.newDismissal(document, s);
                dismiss.append(AddCommand.create(session.domain(), document, Literals.DOCUMENT__DISMISSED_SUGGESTIONS,
                        dismissal));
            }
        }
        if (!dismiss.isEmpty()) {
            execute(session, dismiss);
        }
    }

    private static void check(CaseSession session, Document document, ClaimSuggestion s) throws Refusal {
        Annotator.readOnlyCheck(session);
        if (CaseSuggestions.hidden(document, s)) {
            throw new Refusal("This suggestion no longer applies: its words are already a claim's appearance, marked "
                    + "as comment / boilerplate, dismissed, or the text changed. Nothing was changed.");
        }
    }

    /**
     * The matched actor, a new person for a name the case does not know, or nobody (also for a speaker that is a
     * description, not a name, such as "a military spokesman": Edit lets the fact-checker choose).
     */
    private static Actor claimant(CaseSession session, ClaimSuggestion s) {
        Actor matched = CaseSuggestions.speaker(session.caseFile(), s).orElse(null);
        if (matched != null || !CaseSuggestions.looksLikeName(s.speakerName())) {
            return matched;
        }
        Person person = CaseFactory.eINSTANCE.createPerson();
        person.setName(s.speakerName());
        return person; // added to the case by the same command (SpanCommands.createClaim)
    }

    private static void execute(CaseSession session, Command command) throws Refusal {
        if (!command.canExecute()) {
            throw new Refusal("This suggestion cannot be taken over here. Nothing was changed.");
        }
        session.commandStack().execute(command);
    }
}
