package org.factcheck.ui.internal.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * Properties page of a case: edits go to the case's command stack, and while the Properties view has the
 * focus Undo and Redo still act on the case.
 */
final class CasePropertySheetPage extends PropertySheetPage {

    private final CaseEditor editor;

    CasePropertySheetPage(CaseEditor editor, IPropertySourceProvider provider) {
        this.editor = editor;
        setPropertySourceProvider(provider);
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        if (editor.getEditorSite().getActionBarContributor() instanceof CaseEditorContributor contributor) {
            actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), contributor.undoAction());
            actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), contributor.redoAction());
        }
    }
}
