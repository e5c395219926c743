package org.factcheck.ui.internal.claims;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.factcheck.model.Actor;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Rating;
import org.factcheck.ui.cases.CaseSession;

/**
 * The editable fields of the claim editor. A field's change becomes a SetCommand on the case's command stack when
 * the field is left (or Enter is pressed in a one-line field); an invalid date is reported in the form's header and
 * changes nothing. Until then the field holds <em>typing</em>: Undo takes it back ({@link #undoTyping}) instead of
 * undoing the newest command of the case.
 */
final class ClaimForm {

    private final CaseSession session;
    private final Claim claim;
    private final ScrolledForm form;
    private final Runnable typingChanged;
    /** Per text field, what commits its typing; true when the case then has the field's value. */
    private final Map<Text, BooleanSupplier> commits = new LinkedHashMap<>();
    private boolean typing;
    /** The text a field was last given from the case (or committed to it): anything else in it is typing. */
    private static final String SHOWN = "org.factcheck.ui.shown";
    private Text statement;
    private Text shortStatement;
    private Combo claimant;
    /** The claimant list's last entry: creates a person and makes them the claimant. */
    static final String NEW_CLAIMANT = "New person…";
    private final List<Actor> actors = new ArrayList<>();
    private Text dateSaid;
    private Combo status;
    private Combo verdict;
    private final List<Rating> ratings = new ArrayList<>();
    private Text explanation;
    private RatingColors colors;

    /** @param typingChanged told when a field starts or stops holding typing (Undo's label changes) */
    ClaimForm(CaseSession session, Claim claim, ScrolledForm form, Runnable typingChanged) {
        this.session = session;
        this.claim = claim;
        this.form = form;
        this.typingChanged = typingChanged;
    }

    void createClaimFields(FormToolkit toolkit, Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        statement = text(toolkit, parent, "Statement:", SWT.MULTI | SWT.WRAP, 60);
        commitOnLeave(statement, () -> set(Literals.CLAIM__STATEMENT, statement.getText().strip()));
        shortStatement = text(toolkit, parent, "Short form:", SWT.SINGLE, SWT.DEFAULT);
        shortStatement.setMessage("optional: what ClaimReview publishes (Google recommends at most 75 characters)");
        commitOnLeave(shortStatement, () -> set(Literals.CLAIM__SHORT_STATEMENT, blankToNull(shortStatement.getText())));
        toolkit.createLabel(parent, "Claimant:");
        claimant = new Combo(parent, SWT.READ_ONLY);
        claimant.addListener(SWT.Selection, e -> {
            int index = claimant.getSelectionIndex();
            if (index > actors.size()) {
                newClaimant();
            } else {
                set(Literals.CLAIM__CLAIMANT, index <= 0 ? null : actors.get(index - 1));
            }
        });
        dateSaid = text(toolkit, parent, "Date said:", SWT.SINGLE, SWT.DEFAULT);
        dateSaid.setMessage("yyyy-mm-dd");
        commitOnLeave(dateSaid, this::commitDate);
        toolkit.createLabel(parent, "Status:");
        status = new Combo(parent, SWT.READ_ONLY);
        for (ClaimStatus value : ClaimStatus.values()) {
            status.add(ClaimColumns.status(value));
        }
        status.addListener(SWT.Selection, e -> set(Literals.CLAIM__STATUS, ClaimStatus.get(status.getSelectionIndex())));
    }

    void createVerdictFields(FormToolkit toolkit, Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        toolkit.createLabel(parent, "Verdict:");
        verdict = new Combo(parent, SWT.READ_ONLY);
        verdict.addListener(SWT.Selection, e -> set(Literals.CLAIM__VERDICT,
                verdict.getSelectionIndex() <= 0 ? null : ratings.get(verdict.getSelectionIndex() - 1)));
        explanation = text(toolkit, parent, "Explanation:", SWT.MULTI | SWT.WRAP, 90);
        commitOnLeave(explanation, () -> set(Literals.CLAIM__EXPLANATION, explanation.getText().strip()));
    }

