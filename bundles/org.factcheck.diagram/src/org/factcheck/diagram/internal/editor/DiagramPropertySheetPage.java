package org.factcheck.diagram.internal.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.factcheck.ui.cases.CasePropertySheetPage;

/**
 * The Properties of the claim or relation selected in the diagram; edits run on the case's command stack, and
 * while the Properties view has the focus Undo and Redo still act on the case.
 */
final class DiagramPropertySheetPage extends CasePropertySheetPage {

    private final ArgumentDiagramEditor editor;

    DiagramPropertySheetPage(ArgumentDiagramEditor editor) {
        super(editor.session());
        this.editor = editor;
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.actions().getAction(ActionFactory.UNDO.getId()));
        actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.actions().getAction(ActionFactory.REDO.getId()));
    }
}
