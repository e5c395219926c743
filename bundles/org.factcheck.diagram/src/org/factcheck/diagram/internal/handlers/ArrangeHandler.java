package org.factcheck.diagram.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;
import org.factcheck.diagram.internal.editor.DiagramArranger;

/** Arranges the active diagram automatically (layered layout); undoable. */
public final class ArrangeHandler extends DiagramHandler {

    @Override
    void run(ArgumentDiagramEditor editor, ExecutionEvent event) {
        DiagramArranger.arrange(editor);
    }
}
