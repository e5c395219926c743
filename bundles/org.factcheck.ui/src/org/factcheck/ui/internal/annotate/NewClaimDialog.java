package org.factcheck.ui.internal.annotate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Person;

/**
 * Asks for a new claim's statement, claimant and date, pre-filled with the quote and the guesses of
 * {@link ClaimDefaults}. Every field is reachable with Tab; Enter in the claimant or date field creates the claim.
 * The claimant is chosen from the list or typed: a name the case does not know becomes a new person.
 * A date that is not yyyy-mm-dd is shown as an error and the claim cannot be created until it is fixed.
 */
public final class NewClaimDialog extends TitleAreaDialog {

    private final String quote;
    private final List<Actor> actors;
    private final ClaimDefaults.Guess guess;
    private final LocalDate date;
    private Text statementField;
    private Combo claimantField;
    private Text dateField;
    private final List<Actor> choices = new ArrayList<>();
    private String statement;
    private Actor claimant;
    private LocalDate dateSaid;

    NewClaimDialog(Shell shell, String quote, List<Actor> actors, ClaimDefaults.Guess guess, LocalDate date) {
        super(shell);
        this.quote = quote;
        this.actors = actors;
        this.guess = guess;
        this.date = date;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Create Claim");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Create a claim from the selected words");
        setMessage("Edit the statement into a checkable sentence; confirm who said it and when.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        org.eclipse.jface.layout.GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

        new Label(form, SWT.NONE).setText("&Statement:");
        statementField = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        statementField.setText(ClaimText.statementOf(quote));
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 80).applyTo(statementField);
        statementField.addTraverseListener(e -> { // Tab leaves the field instead of typing a tab
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });

        new Label(form, SWT.NONE).setText("&Claimant:");
        claimantField = new Combo(form, SWT.DROP_DOWN); // a name typed that the case does not know is a new person
        claimantField.add("(not known)");
        choices.add(null);
        if (guess.newName() != null) {
            Person person = CaseFactory.eINSTANCE.createPerson();
            person.setName(guess.newName());
            claimantField.add("New person: " + guess.newName());
            choices.add(person);
        }
        for (Actor actor : actors) {
            claimantField.add(actor.getName());
            choices.add(actor);
        }
        int preselect = guess.actor() != null ? choices.indexOf(guess.actor()) : guess.newName() != null ? 1 : 0;
        claimantField.select(Math.max(0, preselect));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(claimantField);

        new Label(form, SWT.NONE).setText("&Date said:");
        dateField = new Text(form, SWT.BORDER);
        dateField.setMessage("yyyy-mm-dd");
        dateField.setText(date == null ? "" : date.toString());
        dateField.addModifyListener(e -> validate());
        statementField.addModifyListener(e -> validate());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(dateField);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Create Claim", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void validate() {
        String problem = null;
        if (statementField.getText().isBlank()) {
            problem = "Write the statement the claim makes.";
        } else if (!dateField.getText().isBlank()) {
            try {
                LocalDate.parse(dateField.getText().strip());
            } catch (DateTimeParseException e) {
                problem = "The date must be written yyyy-mm-dd, for example 2022-10-03.";
            }
        }
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        validate();
        if (getErrorMessage() != null) {
            return;
        }
        statement = statementField.getText().strip();
        claimant = chosenClaimant();
        dateSaid = dateField.getText().isBlank() ? null : LocalDate.parse(dateField.getText().strip());
        super.okPressed();
    }

    /**
     * The claimant the field names: one of the listed choices, else a case actor with that name or alias, else a
     * new person of that name; nothing for an empty field.
     */
    private Actor chosenClaimant() {
        String typed = claimantField.getText().strip();
        int listed = claimantField.indexOf(claimantField.getText());
        if (listed >= 0) {
            return choices.get(listed);
        }
        if (typed.isEmpty()) {
            return null;
        }
        for (Actor actor : actors) {
            if (typed.equalsIgnoreCase(actor.getName() == null ? "" : actor.getName().strip())
                    || actor.getAliases().stream().anyMatch(a -> a != null && typed.equalsIgnoreCase(a.strip()))) {
                return actor;
            }
        }
        Person person = CaseFactory.eINSTANCE.createPerson();
        person.setName(typed);
        return person;
    }

    public Text statementField() {
        return statementField;
    }

    public Combo claimantField() {
        return claimantField;
    }

    public Text dateField() {
        return dateField;
    }

    /** Presses "Create Claim", as Enter does. */
    public void accept() {
        okPressed();
    }

    String statement() {
        return statement;
    }

    Actor claimant() {
        return claimant;
    }

    LocalDate dateSaid() {
        return dateSaid;
    }
}
