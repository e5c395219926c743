package org.factcheck.diagram.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * Adds another named argument diagram to the case being edited (for a part of the argument, or a second
 * arrangement of it) and opens it; the new diagram lays its claims out by itself and keeps its own positions.
 */
public final class NewDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Optional<CaseSession> session = CaseSessions.of(HandlerUtil.getActiveEditor(event));
        if (session.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), "New Argument Diagram", "Open a case first, then add a diagram to it.");
            return null;
        }
        String suggestion = OpenDiagramHandler.DEFAULT_NAME + " " + (OpenDiagramHandler.diagrams(session.get()).size() + 1);
        InputDialog dialog = new InputDialog(window.getShell(), "New Argument Diagram", "Name of the new diagram:", suggestion,
                text -> text.isBlank() ? "A diagram needs a name." : null);
        if (dialog.open() == Window.OK) {
            OpenDiagramHandler.open(window.getActivePage(), session.get(),
                    OpenDiagramHandler.addDiagram(session.get(), dialog.getValue().strip()));
        }
        return null;
    }
}
