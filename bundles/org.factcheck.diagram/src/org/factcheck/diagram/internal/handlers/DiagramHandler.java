package org.factcheck.diagram.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;

/** A command that acts on the active argument diagram (enabled in plugin.xml only while one is active). */
abstract class DiagramHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActiveEditor(event) instanceof ArgumentDiagramEditor editor) {
            run(editor, event);
        }
        return null;
    }

    abstract void run(ArgumentDiagramEditor editor, ExecutionEvent event) throws ExecutionException;
}
