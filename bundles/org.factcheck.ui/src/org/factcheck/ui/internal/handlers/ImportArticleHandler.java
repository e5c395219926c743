package org.factcheck.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.importers.ImporterDescriptor;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Document;
import org.factcheck.model.Source;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.cases.CaseSession;

/**
 * File › Import Article…: reads a .txt or .html file through the importer registry and adds the article to
 * the active case as one undoable command. A file that cannot be imported is reported and changes nothing; an
 * article whose text the case already has is not added again: it is selected, and the fact-checker told so.
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
        offerImporters(dialog);
        if (dialog.open() == null) {
            return null;
        }
        for (String name : dialog.getFileNames()) {
            Path file = Path.of(dialog.getFilterPath(), name);
            importInto(editor, file, message -> MessageDialog.openError(shell, "Article not imported", message),
                    message -> MessageDialog.openInformation(shell, "Article already in the case", message));
        }
        return null;
    }

    /**
     * Offers the extensions of the importers installed now (also those of a plugin installed since the last
     * import): all of them first, then one filter per importer, then every file.
     */
    public static void offerImporters(FileDialog dialog) {
        List<String> patterns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (ImporterDescriptor importer : ArticleImporters.getDefault().descriptors()) {
            String pattern = String.join(";", importer.fileExtensions().stream().map(e -> "*." + e).toList());
            patterns.add(pattern);
            names.add(importer.name() + " (" + pattern.replace(";", ", ") + ")");
            all.addAll(importer.fileExtensions().stream().map(e -> "*." + e).filter(e -> !all.contains(e)).toList());
        }
        patterns.add(0, String.join(";", all));
        names.add(0, "Articles (" + String.join(", ", all) + ")");
        patterns.add("*");
        names.add("All files");
        dialog.setFilterExtensions(patterns.toArray(String[]::new));
        dialog.setFilterNames(names.toArray(String[]::new));
    }

    /**
     * Imports one file into the editor's case; returns the new document, or {@code null} after reporting to
     * {@code errors} why the file could not be imported (the case is then unchanged).
     */
    public static Document importInto(CaseEditor editor, Path file, Consumer<String> errors) {
        return importInto(editor, file, errors, errors);
    }

    /**
     * Imports one file into the editor's case and returns the new document. When the case already has the same
     * text (same SHA-256), nothing is added: that document is selected in the explorer, {@code duplicates} is told
     * so and the case's document is returned. When the file cannot be imported, {@code errors} is told why and
     * {@code null} returned; the case is unchanged.
     */
    public static Document importInto(CaseEditor editor, Path file, Consumer<String> errors, Consumer<String> duplicates) {
        Document document;
        try {
            document = ArticleImporters.getDefault().importFile(file);
        } catch (ImportException e) {
            errors.accept(e.getMessage());
            return null;
        }
        CaseSession session = editor.session();
        Document known = session.caseFile().getDocuments().stream()
                .filter(d -> document.getTextSha256() != null && document.getTextSha256().equals(d.getTextSha256()))
                .findFirst().orElse(null);
        if (known != null) {
            editor.viewer().setSelection(new StructuredSelection(known), true);
            duplicates.accept("The article in " + file.getFileName() + " is already in the case, as “" + known.getTitle()
                    + "” (the same text). Nothing was added; the article is selected in the case explorer.");
            return known;
        }
        session.commandStack().execute(addCommand(session, document));
        editor.viewer().setSelection(new StructuredSelection(document), true);
        return document;
    }

    /**
     * One command that adds the document and, when the importer found an outlet the case does not know yet,
     * the outlet as a new source; an outlet the case already has (same name) is reused.
     */
    static Command addCommand(CaseSession session, Document document) {
        CompoundCommand add = new CompoundCommand("Import " + document.getTitle());
        Source outlet = document.getOutlet();
        if (outlet != null && outlet.eContainer() == null) {
            Source known = org.factcheck.core.CaseFiles.sourceNamed(session.caseFile(), outlet.getName());
            if (known != null) {
                document.setOutlet(known); // the document is not in the case yet: no command needed
            } else {
                add.append(AddCommand.create(session.domain(), session.caseFile(),
                        CasePackage.Literals.CASE_FILE__SOURCES, outlet));
            }
        }
        add.append(AddCommand.create(session.domain(), session.caseFile(), CasePackage.Literals.CASE_FILE__DOCUMENTS,
                document));
        return add;
    }
}
