package org.factcheck.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.ui.internal.editor.CaseFileDialogs;

/** File › Open Case…: asks for a .factcase file and opens it in the case explorer. */
public final class OpenCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Path file = CaseFileDialogs.askOpenLocation(window.getShell());
        if (file != null) {
            CaseOpener.open(window, file);
        }
        return null;
    }
}