    private static Text text(FormToolkit toolkit, Composite parent, String label, int style, int height) {
        toolkit.createLabel(parent, label).setLayoutData(GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).create());
        Text text = toolkit.createText(parent, "", style | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, height).applyTo(text);
        return text;
    }

    private void commitOnLeave(Text text, BooleanSupplier commit) {
        text.setData(SHOWN, "");
        commits.put(text, commit);
        Runnable leave = () -> {
            if (typed(text)) {
                if (commit.getAsBoolean()) {
                    text.setData(SHOWN, text.getText());
                }
            } else if (text == dateSaid) {
                form.setMessage(null, IMessageProvider.NONE); // typed back to the date it shows: nothing is wrong
            }
            noteTyping();
        };
        text.addListener(SWT.FocusOut, e -> leave.run());
        text.addListener(SWT.DefaultSelection, e -> leave.run());
        text.addListener(SWT.Modify, e -> noteTyping());
        text.addListener(SWT.Traverse, e -> { // Tab leaves even a multi-line field
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
    }

    private boolean commitDate() {
        String typed = dateSaid.getText().strip();
        if (typed.isEmpty()) {
            form.setMessage(null, IMessageProvider.NONE);
            return set(Literals.CLAIM__DATE_SAID, null);
        }
        try {
            LocalDate date = LocalDate.parse(typed);
            form.setMessage(null, IMessageProvider.NONE); // corrected, even back to the date there was
            return set(Literals.CLAIM__DATE_SAID, date);
        } catch (DateTimeParseException e) {
            form.setMessage("“" + typed + "” is not a date written yyyy-mm-dd (for example 2022-10-03). The date said is "
                    + "unchanged.", IMessageProvider.ERROR);
            return false;
        }
    }

    /**
     * Asks for a new person (name, role, affiliation…) and makes them the claimant: one command, so that one Undo
     * takes back both. Cancelled, the claimant stays as it was.
     */
    void newClaimant() {
        org.factcheck.ui.internal.names.EntityDialog dialog = org.factcheck.ui.internal.names.EntityDialog.create(
                claimant.getShell(), session, Literals.PERSON, "");
        if (dialog.open() == org.eclipse.jface.window.Window.OK && dialog.command() != null) {
            org.eclipse.emf.common.command.CompoundCommand both = new org.eclipse.emf.common.command.CompoundCommand(
                    "Set New Claimant");
            both.append(dialog.command());
            both.append(SetCommand.create(session.domain(), claim, Literals.CLAIM__CLAIMANT, dialog.subject()));
            if (both.canExecute()) {
                session.commandStack().execute(both);
            }
        }
        if (!claimant.isDisposed()) {
            claimant.select(actors.indexOf(claim.getClaimant()) + 1);
        }
    }

    /** Sets a feature of the claim by a command, if the value differs; false if it could not be set. */
    private boolean set(EStructuralFeature feature, Object value) {
        Object current = claim.eGet(feature);
        if (Objects.equals(current, value) || "".equals(value) && current == null) {
            return true;
        }
        Command command = SetCommand.create(session.domain(), claim, feature, value);
        if (!command.canExecute()) {
            return false;
        }
        session.commandStack().execute(command);
        form.setMessage(null, IMessageProvider.NONE);
        return true;
    }

    private static String blankToNull(String typed) {
        String value = typed.strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean typed(Text field) {
        return !field.isDisposed() && !field.getText().equals(field.getData(SHOWN));
    }

    /** Whether a field holds typing not yet committed to the case. */
    boolean hasTyping() {
        return commits.keySet().stream().anyMatch(ClaimForm::typed);
    }

    /**
     * Takes back the typing of every field that holds some: it is committed as a command and that command undone
     * (Redo brings it back), or, when it changes nothing or is not valid, the field shows the case's value again.
     * No other command of the case is touched.
     */
    void undoTyping() {
        for (Map.Entry<Text, BooleanSupplier> entry : commits.entrySet()) {
            Text field = entry.getKey();
            if (!typed(field)) {
                continue;
            }
            String before = (String) field.getData(SHOWN);
            Command newest = session.commandStack().getUndoCommand();
            boolean committed = entry.getValue().getAsBoolean();
            if (committed && session.commandStack().getUndoCommand() != newest) {
                field.setData(SHOWN, field.getText()); // in step with the case, so the undo below shows its value
                session.commandStack().undo();
            } else {
                field.setText(before);
                form.setMessage(null, IMessageProvider.NONE);
            }
        }
        noteTyping();
    }

    private void noteTyping() {
        boolean now = hasTyping();
        if (now != typing) {
            typing = now;
            typingChanged.run();
        }
    }

    /** Shows the model's values (after an edit, an undo or a redo); a field being typed in keeps its typing. */
    void update() {
        show(statement, claim.getStatement());
        show(shortStatement, claim.getShortStatement());
        show(dateSaid, claim.getDateSaid() == null ? "" : claim.getDateSaid().toString());
        show(explanation, claim.getExplanation());
        actors.clear();
        actors.addAll(session.caseFile().getActors());
        List<String> names = new ArrayList<>(List.of("(not known)"));
        actors.forEach(a -> names.add(a.getName()));
        names.add(NEW_CLAIMANT);
        claimant.setItems(names.toArray(String[]::new));
        claimant.select(actors.indexOf(claim.getClaimant()) + 1);
        status.select(claim.getStatus() == null ? 0 : claim.getStatus().getValue());
        ratings.clear();
        if (session.caseFile().getRatingScale() != null) {
            ratings.addAll(session.caseFile().getRatingScale().getRatings());
        }
        List<String> labels = new ArrayList<>(List.of("(no verdict yet)"));
        ratings.forEach(r -> labels.add(r.getLabel()));
        verdict.setItems(labels.toArray(String[]::new));
        verdict.select(ratings.indexOf(claim.getVerdict()) + 1);
        if (colors == null) {
            colors = new RatingColors(verdict);
        }
        verdict.setBackground(colors.background(claim.getVerdict()));
        verdict.setForeground(colors.foreground(claim.getVerdict()));
        noteTyping();
    }

    private static void show(Text field, String value) {
        String text = value == null ? "" : value;
        if (field.isFocusControl() && typed(field)) {
            if (field.getText().equals(text)) {
                field.setData(SHOWN, text); // the typing is what the case now has
            }
            return;
        }
        field.setData(SHOWN, text); // first, so that the Modify event of setText sees no typing
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    Control statementField() {
        return statement;
    }

    Text shortStatementField() {
        return shortStatement;
    }

    Text explanationField() {
        return explanation;
    }

    Text dateField() {
        return dateSaid;
    }

    Combo verdictField() {
        return verdict;
    }

    Combo statusField() {
        return status;
    }
}
