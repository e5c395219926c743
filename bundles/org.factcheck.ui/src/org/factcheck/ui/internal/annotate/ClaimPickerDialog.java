package org.factcheck.ui.internal.annotate;

import java.util.List;
import java.util.Locale;

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
 * Chooses a claim of the case (and, for evidence, a stance): type to filter, arrow keys to choose, Enter to confirm.
 */
public final class ClaimPickerDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final List<Claim> claims;
    private final Claim preselected;
    private final boolean askStance;
    private Text filterField;
    private TableViewer list;
    private Combo stanceField;
    private Claim claim;
    private Stance stance;

    ClaimPickerDialog(Shell shell, String title, String message, List<Claim> claims, Claim preselected, boolean askStance) {
        super(shell);
        this.title = title;
        this.message = message;
        this.claims = claims;
        this.preselected = preselected;
        this.askStance = askStance;
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
        list = new TableViewer(form, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(LabelProvider.createTextProvider(o -> ClaimText.oneLine((Claim) o)));
        list.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                String wanted = filterField.getText().strip().toLowerCase(Locale.ROOT);
                return wanted.isEmpty() || ClaimText.oneLine((Claim) element).toLowerCase(Locale.ROOT).contains(wanted);
            }
        });
        list.setInput(claims);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 220).applyTo(list.getControl());
        filterField.addModifyListener(e -> {
            list.refresh();
            if (list.getStructuredSelection().isEmpty() && list.getElementAt(0) != null) {
                list.setSelection(new StructuredSelection(list.getElementAt(0)));
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
        if (askStance) {
            new Label(form, SWT.NONE).setText("&Stance:");
            stanceField = new Combo(form, SWT.READ_ONLY);
            stanceField.setItems("Supports the claim", "Refutes the claim", "Gives context");
            stanceField.select(1);
        }
        return area;
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
        if (askStance) {
            stance = Stance.values()[Math.max(0, stanceField.getSelectionIndex())];
        }
        super.okPressed();
    }

    public Text filterField() {
        return filterField;
    }

    public TableViewer list() {
        return list;
    }

    public Combo stanceField() {
        return stanceField;
    }

    /** Presses OK, as Enter does. */
    public void accept() {
        okPressed();
    }

    Claim claim() {
        return claim;
    }

    Stance stance() {
        return stance;
    }
}
