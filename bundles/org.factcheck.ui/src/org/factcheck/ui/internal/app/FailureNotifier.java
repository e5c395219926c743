package org.factcheck.ui.internal.app;

import java.util.function.Consumer;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PlatformUI;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.extensions.ContributionFailures;

/**
 * Tells the user, once per contribution, that a plugin's contribution failed and is disabled for this session:
 * the message goes to the status line of the active window (the log already has it, with the bundle's id and
 * the stack trace). Failures of case checks are also listed in the Problems view.
 */
final class FailureNotifier implements Consumer<ContributionFailure> {

    private static FailureNotifier installed;

    private String last;

    static synchronized void install() {
        if (installed == null) {
            installed = new FailureNotifier();
            ContributionFailures.addListener(installed);
        }
    }

    static synchronized void uninstall() {
        if (installed != null) {
            ContributionFailures.removeListener(installed);
            installed = null;
        }
    }

    @Override
    public void accept(ContributionFailure failure) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> show("A plugin failed: " + failure.message()));
        }
    }

    /** @return the last message shown, for tests */
    static String lastMessage() {
        return installed == null ? null : installed.last;
    }

    private void show(String message) {
        last = message;
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
        IStatusLineManager status = window == null || window.getActivePage() == null ? null
                : statusLine(window.getActivePage().getActivePart());
        if (status != null) {
            status.setErrorMessage(message);
        }
    }

    private static IStatusLineManager statusLine(IWorkbenchPart part) {
        if (part == null) {
            return null;
        }
        if (part.getSite() instanceof IViewSite site) {
            return site.getActionBars().getStatusLineManager();
        }
        if (part.getSite() instanceof IEditorSite site) {
            return site.getActionBars().getStatusLineManager();
        }
        return null;
    }
}
