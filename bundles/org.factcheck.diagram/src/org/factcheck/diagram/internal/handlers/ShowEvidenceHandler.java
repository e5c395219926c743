package org.factcheck.diagram.internal.handlers;

import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;

/** Shows or hides the evidence (stance, source, quote) in every claim box of the active diagram. */
public final class ShowEvidenceHandler extends DiagramHandler implements IElementUpdater {

    @Override
    void run(ArgumentDiagramEditor editor, ExecutionEvent event) {
        editor.setShowEvidence(!editor.showsEvidence());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void updateElement(UIElement element, Map parameters) {
        IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        element.setChecked(active instanceof ArgumentDiagramEditor editor && editor.showsEvidence());
    }
}
