package org.factcheck.ui.internal.annotate;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.factcheck.model.Claim;
import org.factcheck.model.Stance;

/**
 * Chooses a claim of the case and, if asked, one more thing (the stance of evidence, the kind of a relation): type
 * to filter, arrow keys to choose, Enter to confirm.
 */
public final class ClaimPickerDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final List<Claim> claims;
    private final Claim preselected;
    private final String choiceLabel;
    private final String[] choices;
    private final int defaultChoice;
    private Text filterField;
    private TableViewer list;
    private Combo choiceField;
    private String textLabel;
    private String textMessage;
    private Text textField;
    private String text = "";
    private Claim claim;
    private int choice = -1;

    ClaimPickerDialog(Shell shell, String title, String message, List<Claim> claims, Claim preselected, boolean askStance) {
        this(shell, title, message, claims, preselected, askStance ? "&Stance:" : null,
                new String[] { "Supports the claim", "Refutes the claim", "Gives context" }, 1);
    }

    /**
     * @param choiceLabel  the label of a second choice, or {@code null} for none
     * @param choices      its items
     * @param defaultChoice the item chosen at first
     */
    public ClaimPickerDialog(Shell shell, String title, String message, List<Claim> claims, Claim preselected,
            String choiceLabel, String[] choices, int defaultChoice) {
        super(shell);
        this.title = title;
        this.message = message;
        this.claims = claims;
        this.preselected = preselected;
        this.choiceLabel = choiceLabel;
        this.choices = choices;
        this.defaultChoice = defaultChoice;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(title);
        setMessage(message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText("&Find:");
        filterField = new Text(form, SWT.BORDER | SWT.SEARCH);
        filterField.setMessage("words of the statement or the claimant's name");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterField);
        list = new TableViewer(form, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(LabelProvider.createTextProvider(o -> ClaimText.oneLine((Claim) o)));
        list.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                String wanted = filterField.getText().strip();
                return wanted.isEmpty() || ClaimText.matches((Claim) element, wanted);
            }
        });
        // what begins with or holds the words as typed comes first, else the case's order; ranks and places are
        // looked up, not recomputed per comparison (a case may have tens of thousands of claims)
        java.util.Map<Object, Integer> place = new java.util.IdentityHashMap<>();
        claims.forEach(c -> place.putIfAbsent(c, place.size()));
        java.util.Map<Object, Integer> ranks = new java.util.IdentityHashMap<>();
        String[] rankedFor = { "" };
        list.setComparator(new org.eclipse.jface.viewers.ViewerComparator() {
            @Override
            public int compare(Viewer viewer, Object a, Object b) {
                String wanted = filterField.getText().strip();
                if (!wanted.equals(rankedFor[0])) {
                    ranks.clear();
                    rankedFor[0] = wanted;
                }
                int byRank = Integer.compare(ranks.computeIfAbsent(a, c -> ClaimText.rank((Claim) c, wanted)),
                        ranks.computeIfAbsent(b, c -> ClaimText.rank((Claim) c, wanted)));
                return byRank != 0 ? byRank : Integer.compare(place.getOrDefault(a, 0), place.getOrDefault(b, 0));
            }
        });
        list.setInput(claims);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 220).applyTo(list.getControl());
        // a long row is cut at the list's edge: the chosen claim is shown whole, wrapped, below the list
        Label whole = new Label(form, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, convertHeightInCharsToPixels(3)).applyTo(whole);
        list.addSelectionChangedListener(e -> {
            Object chosen = list.getStructuredSelection().getFirstElement();
            whole.setText(chosen instanceof Claim c ? ClaimText.fullLine(c) : "");
            whole.getParent().layout(true);
        });
        whole.setData("org.factcheck.ui.wholeClaim", Boolean.TRUE);
        filterField.addModifyListener(e -> { // typing chooses the best match; the arrow keys then move on from it
            list.refresh();
            if (list.getElementAt(0) != null) {
                list.setSelection(new StructuredSelection(list.getElementAt(0)), true);
            }
        });
        filterField.addListener(SWT.KeyDown, e -> { // arrow keys move through the list while typing
            if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
                list.getControl().setFocus();
            }
        });
        list.addDoubleClickListener(e -> okPressed());
        Object first = preselected != null && claims.contains(preselected) ? preselected
                : claims.isEmpty() ? null : claims.get(0);
        if (first != null) {
            list.setSelection(new StructuredSelection(first), true);
        }
        if (choiceLabel != null) {
            new Label(form, SWT.NONE).setText(choiceLabel);
            choiceField = new Combo(form, SWT.READ_ONLY);
            choiceField.setItems(choices);
            choiceField.select(defaultChoice);
        }
        if (textLabel != null) {
            new Label(form, SWT.NONE).setText(textLabel);
            textField = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP);
            textField.setMessage(textMessage);
            GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 48).applyTo(textField);
            textField.addListener(SWT.Traverse, e -> { // Tab leaves the field, Enter confirms
                if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS
                        || e.detail == SWT.TRAVERSE_RETURN) {
                    e.doit = true;
                }
            });
        }
        return area;
    }

    /** Asks for one more, free text (a relation's rationale) under the choices; call before {@code open}. */
    public void askText(String label, String message) {
        textLabel = label;
        textMessage = message;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        claim = (Claim) ((IStructuredSelection) list.getSelection()).getFirstElement();
        if (claim == null) {
            setErrorMessage("Choose a claim from the list.");
            return;
        }
        if (choiceField != null) {
            choice = Math.max(0, choiceField.getSelectionIndex());
        }
        if (textField != null) {
            text = textField.getText().strip();
        }
        super.okPressed();
    }

    public Text filterField() {
        return filterField;
    }

    public TableViewer list() {
        return list;
    }

    /** The second choice (the stance, for evidence), or {@code null}. */
    public Combo stanceField() {
        return choiceField;
    }

    /** Presses OK, as Enter does. */
    public void accept() {
        okPressed();
    }

    public Claim claim() {
        return claim;
    }

    /** The free text field, if asked for. */
    public Text textField() {
        return textField;
    }

    /** The free text given (empty if none). */
    public String text() {
        return text;
    }

    /** The index of the second choice, or -1. */
    public int choice() {
        return choice;
    }

    Stance stance() {
        return choice < 0 ? null : Stance.values()[choice];
    }
}
