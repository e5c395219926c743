package org.factcheck.ui.internal.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.factcheck.core.scales.RatingScales;
import org.factcheck.core.scales.ScaleDescriptor;

/**
 * File › New Case: the case's title and its rating scale, chosen among the scales contributed to
 * {@code org.factcheck.core.ratingScales} (the default scale preselected). OK is enabled once there is a title.
 */
public final class NewCaseDialog extends TitleAreaDialog {

    private final List<ScaleDescriptor> scales;
    private Text title;
    private Combo scale;
    private Label description;
    private String chosenTitle;
    private ScaleDescriptor chosenScale;

    /**
     * @param parent the parent shell
     * @param scales the scales to offer, the preselected one first
     */
    public NewCaseDialog(Shell parent, List<ScaleDescriptor> scales) {
        super(parent);
        this.scales = List.copyOf(scales);
    }

    /** @return a dialog offering the scales contributed now */
    static NewCaseDialog withContributedScales(Shell parent) {
        return new NewCaseDialog(parent, RatingScales.getDefault().descriptors());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("New Case");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("New Case");
        setMessage("Name what is being checked and choose the rating scale of its verdicts.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));
        new Label(form, SWT.NONE).setText("&Title:");
        title = new Text(form, SWT.BORDER);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        title.addModifyListener(e -> update());
        new Label(form, SWT.NONE).setText("Rating &scale:");
        scale = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (ScaleDescriptor descriptor : scales) {
            scale.add(descriptor.name() + (descriptor.contributor().equals("org.factcheck.core") ? ""
                    : " (" + descriptor.contributor() + ")"));
        }
        scale.addModifyListener(e -> update());
        new Label(form, SWT.NONE);
        description = new Label(form, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 420;
        description.setLayoutData(wide);
        if (!scales.isEmpty()) {
            scale.select(0);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        update();
    }

    private void update() {
        int index = scale.getSelectionIndex();
        description.setText(index < 0 ? "" : scales.get(index).description());
        description.getParent().layout();
        String problem = title.getText().isBlank() ? "A case needs a title."
                : index < 0 ? "No rating scale is available." : null;
        setErrorMessage(title.getText().isEmpty() ? null : problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        chosenTitle = title.getText().strip();
        chosenScale = scales.get(scale.getSelectionIndex());
        super.okPressed();
    }

    /** @return the title given, after OK */
    public String chosenTitle() {
        return chosenTitle;
    }

    /** @return the scale chosen, after OK */
    public ScaleDescriptor chosenScale() {
        return chosenScale;
    }

    /** @return the title field, for tests */
    public Text titleField() {
        return title;
    }

    /** @return the scale choice, for tests */
    public Combo scaleField() {
        return scale;
    }
}
