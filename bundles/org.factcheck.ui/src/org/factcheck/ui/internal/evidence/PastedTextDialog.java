package org.factcheck.ui.internal.evidence;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A large field to paste the text whose SHA-256 is wanted (what a page said, as copied). */
final class PastedTextDialog extends Dialog {

    private Text field;
    private String text = "";

    PastedTextDialog(Shell shell) {
        super(shell);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("SHA-256 of Pasted Text");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText("Paste the text exactly as retrieved (Ctrl+V). Its UTF-8 bytes are hashed as they are.");
        field = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 240).applyTo(field);
        return area;
    }

    @Override
    protected void okPressed() {
        text = field.getText();
        super.okPressed();
    }

    String text() {
        return text;
    }
}
