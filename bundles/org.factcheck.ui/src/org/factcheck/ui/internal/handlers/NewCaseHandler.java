package org.factcheck.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.core.CaseFiles;
import org.factcheck.core.scales.RatingScales;
import org.factcheck.model.RatingScale;
import org.factcheck.ui.internal.editor.CaseEditorInput;
import org.factcheck.ui.internal.editor.CaseFileDialogs;
import org.factcheck.ui.cases.CaseSession;

/**
 * File › New Case…: asks for a title, a rating scale (the contributed ones, the default preselected) and a
 * location, writes the new case (with that scale and the default relation kinds) and opens it. The file exists from the start, so the case is never only in memory.
 */
public final class NewCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        NewCaseDialog ask = NewCaseDialog.withContributedScales(window.getShell());
        if (ask.open() != Window.OK) {
            return null;
        }
        String title = ask.chosenTitle();
        Optional<RatingScale> scale = RatingScales.getDefault().create(ask.chosenScale());
        if (scale.isEmpty()) {
            MessageDialog.openError(window.getShell(), "Case not created", "The rating scale “"
                    + ask.chosenScale().name() + "” of " + ask.chosenScale().contributor()
                    + " could not be made (its plugin failed; the log has the details). Choose another scale.");
            return null;
        }
        Path file = CaseFileDialogs.askSaveLocation(window.getShell(), Path.of(fileName(title)));
        if (file == null) {
            return null;
        }
        CaseSession session = CaseSession.create(file, CaseFiles.newCase(title, scale.get()));
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
