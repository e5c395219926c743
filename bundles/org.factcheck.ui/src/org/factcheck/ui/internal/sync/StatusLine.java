package org.factcheck.ui.internal.sync;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Shows a message in the status line of the parts of the active window (where the user looks). */
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
        if (window == null || window.getActivePage() == null) {
            return;
        }
        // every part of the page gets it: each has its own status line, and the user may be looking at any of them
        for (org.eclipse.ui.IViewReference ref : window.getActivePage().getViewReferences()) {
            show(ref.getPart(false), message);
        }
        for (org.eclipse.ui.IEditorReference ref : window.getActivePage().getEditorReferences()) {
            show(ref.getPart(false), message);
        }
    }

    private static void show(IWorkbenchPart part, String message) {
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
