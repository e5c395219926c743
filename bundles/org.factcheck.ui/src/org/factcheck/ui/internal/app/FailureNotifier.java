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
 * Tells the user, once per contribution and session, that a plugin's contribution failed and is disabled for this
 * session: in a notice without modality ({@link FailureNotice}: the plugin's bundle and what was disabled) and on
 * the status line of the active window (the log already has it, with the bundle's id and the stack trace).
 * Failures of case checks are also listed in the Problems view.
 */
final class FailureNotifier implements Consumer<ContributionFailure> {

    private static FailureNotifier installed;

    private String last;
    /** The contributions already told about this session: extension point, bundle and contribution id. */
    private final java.util.Set<String> told = new java.util.HashSet<>();
    private FailureNotice notice;

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
            display.asyncExec(() -> show(failure));
        }
    }

    /** @return the last message shown, for tests */
    static String lastMessage() {
        return installed == null ? null : installed.last;
    }

    private void show(ContributionFailure failure) {
        if (!told.add(failure.extensionPoint() + " " + failure.bundleId() + " " + failure.contributionId())) {
            return;
        }
        String message = "A plugin failed: " + failure.message();
        last = message;
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
        if (window != null && !window.getShell().isDisposed()) {
            notice = FailureNotice.show(notice, window.getShell(), failure);
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
