package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Document;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing parts of a case never throws away unsaved edits: the explorer and the article editors share the case, and
 * the case, with its changes, stays open as long as any of them shows it.
 */
class CaseClosingTest {

    private static final String NEW_TITLE = "Kremlin borders — edited, not yet saved";

    @TempDir
    Path temp;

    private Path file;
    private byte[] saved;
    private CaseEditor explorer;
    private CaseSession session;
    private DocumentEditor article;

    @BeforeEach
    void openCaseAndArticle() throws Exception {
        file = DemoCase.copyTo(temp);
        saved = Files.readAllBytes(file);
        explorer = CaseOpener.open(Workbench.window(), file, message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
        Document first = session.caseFile().getDocuments().get(0);
        article = DocumentEditor.open(Workbench.page(), session, first);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
        Workbench.processEvents();
    }

    private void editTheCase() {
        session.commandStack().execute(SetCommand.create(session.domain(), session.caseFile(),
                CasePackage.Literals.CASE_FILE__TITLE, NEW_TITLE));
        Workbench.processEvents();
        assertTrue(article.isDirty() && explorer.isDirty(), "both parts show the unsaved edit");
    }

    private boolean isOpen(IEditorPart part) {
        return Arrays.stream(Workbench.page().getEditorReferences()).anyMatch(ref -> ref.getEditor(false) == part);
    }

    @Test
    void closingTheExplorerOfACaseWithUnsavedEditsKeepsThemInTheArticleEditor() throws Exception {
        editTheCase();

        Workbench.page().closeEditor(explorer, false);
        Workbench.processEvents();

        assertFalse(isOpen(explorer));
        assertTrue(isOpen(article), "the article editor stays open with the edits");
        assertTrue(article.isDirty());
        assertSame(session, CaseSessions.getDefault().forFile(file).orElseThrow(), "the case is still open");
        assertEquals(NEW_TITLE, session.caseFile().getTitle());
        assertArrayEquals(saved, Files.readAllBytes(file), "nothing was written");

        article.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        assertFalse(article.isDirty());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(NEW_TITLE), "saved from the article editor");
    }

    @Test
    void openingTheCaseAgainShowsTheOpenCaseWithItsEditsNotTheFileOnDisk() {
        editTheCase();
        Workbench.page().closeEditor(explorer, false);
        Workbench.processEvents();

        CaseEditor reopened = CaseOpener.open(Workbench.window(), file, message -> {
            throw new AssertionError(message);
        });

        assertSame(session, reopened.session(), "no second copy of the case is read from disk");
        assertTrue(reopened.isDirty());
        assertEquals(NEW_TITLE, reopened.session().caseFile().getTitle());
        assertEquals(2, CaseSessions.getDefault().users(session), "explorer and article editor");
    }

    @Test
    void theCaseClosesWhenTheLastPartShowingItCloses() {
        editTheCase();
        List<CaseSession> closed = Workbench.casesClosedDuring(() -> {
            Workbench.page().closeEditor(explorer, false);
            Workbench.processEvents();
            assertEquals(1, CaseSessions.getDefault().users(session), "still open, shown by the article editor");
            Workbench.page().closeEditor(article, false);
            Workbench.processEvents();
        });
        assertEquals(List.of(session), closed);
        assertTrue(CaseSessions.getDefault().forFile(file).isEmpty());
        assertEquals(0, CaseSessions.getDefault().users(session));
    }

    @Test
    void closingTheLastPartWithUnsavedEditsAsksToSaveThem() throws Exception {
        editTheCase();
        Workbench.page().closeEditor(explorer, false);
        Workbench.processEvents();

        AtomicReference<String> question = new AtomicReference<>();
        AtomicBoolean asked = Workbench.answer(MessageDialog.class, dialog -> {
            question.set(Workbench.labels(dialog.getShell()));
            Workbench.press(dialog.getShell(), saveLabel(dialog));
        });
        boolean closed = Workbench.page().closeEditor(article, true);

        assertTrue(asked.get(), "the workbench asked before closing the last part of a changed case");
        assertTrue(question.get().contains(file.getFileName().toString()), question.get());
        assertTrue(closed);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(NEW_TITLE), "the answer 'Save' saved the case");
        assertTrue(CaseSessions.getDefault().forFile(file).isEmpty());
    }

    @Test
    void closingTheExplorerOfASavedCaseClosesItsArticles() {
        Workbench.page().closeEditor(explorer, false);
        Workbench.waitUntil("the article editor closed", () -> !isOpen(article));
        assertTrue(CaseSessions.getDefault().forFile(file).isEmpty());
    }

    /** "Save" in current Eclipse, "Yes" in older ones. */
    private static String saveLabel(MessageDialog dialog) {
        return Workbench.find(dialog.getShell(), org.eclipse.swt.widgets.Button.class,
                b -> b.getText().replace("&", "").equals("Save")) != null ? "Save" : "Yes";
    }
}
