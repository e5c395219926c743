package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.factcheck.core.text.CodePoints;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.annotate.NewClaimDialog;
import org.factcheck.ui.internal.claims.ClaimsView;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Annotating the demo case's first article in the document editor, the way a fact-checker does: select words,
 * run Create Claim (the command bound to Ctrl+Shift+C) and answer its dialog, then undo, redo, save and reopen.
 */
class DocumentEditorTest {

    private static final String NEW_QUOTE = "Putin on Friday vowed to defend the four annexed regions";

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private DocumentEditor editor;
    private Document article;

    @BeforeEach
    void openFirstArticle() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        article = explorer.session().caseFile().getDocuments().get(0);
        editor = DocumentEditor.open(Workbench.page(), explorer.session(), article);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void enterOnADocumentInTheExplorerOpensItsEditor() {
        Workbench.page().closeEditor(editor, false);
        Workbench.page().activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(article), true);
        TreeItem item = explorer.viewer().getTree().getSelection()[0];
        Event enter = new Event();
        enter.item = item;
        explorer.viewer().getTree().notifyListeners(SWT.DefaultSelection, enter);
        Workbench.processEvents();
        IEditorPart active = Workbench.page().getActiveEditor();
        assertTrue(active instanceof DocumentEditor, "the article opened in the document editor, not " + active);
        assertSame(article, ((DocumentEditor) active).document());
    }

    @Test
    void everySpanIsHighlightedInTheColourOfItsKind() {
        StyledText text = editor.viewer().getTextWidget();
        assertEquals(article.getText(), text.getText());
        assertEquals(article.getAnnotations().size(), editor.highlightedSpans());
        for (TextSpan span : article.getAnnotations()) {
            int at = CodePoints.toCharIndex(article.getText(), span.getStart());
            StyleRange style = text.getStyleRangeAtOffset(at);
            assertNotNull(style, "span “" + span.getExact() + "” is highlighted");
            assertNotNull(style.background);
        }
        assertNull(text.getStyleRangeAtOffset(article.getText().indexOf(NEW_QUOTE)), "words outside spans are plain");
    }

    @Test
    void theOverviewRulerMarksWhereSpansAre() {
        org.eclipse.jface.text.source.IOverviewRuler ruler = editor.overviewRuler();
        int marks = 0;
        for (var it = ruler.getModel().getAnnotationIterator(); it.hasNext(); it.next()) {
            marks++;
        }
        assertTrue(marks > 0 && marks <= article.getAnnotations().size(), "runs of spans are annotated: " + marks);
        int height = ruler.getControl().getSize().y;
        boolean marked = false;
        for (int y = 0; y < height && !marked; y++) {
            marked = ruler.hasAnnotation(y);
        }
        assertTrue(marked, "some mark is painted on the ruler (height " + height + ")");
    }

    @Test
    void aClaimantTheGuessMissedCanBeTypedAsANewPerson() throws Exception {
        int at = article.getText().indexOf(NEW_QUOTE);
        Workbench.page().activate(editor);
        editor.viewer().setSelectedRange(at, NEW_QUOTE.length());
        int actorsBefore = explorer.session().caseFile().getActors().size();
        AtomicBoolean asked = Workbench.answer(NewClaimDialog.class, dialog -> {
            dialog.claimantField().setText("Dmitry Medvedev");
            dialog.accept();
        });
        handlers().executeCommand("org.factcheck.ui.createClaim", null);
        assertTrue(asked.get(), "Create Claim asked");
        List<Claim> claims = explorer.session().caseFile().getClaims();
        Claim claim = claims.get(claims.size() - 1);
        assertNotNull(claim.getClaimant(), "the typed name is the claimant");
        assertEquals("Dmitry Medvedev", claim.getClaimant().getName());
        assertEquals(actorsBefore + 1, explorer.session().caseFile().getActors().size(), "a new person in the case");

        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        editor.viewer().setSelectedRange(at, NEW_QUOTE.length());
        String known = explorer.session().caseFile().getActors().get(0).getName();
        asked = Workbench.answer(NewClaimDialog.class, dialog -> {
            dialog.claimantField().setText(" " + known.toUpperCase(java.util.Locale.ROOT) + " ");
            dialog.accept();
        });
        handlers().executeCommand("org.factcheck.ui.createClaim", null);
        assertTrue(asked.get(), "Create Claim asked again");
        claim = claims.get(claims.size() - 1);
        assertSame(explorer.session().caseFile().getActors().get(0), claim.getClaimant(), "a known name is that actor");
        assertEquals(actorsBefore, explorer.session().caseFile().getActors().size(), "no duplicate person");
    }

    @Test
    void createClaimFromSelectedWordsThenUndoRedoSaveAndReopen() throws Exception {
        Path file = explorer.session().file();
        int claimsBefore = explorer.session().caseFile().getClaims().size();
        ClaimsView claimsView = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
        int at = article.getText().indexOf(NEW_QUOTE);
        Workbench.page().activate(editor);
        editor.viewer().setSelectedRange(at, NEW_QUOTE.length());

        AtomicReference<String> guessedClaimant = new AtomicReference<>();
        AtomicReference<String> guessedDate = new AtomicReference<>();
        AtomicBoolean asked = Workbench.answer(NewClaimDialog.class, dialog -> {
            guessedClaimant.set(dialog.claimantField().getText());
            guessedDate.set(dialog.dateField().getText());
            dialog.statementField().setText("Putin vowed to defend the four annexed regions.");
            dialog.accept();
        });
        handlers().executeCommand("org.factcheck.ui.createClaim", null);
        assertTrue(asked.get(), "Create Claim asked for the statement");
        assertEquals("Vladimir Putin", guessedClaimant.get(), "the claimant is guessed from 'Putin … vowed'");
        assertEquals(String.valueOf(article.getPublished()), guessedDate.get(), "the date defaults to the article's");

        List<Claim> claims = explorer.session().caseFile().getClaims();
        assertEquals(claimsBefore + 1, claims.size());
        Claim claim = claims.get(claims.size() - 1);
        assertEquals("Putin vowed to defend the four annexed regions.", claim.getStatement());
        TextSpan span = claim.getAppearances().get(0);
        assertSame(article, span.getDocument());
        assertEquals(NEW_QUOTE, span.getExact());
        int start = span.getStart();
        int end = span.getEnd();
        assertEquals(CodePoints.toCodePointOffset(article.getText(), at), start);
        assertNotNull(editor.viewer().getTextWidget().getStyleRangeAtOffset(at), "the new span is highlighted");
        assertTrue(editor.isDirty());
        IStructuredSelection selected = (IStructuredSelection) Workbench.window().getSelectionService().getSelection();
        assertSame(claim, selected.getFirstElement(), "the new claim is the workbench's selection");
        explorer.viewer().refresh();
        explorer.viewer().expandAll();
        TreeItem claimsFolder = Workbench.child(explorer.viewer().getTree().getItem(0), "Claims");
        assertTrue(claimsFolder.getText().contains("(" + (claimsBefore + 1) + ")"), claimsFolder.getText());
        assertTrue(listed(claimsView, claim), "the Claims view lists the new claim");
        assertSame(claim, claimsView.table().getStructuredSelection().getFirstElement(), "… and selects it");

        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(claimsBefore, claims.size(), "Undo removed the claim");
        assertFalse(article.getAnnotations().contains(span), "… and its span");
        assertNull(editor.viewer().getTextWidget().getStyleRangeAtOffset(at), "… and its highlight");
        assertFalse(editor.isDirty());
        assertFalse(listed(claimsView, claim), "the Claims view no longer lists it");

        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
        assertEquals(claimsBefore + 1, claims.size(), "Redo restored it");
        assertTrue(article.getAnnotations().contains(span));
        assertNotNull(editor.viewer().getTextWidget().getStyleRangeAtOffset(at));
        assertTrue(listed(claimsView, claim));

        handlers().executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        assertFalse(editor.isDirty(), "saved");
        assertFalse(explorer.isDirty(), "the explorer shares the case's saveable");
        Workbench.page().closeAllEditors(false);

        CaseEditor reopened = CaseOpener.open(Workbench.window(), file, message -> {
            throw new AssertionError(message);
        });
        Claim again = reopened.session().caseFile().getClaims().stream()
                .filter(c -> "Putin vowed to defend the four annexed regions.".equals(c.getStatement())).findFirst()
                .orElseThrow(() -> new AssertionError("the claim was saved"));
        assertEquals("Vladimir Putin", again.getClaimant().getName());
        assertEquals(start, again.getAppearances().get(0).getStart(), "same offsets after reopening");
        assertEquals(end, again.getAppearances().get(0).getEnd());
        assertEquals(NEW_QUOTE, again.getAppearances().get(0).getExact());
    }

    @Test
    void anEmptySelectionIsExplainedAndChangesNothing() throws Exception {
        Workbench.page().activate(editor);
        editor.viewer().setSelectedRange(10, 0);
        AtomicReference<String> message = new AtomicReference<>();
        AtomicBoolean told = Workbench.answer(MessageDialog.class, dialog -> {
            message.set(Workbench.labels(dialog.getShell()));
            dialog.close();
        });
        int spans = article.getAnnotations().size();
        handlers().executeCommand("org.factcheck.ui.createClaim", null);
        assertTrue(told.get(), "a message was shown");
        assertTrue(message.get().contains("Select the words"), message.get());
        assertEquals(spans, article.getAnnotations().size());
        assertFalse(editor.isDirty());
    }

    @Test
    void aReadOnlyCaseFileIsExplainedAndChangesNothing() throws Exception {
        Path file = explorer.session().file();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            Workbench.page().activate(editor);
            editor.viewer().setSelectedRange(article.getText().indexOf(NEW_QUOTE), NEW_QUOTE.length());
            AtomicReference<String> message = new AtomicReference<>();
            Workbench.answer(MessageDialog.class, dialog -> {
                message.set(Workbench.labels(dialog.getShell()));
                dialog.close();
            });
            handlers().executeCommand("org.factcheck.ui.createClaim", null);
            assertNotNull(message.get(), "a message was shown instead of the claim dialog");
            assertTrue(message.get().contains("read-only"), message.get());
            assertFalse(editor.isDirty(), "nothing changed");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aSelectionAcrossASpanBoundaryMakesAnOverlappingSpanAndLeavesTheOthersAlone() throws Exception {
        String text = article.getText();
        int from = text.indexOf("control all four territories");
        int to = text.indexOf("Peskov said Moscow will recognize") + "Peskov said".length();
        List<TextSpan> before = List.copyOf(article.getAnnotations());
        int[][] offsets = before.stream().map(s -> new int[] { s.getStart(), s.getEnd() }).toArray(int[][]::new);
        StyleRange single = editor.viewer().getTextWidget().getStyleRangeAtOffset(from);
        Workbench.page().activate(editor);
        editor.viewer().setSelectedRange(from, to - from);
        Workbench.answer(NewClaimDialog.class, NewClaimDialog::accept);
        handlers().executeCommand("org.factcheck.ui.createClaim", null);

        assertEquals(before.size() + 1, article.getAnnotations().size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(offsets[i][0], before.get(i).getStart(), "existing spans keep their offsets");
            assertEquals(offsets[i][1], before.get(i).getEnd());
        }
        TextSpan added = article.getAnnotations().get(article.getAnnotations().size() - 1);
        assertEquals(text.substring(from, to), added.getExact());
        StyleRange overlap = editor.viewer().getTextWidget().getStyleRangeAtOffset(from);
        assertNotEquals(single.background, overlap.background, "where two spans overlap the highlight is darker");
    }

    @Test
    void selectingAClaimElsewhereBoxesItsSpansAndTheCaretInASpanSelectsItsClaim() {
        Claim claim = article.getAnnotations().stream().map(s -> explorer.session().caseFile().getClaims().stream()
                .filter(c -> c.getAppearances().contains(s)).findFirst().orElse(null)).filter(c -> c != null)
                .findFirst().orElseThrow();
        TextSpan span = claim.getAppearances().stream().filter(s -> s.getDocument() == article).findFirst().orElseThrow();
        int at = CodePoints.toCharIndex(article.getText(), span.getStart());
        Workbench.page().activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(claim), true);
        Workbench.waitUntil("the editor boxes the claim's span",
                () -> editor.viewer().getTextWidget().getStyleRangeAtOffset(at) != null
                        && editor.viewer().getTextWidget().getStyleRangeAtOffset(at).borderStyle == SWT.BORDER_SOLID);

        explorer.viewer().setSelection(new StructuredSelection(article), true); // something else
        Workbench.page().activate(editor);
        editor.viewer().getTextWidget().setCaretOffset(at + 2);
        Workbench.waitUntil("the caret's span selects its claim", () -> Workbench.window().getSelectionService()
                .getSelection() instanceof IStructuredSelection s && s.getFirstElement() == claim);
        Workbench.waitUntil("the explorer selects the claim too",
                () -> explorer.viewer().getStructuredSelection().getFirstElement() == claim);
    }

    @Test
    void nextSpanSelectsTheSpanItMovesToAndItsClaimForTheOtherViews() throws Exception {
        Workbench.page().activate(editor);
        editor.viewer().getTextWidget().setCaretOffset(0);
        Workbench.processEvents();
        Workbench.window().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand("org.factcheck.ui.nextSpan", null);
        int start = editor.viewer().getTextWidget().getSelectionRange().x;
        TextSpan reached = article.getAnnotations().stream()
                .filter(s -> CodePoints.toCharIndex(article.getText(), s.getStart()) == start).findFirst().orElseThrow();
        assertTrue(editor.viewer().getTextWidget().getSelectionRange().y > 0, "Next Span selects the span's words");
        Workbench.waitUntil("the span Next Span reached is the workbench's selection", () -> Workbench.window()
                .getSelectionService().getSelection() instanceof IStructuredSelection s && s.toList().contains(reached));
    }

    @Test
    void annotatingCommandsHaveKeysInTheEditor() {
        Workbench.page().activate(editor);
        IBindingService bindings = Workbench.window().getService(IBindingService.class);
        String[][] keys = { { "org.factcheck.ui.createClaim", "M1+M2+C" }, { "org.factcheck.ui.addAppearance", "M1+M2+A" },
                { "org.factcheck.ui.addEvidence", "M1+M2+E" }, { "org.factcheck.ui.addNote", "M1+M2+N" },
                { "org.factcheck.ui.reattachSpan", "M1+M2+R" }, { "org.factcheck.ui.nextSpan", "M3+ARROW_DOWN" } };
        for (String[] key : keys) {
            try {
                assertEquals(org.eclipse.jface.bindings.keys.KeySequence.getInstance(key[1]),
                        bindings.getBestActiveBindingFor(key[0]), key[0]);
            } catch (org.eclipse.jface.bindings.keys.ParseException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void theContextMenuOffersTheAnnotatingCommands() {
        Workbench.page().activate(editor);
        org.eclipse.swt.widgets.Menu menu = editor.viewer().getTextWidget().getMenu();
        assertNotNull(menu, "the text has a context menu");
        menu.notifyListeners(SWT.Show, new Event()); // what opening it does: contributions are filled in
        List<String> items = java.util.Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", ""))
                .toList();
        for (String command : List.of("Create Claim...", "Add as Appearance of Claim...", "Mark as Evidence...",
                "Attach Note...", "Re-attach Span", "Re-import New Version...")) {
            assertTrue(items.stream().anyMatch(item -> item.startsWith(command)), command + " in " + items);
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    private static boolean listed(ClaimsView view, Claim claim) {
        return view.shownClaims().contains(claim);
    }

    private IHandlerService handlers() {
        return Workbench.window().getService(IHandlerService.class);
    }
}
