package org.factcheck.ui.internal.sync;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Shows a message in the status line of the active window's active part (where the user looks). */
final class StatusLine {

    private StatusLine() {
    }

    static void show(String message) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPart part = window == null || window.getActivePage() == null ? null
                : window.getActivePage().getActivePart();
        if (part == null) {
            return;
        }
        IActionBars bars = part.getSite() instanceof IViewSite view ? view.getActionBars()
                : part.getSite() instanceof IEditorSite editor ? editor.getActionBars() : null;
        if (bars != null) {
            bars.getStatusLineManager().setMessage(message);
        }
    }
}
