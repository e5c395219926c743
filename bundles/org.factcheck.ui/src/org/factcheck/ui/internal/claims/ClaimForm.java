package org.factcheck.ui.internal.claims;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 * changes nothing.
 */
final class ClaimForm {

    private final CaseSession session;
    private final Claim claim;
    private final ScrolledForm form;
    private Text statement;
    private Combo claimant;
    private final List<Actor> actors = new ArrayList<>();
    private Text dateSaid;
    private Combo status;
    private Combo verdict;
    private final List<Rating> ratings = new ArrayList<>();
    private Text explanation;
    private RatingColors colors;

    ClaimForm(CaseSession session, Claim claim, ScrolledForm form) {
        this.session = session;
        this.claim = claim;
        this.form = form;
    }

    void createClaimFields(FormToolkit toolkit, Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        statement = text(toolkit, parent, "Statement:", SWT.MULTI | SWT.WRAP, 60);
        commitOnLeave(statement, () -> set(Literals.CLAIM__STATEMENT, statement.getText().strip()));
        toolkit.createLabel(parent, "Claimant:");
        claimant = new Combo(parent, SWT.READ_ONLY);
        claimant.addListener(SWT.Selection, e -> set(Literals.CLAIM__CLAIMANT,
                claimant.getSelectionIndex() <= 0 ? null : actors.get(claimant.getSelectionIndex() - 1)));
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
        GridDataFactory.fillDefaults().grab(true, false).hint(420, height).applyTo(text);
        return text;
    }

    private static void commitOnLeave(Text text, Runnable commit) {
        text.addListener(SWT.FocusOut, e -> commit.run());
        text.addListener(SWT.DefaultSelection, e -> commit.run());
        text.addListener(SWT.Traverse, e -> { // Tab leaves even a multi-line field
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
    }

    private void commitDate() {
        String typed = dateSaid.getText().strip();
        if (typed.isEmpty()) {
            form.setMessage(null, IMessageProvider.NONE);
            set(Literals.CLAIM__DATE_SAID, null);
            return;
        }
        try {
            LocalDate date = LocalDate.parse(typed);
            form.setMessage(null, IMessageProvider.NONE); // corrected, even back to the date there was
            set(Literals.CLAIM__DATE_SAID, date);
        } catch (DateTimeParseException e) {
            form.setMessage("“" + typed + "” is not a date written yyyy-mm-dd (for example 2022-10-03). The date said is "
                    + "unchanged.", IMessageProvider.ERROR);
        }
    }

    /** Sets a feature of the claim by a command, if the value differs. */
    private void set(EStructuralFeature feature, Object value) {
        Object current = claim.eGet(feature);
        if (Objects.equals(current, value) || "".equals(value) && current == null) {
            return;
        }
        Command command = SetCommand.create(session.domain(), claim, feature, value);
        if (command.canExecute()) {
            session.commandStack().execute(command);
            form.setMessage(null, IMessageProvider.NONE);
        }
    }

    /** Shows the model's values (after an edit, an undo or a redo); a field being typed in keeps its text. */
    void update() {
        show(statement, claim.getStatement());
        show(dateSaid, claim.getDateSaid() == null ? "" : claim.getDateSaid().toString());
        show(explanation, claim.getExplanation());
        actors.clear();
        actors.addAll(session.caseFile().getActors());
        List<String> names = new ArrayList<>(List.of("(not known)"));
        actors.forEach(a -> names.add(a.getName()));
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
    }

    private static void show(Text field, String value) {
        String text = value == null ? "" : value;
        if (!field.isFocusControl() && !field.getText().equals(text)) {
            field.setText(text);
        }
    }

    Control statementField() {
        return statement;
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
