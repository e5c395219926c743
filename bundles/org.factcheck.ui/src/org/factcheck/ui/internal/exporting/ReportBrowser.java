package org.factcheck.ui.internal.exporting;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

/**
 * Shows an exported HTML report in the workbench's own browser window (SWT's Browser, WebKitGTK on Linux), or — where
 * no browser engine is installed (SWT then refuses to create one) — in the system's browser; if there is none either,
 * says where the file is.
 */
final class ReportBrowser {

    private ReportBrowser() {
    }

    /** Opens {@code file}, an HTML report; returns whether the internal browser showed it. */
    static boolean open(Shell parent, Path file) {
        Shell window = new Shell(parent.getDisplay(), SWT.SHELL_TRIM);
        window.setText(file.getFileName() + " — Report");
        window.setLayout(new FillLayout());
        try {
            Browser browser = new Browser(window, SWT.NONE);
            browser.setUrl(file.toUri().toString());
            window.setSize(1000, 760);
            window.open();
            return true;
        } catch (SWTError noEngine) { // e.g. "No more handles [Browser style SWT.NONE and Java system property…]"
            window.dispose();
            if (!Program.launch(file.toString())) {
                MessageDialog.openInformation(parent, "Report written", "The report was written to " + file
                        + ". This system has no web browser to show it (the workbench's own needs WebKitGTK); open the"
                        + " file from there.");
            }
            return false;
        }
    }
}
