package org.factcheck.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.core.CaseFiles;
import org.factcheck.ui.internal.editor.CaseEditorInput;
import org.factcheck.ui.internal.editor.CaseFileDialogs;
import org.factcheck.ui.cases.CaseSession;

/**
 * File › New Case…: asks for a title and a location, writes the new case (with the default rating scale and
 * relation kinds) and opens it. The file exists from the start, so the case is never only in memory.
 */
public final class NewCaseHandler extends AbstractHandler {

    private static final IInputValidator NOT_BLANK = text -> text.isBlank() ? "A case needs a title." : null;

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        InputDialog ask = new InputDialog(window.getShell(), "New Case", "Title of the case (what is being checked):",
                "", NOT_BLANK);
        if (ask.open() != Window.OK) {
            return null;
        }
        String title = ask.getValue().strip();
        Path file = CaseFileDialogs.askSaveLocation(window.getShell(), Path.of(fileName(title)));
        if (file == null) {
            return null;
        }
        CaseSession session = CaseSession.create(file, CaseFiles.newCase(title));
        try {
            session.save();
        } catch (IOException e) {
            session.dispose();
            MessageDialog.openError(window.getShell(), "Case not created",
                    "The new case could not be written to " + file + ".\n\n" + e.getMessage());
            return null;
        }
        CaseOpener.show(window, new CaseEditorInput(file, session));
        return null;
    }

    static String fileName(String title) {
        String base = title.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return (base.isEmpty() ? "case" : base) + CaseFileDialogs.EXTENSION;
    }
}
