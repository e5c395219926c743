package org.factcheck.ui.internal.history;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.factcheck.core.merge.Restore;
import org.factcheck.core.text.Abbreviations;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.editor.CaseLabels;

/** What the History view shows the history of, how it names it, and restoring a claim as one command. */
final class HistorySubjects {

    private HistorySubjects() {
    }

    /**
     * @return the claim or document a selected element stands for (evidence its claim, a span its article), or
     *         {@code null}
     */
    static EObject of(Object selected) {
        return selected instanceof Evidence e ? e.getClaim()
                : selected instanceof TextSpan span ? span.getDocument()
                        : selected instanceof Claim || selected instanceof Document ? (EObject) selected : null;
    }

    /** @return the object's id, or {@code null} for none (the whole case) */
    static String id(EObject subject) {
        return subject == null ? null : EcoreUtil.getID(subject);
    }

    /** @return the object in words, such as claim “Russia has no plans…” */
    static String words(EObject subject) {
        String label = subject instanceof Claim claim && claim.getStatement() != null ? claim.getStatement()
                : subject instanceof Document doc && doc.getTitle() != null ? doc.getTitle() : CaseLabels.text(subject);
        return (subject instanceof Claim ? "claim " : "document ")
                + (label == null ? id(subject) : "“" + Abbreviations.shorten(label, 50) + "”");
    }

    /**
     * Gives a claim of the case the state it has in an earlier version, as one undoable command "Restore Claim".
     *
     * @return what could not be restored as it was; empty when it is exactly as it was then
     */
    static List<String> restore(CaseSession session, List<EObject> then, String claimId) {
        List<String> notes = new java.util.ArrayList<>();
        ChangeCommand command = new ChangeCommand(session.resource()) {
            @Override
            protected void doExecute() {
                notes.addAll(Restore.claim(session.resource().getContents(), then, claimId));
            }
        };
        command.setLabel("Restore Claim");
        session.commandStack().execute(command);
        return notes;
    }

    /**
     * @param then    the case as the commit has it (null: the file is not in the commit)
     * @param failure why it could not be read, or null
     * @return why the claim cannot be restored from that version, or null when it can
     */
    static String whyNotRestorable(List<EObject> then, Exception failure, String commit, String claimId, String words) {
        if (failure != null) {
            return "Cannot read commit " + commit + ": " + failure.getMessage();
        }
        if (then == null) {
            return "The case file is not in commit " + commit + ".";
        }
        if (then.isEmpty() || !(then.get(0) instanceof org.factcheck.model.CaseFile old)
                || old.getClaims().stream().noneMatch(c -> claimId.equals(c.getId()))) {
            return "The " + words + " is not in commit " + commit + "'s version of the case.";
        }
        return null;
    }
}
