package org.factcheck.diagram.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.gef.editparts.ZoomManager;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;

/** Zooms the active diagram so that all of it is visible. */
public final class FitHandler extends DiagramHandler {

    @Override
    void run(ArgumentDiagramEditor editor, ExecutionEvent event) {
        editor.zoomManager().setZoomAsText(ZoomManager.FIT_ALL);
    }
}
