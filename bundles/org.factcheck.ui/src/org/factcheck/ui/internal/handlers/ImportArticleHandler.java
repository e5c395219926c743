package org.factcheck.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ImportException;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Document;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.editor.CaseSession;

/**
 * File › Import Article…: reads a .txt or .html file through the importer registry and adds the article to
 * the active case as one undoable command. A file that cannot be imported is reported and changes nothing.
 */
public final class ImportArticleHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof CaseEditor editor)) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import Article");
        dialog.setFilterExtensions(new String[] { "*.txt;*.html;*.htm", "*" });
        dialog.setFilterNames(new String[] { "Articles (*.txt, *.html)", "All files" });
        if (dialog.open() == null) {
            return null;
        }
        for (String name : dialog.getFileNames()) {
            importInto(shell, editor, Path.of(dialog.getFilterPath(), name));
        }
        return null;
    }

    /** Imports one file into the editor's case; returns the new document or {@code null} after an error. */
    public static Document importInto(Shell shell, CaseEditor editor, Path file) {
        Document document;
        try {
            document = ArticleImporters.getDefault().importFile(file);
        } catch (ImportException e) {
            MessageDialog.openError(shell, "Article not imported", e.getMessage());
            return null;
        }
        CaseSession session = editor.session();
        Command add = AddCommand.create(session.domain(), session.caseFile(),
                CasePackage.Literals.CASE_FILE__DOCUMENTS, document);
        session.commandStack().execute(add);
        editor.viewer().setSelection(new StructuredSelection(document), true);
        return document;
    }
}
