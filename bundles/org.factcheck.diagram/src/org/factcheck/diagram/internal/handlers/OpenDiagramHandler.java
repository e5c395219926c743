package org.factcheck.diagram.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;
import org.factcheck.diagram.internal.editor.DiagramEditorInput;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.NotationFactory;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * Opens the argument diagram of the case selected or edited: the diagram selected, or the case's first diagram,
 * or a new one (an undoable addition to the case) if it has none.
 */
public final class OpenDiagramHandler extends AbstractHandler {

    /** The name of a diagram created for a case that has none. */
    public static final String DEFAULT_NAME = "Argument map";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        Optional<CaseSession> session = first instanceof EObject object ? CaseSessions.getDefault().of(object)
                : Optional.empty();
        if (session.isEmpty()) {
            session = CaseSessions.of(HandlerUtil.getActiveEditor(event));
        }
        if (session.isEmpty() && CaseSessions.getDefault().all().size() == 1) {
            session = Optional.of(CaseSessions.getDefault().all().get(0));
        }
        if (session.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), "Open Argument Diagram",
                    "Open a case first (File › Open Case…), then open its argument diagram.");
            return null;
        }
        Diagram diagram = first instanceof Diagram selected && CaseSessions.getDefault().of(selected).equals(session) ? selected
                : diagramOf(session.get());
        open(window.getActivePage(), session.get(), diagram);
        return null;
    }

    /** @return the case's first diagram, created (as an undoable command) if it has none */
    public static Diagram diagramOf(CaseSession session) {
        Optional<Diagram> existing = session.resource().getContents().stream().filter(Diagram.class::isInstance)
                .map(Diagram.class::cast).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        diagram.setName(DEFAULT_NAME);
        AddCommand add = new AddCommand(session.domain(), session.resource().getContents(), diagram);
        add.setLabel("Add Argument Diagram");
        session.commandStack().execute(add);
        return diagram;
    }

    /** Opens (or brings to the front) a diagram of an open case; reports a failure in a dialog. */
    public static ArgumentDiagramEditor open(IWorkbenchPage page, CaseSession session, Diagram diagram) {
        try {
            return (ArgumentDiagramEditor) page.openEditor(new DiagramEditorInput(session.file(), diagram.getId(),
                    diagram.getName()), ArgumentDiagramEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot open the diagram", e.getMessage());
            return null;
        }
    }
}
