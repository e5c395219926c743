package org.factcheck.diagram.internal.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ListDialog;
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
 * Opens the argument diagram of the case selected or edited: the diagram selected; the case's only diagram; one of
 * its diagrams, chosen in a list, when it has several; or a new one (an undoable addition to the case) if it has
 * none.
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
                : choose(window, session.get());
        if (diagram != null) {
            open(window.getActivePage(), session.get(), diagram);
        }
        return null;
    }

    /** @return the case's diagram to open: its only one, one chosen from a list, or a new one; null if cancelled */
    private static Diagram choose(IWorkbenchWindow window, CaseSession session) {
        List<Diagram> diagrams = diagrams(session);
        if (diagrams.size() <= 1) {
            return diagramOf(session);
        }
        ListDialog dialog = new ListDialog(window.getShell());
        dialog.setTitle("Open Argument Diagram");
        dialog.setMessage("The case has " + diagrams.size() + " diagrams. Which one?");
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                String name = ((Diagram) element).getName();
                return name == null || name.isBlank() ? "(unnamed diagram)" : name;
            }
        });
        dialog.setInput(diagrams);
        dialog.setInitialSelections(diagrams.get(0));
        return dialog.open() == Window.OK && dialog.getResult().length == 1 ? (Diagram) dialog.getResult()[0] : null;
    }

    /** @return the case's diagrams, in file order */
    public static List<Diagram> diagrams(CaseSession session) {
        return session.resource().getContents().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast).toList();
    }

    /** @return the case's first diagram, created (as an undoable command) if it has none */
    public static Diagram diagramOf(CaseSession session) {
        List<Diagram> existing = diagrams(session);
        return existing.isEmpty() ? addDiagram(session, DEFAULT_NAME) : existing.get(0);
    }

    /** Adds a new, empty diagram to a case, as an undoable command; its claims are laid out when it opens. */
    public static Diagram addDiagram(CaseSession session, String name) {
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        diagram.setName(name);
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
