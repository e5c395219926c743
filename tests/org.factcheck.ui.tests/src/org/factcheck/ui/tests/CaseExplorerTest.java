package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.emf.EmfPropertySourceProvider;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.factcheck.ui.internal.handlers.ImportArticleHandler;
import org.factcheck.ui.internal.views.ArticleView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the product's workbench on a copy of the demo case: what the case explorer shows, the article view
 * following the selection, undoable property edits, saving, importing, and refusing a broken file.
 */
class CaseExplorerTest {

    @TempDir
    Path temp;

    private final List<String> errors = new ArrayList<>();
    private CaseEditor editor;

    @BeforeEach
    void openDemo() throws Exception {
        Path copy = DemoCase.copyTo(temp);
        editor = CaseOpener.open(Workbench.window(), copy, errors::add);
        assertTrue(errors.isEmpty(), "no errors opening the demo: " + errors);
        assertNotNull(editor, "the demo case opened in the case explorer");
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void theContextMenuOpensDeletesAndOffersContributedCommands() {
        Workbench.page().activate(editor);
        org.factcheck.model.Claim claim = editor.session().caseFile().getClaims().get(0);
        editor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(claim), true);
        Workbench.processEvents();
        org.eclipse.swt.widgets.Menu menu = editor.viewer().getControl().getMenu();
        assertNotNull(menu, "the explorer has a context menu");
        menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        try {
            java.util.Map<String, org.eclipse.swt.widgets.MenuItem> items = new java.util.LinkedHashMap<>();
            for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
                items.put(item.getText().replace("&", "").split("\t")[0], item);
            }
            for (String expected : List.of("Open", "Undo", "Redo", "Delete", "Import Article...")) {
                assertTrue(items.containsKey(expected), expected + " in " + items.keySet());
            }
            assertTrue(items.get("Open").isEnabled() && items.get("Delete").isEnabled(), "a claim can be opened and deleted");
            assertFalse(items.get("Undo").isEnabled(), "nothing to undo yet");

            items.get("Delete").notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertFalse(editor.session().caseFile().getClaims().contains(claim), "Delete removed the claim");
            editor.session().commandStack().undo();
            assertTrue(editor.session().caseFile().getClaims().contains(claim));
        } finally {
            menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        }
    }

    @Test
    void explorerShowsTheCaseWithItsFolders() {
        CaseFile demo = editor.session().caseFile();
        editor.viewer().expandAll();
        Tree tree = editor.viewer().getTree();
        assertEquals(1, tree.getItemCount());
        TreeItem root = tree.getItem(0);
        assertEquals(demo.getTitle(), root.getText());
        String[] folders = Arrays.stream(root.getItems()).map(TreeItem::getText).toArray(String[]::new);
        assertArrayEquals(new String[] { "Documents (4)", "Claims (" + demo.getClaims().size() + ")",
                "Sources (" + demo.getSources().size() + ")", "People & organisations (" + demo.getActors().size() + ")",
                "Relations (" + demo.getRelations().size() + ")" }, folders);
        assertTrue(demo.getClaims().size() >= 8, "the demo has at least 8 claims");

        TreeItem claims = Workbench.child(root, "Claims");
        TreeItem consult = Arrays.stream(claims.getItems())
                .filter(item -> item.getText().contains("consultations with the local population")).findFirst()
                .orElseThrow(() -> new AssertionError("Peskov's consultation claim is listed"));
        assertTrue(consult.getText().contains("Dmitry Peskov"), consult.getText());
        assertTrue(consult.getText().contains("2022-10-03"), consult.getText());

        TreeItem relations = Workbench.child(root, "Relations");
        assertTrue(Arrays.stream(relations.getItems()).anyMatch(item -> item.getText().startsWith("Contradicts")
                && item.getText().contains("“We will continue consultations") && item.getText().contains("“Under Russian law")),
                "consulting on the borders is shown contradicting their final accession");
    }

    @Test
    void selectingAClaimShowsItsArticleWithTheQuoteRevealed() throws Exception {
        ArticleView view = (ArticleView) Workbench.page().showView(ArticleView.ID);
        Workbench.page().activate(editor);
        Claim claim = editor.session().caseFile().getClaims().stream().filter(c -> c.getAppearances().size() > 1)
                .findFirst().orElseThrow();
        editor.viewer().setSelection(new StructuredSelection(claim), true);
        Document expected = claim.getAppearances().get(0).getDocument();
        Workbench.waitUntil("the article view shows the claim's article", () -> view.shownDocument() == expected);
        String shownText = view.textWidget().getText();
        assertEquals(expected.getText(), shownText);
        assertEquals(claim.getAppearances().get(0).getExact(), view.textWidget().getSelectionText(),
                "the claim's first appearance is selected in the article");
    }

    @Test
    void propertyEditsGoThroughTheCommandStackAndUndo() throws Exception {
        Claim claim = editor.session().caseFile().getClaims().get(0);
        String before = claim.getStatement();
        IPropertySource source = new EmfPropertySourceProvider(editor.session().adapterFactory()).getPropertySource(claim);
        IPropertyDescriptor statement = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Statement")).findFirst().orElseThrow();
        assertFalse(editor.isDirty());

        source.setPropertyValue(statement.getId(), "Edited statement");
        assertEquals("Edited statement", claim.getStatement());
        Workbench.processEvents();
        assertTrue(editor.isDirty(), "an edit makes the case dirty");

        Workbench.page().activate(editor);
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(before, claim.getStatement(), "Edit > Undo restored the statement");
        assertFalse(editor.isDirty(), "undoing the only edit leaves the case clean");
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
        assertEquals("Edited statement", claim.getStatement(), "Edit > Redo re-applied it");
    }

    @Test
    void saveWritesTheCaseAndKeepsTheFormerVersionAsBackup() throws Exception {
        Path file = editor.session().file();
        byte[] original = Files.readAllBytes(file);
        editor.session().caseFile().getClaims().get(0).getStatement();
        IPropertySource source = new EmfPropertySourceProvider(editor.session().adapterFactory())
                .getPropertySource(editor.session().caseFile());
        IPropertyDescriptor title = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Title")).findFirst().orElseThrow();
        source.setPropertyValue(title.getId(), "Borders of the annexed regions (reviewed)");
        editor.doSave(new NullProgressMonitor());

        assertFalse(editor.isDirty());
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(saved.contains("Borders of the annexed regions (reviewed)"), "the new title is on disk");
        assertArrayEquals(original, Files.readAllBytes(file.resolveSibling(file.getFileName() + ".bak")),
                "the previous version is kept as a backup");
    }

    @Test
    void importingAnArticleAddsItUndoably() throws Exception {
        Path article = temp.resolve("statement.txt");
        Files.writeString(article, "Kremlin statement\n\nPeskov said the borders «will be clarified».\n",
                StandardCharsets.UTF_8);
        int before = editor.session().caseFile().getDocuments().size();
        Document imported = ImportArticleHandler.importInto(editor, article, errors::add);
        assertTrue(errors.isEmpty(), errors.toString());
        assertNotNull(imported);
        assertEquals(before + 1, editor.session().caseFile().getDocuments().size());
        assertEquals("Kremlin statement", imported.getTitle());
        editor.session().commandStack().undo();
        assertEquals(before, editor.session().caseFile().getDocuments().size());
    }

    @Test
    void theOpenCaseIsRegisteredWithOneSaveableUntilItsExplorerCloses() throws Exception {
        CaseSession session = editor.session();
        assertSame(session, CaseSessions.getDefault().forFile(session.file()).orElseThrow());
        assertSame(session, CaseSessions.of(editor).orElseThrow(), "the explorer adapts to its case");
        assertSame(session, CaseSessions.getDefault().of(session.caseFile().getClaims().get(0)).orElseThrow());
        assertArrayEquals(new Object[] { session.saveable() }, editor.getSaveables());
        assertFalse(session.saveable().isDirty());
        session.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(session.domain(), session.caseFile(),
                org.factcheck.model.CasePackage.Literals.CASE_FILE__TITLE, "Changed"));
        assertTrue(session.saveable().isDirty(), "the case's saveable follows its command stack");

        List<CaseSession> closed = Workbench.casesClosedDuring(() -> Workbench.page().closeEditor(editor, false));
        assertEquals(List.of(session), closed, "closing the explorer closes the case");
        assertTrue(CaseSessions.getDefault().forFile(session.file()).isEmpty());
    }

    @Test
    void aBinaryArticleIsRefusedAndChangesNothing() throws Exception {
        Path binary = temp.resolve("photo.txt");
        Files.write(binary, new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
        int before = editor.session().caseFile().getDocuments().size();
        assertNull(ImportArticleHandler.importInto(editor, binary, errors::add));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("photo.txt"), "the message names the file: " + errors.get(0));
        assertEquals(before, editor.session().caseFile().getDocuments().size());
        assertFalse(editor.isDirty());
    }

    @Test
    void aBrokenCaseFileIsReportedAndNothingOpens() throws Exception {
        Path broken = temp.resolve("broken.factcase");
        byte[] content = "<?xml version=\"1.0\"?><fc:CaseFile xmlns:fc=\"http://www.factcheck.org/2026/case\" title=\"cut o"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(broken, content);
        int editors = Workbench.page().getEditorReferences().length;

        assertNull(CaseOpener.open(Workbench.window(), broken, errors::add));
        assertEquals(1, errors.size(), "one clear message");
        assertTrue(errors.get(0).contains("broken.factcase"), "the message names the file: " + errors.get(0));
        assertEquals(editors, Workbench.page().getEditorReferences().length, "no editor was opened");
        assertArrayEquals(content, Files.readAllBytes(broken), "the file is untouched");
    }
}
