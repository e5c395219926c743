package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.core.anchoring.Reanchoring;
import org.factcheck.core.text.CodePoints;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.annotate.ReimportHandler;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-importing a changed version of a demo article in the document editor: spans follow their words, the span
 * whose words were deleted becomes an orphan in the review list, and is re-attached by selecting new words. One
 * Undo restores the old text and every span.
 */
class ReimportTest {

    private static final String DELETED = "But Russia does not even control all four territories in full.";
    private static final String EDITED = "\"consult\" with the local populations";

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private DocumentEditor editor;
    private Document article;

    @BeforeEach
    void open() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        article = explorer.session().caseFile().getDocuments().get(0);
        editor = DocumentEditor.open(Workbench.page(), explorer.session(), article);
        Workbench.page().activate(editor);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void spansFollowTheirWordsAndADeletedQuoteBecomesAnOrphanToReattach() throws Exception {
        String oldText = article.getText();
        List<TextSpan> spans = List.copyOf(article.getAnnotations());
        int[][] offsets = spans.stream().map(s -> new int[] { s.getStart(), s.getEnd() }).toArray(int[][]::new);
        String newText = "Correction appended on 4 October: an earlier version misnamed the spokesperson 🙂.\n\n"
                + oldText.replace(DELETED + " ", "").replace(EDITED, EDITED.replace(" the local", " local"));
        Path version = temp.resolve("article-v2.txt");
        Files.writeString(version, newText, StandardCharsets.UTF_8);

        Reanchoring result = ReimportHandler.reimport(editor, version);
        assertEquals(newText, article.getText(), "the article has its new text");
        assertEquals(newText, editor.viewer().getTextWidget().getText(), "… and the editor shows it");
        assertEquals(spans.size(), article.getAnnotations().size(), "no span was dropped");
        TextSpan orphan = spans.stream().filter(s -> DELETED.equals(s.getExact())).findFirst().orElseThrow();
        assertEquals(AnchorStatus.ORPHANED, orphan.getAnchorStatus(), result.summary());
        TextSpan approximate = spans.stream().filter(s -> s.getAnchorStatus() == AnchorStatus.FUZZY).findFirst()
                .orElseThrow(() -> new AssertionError("the edited quote is placed approximately: " + result.summary()));
        assertTrue(approximate.getExact().contains("with local populations"), approximate.getExact());
        int fuzzyAt = CodePoints.toCharIndex(newText, approximate.getStart());
        assertEquals(SWT.UNDERLINE_SQUIGGLE, editor.viewer().getTextWidget().getStyleRangeAtOffset(fuzzyAt).underlineStyle,
                "an approximate placement is marked for review in the text");
        for (TextSpan span : spans) {
            if (span != orphan && span != approximate) {
                assertEquals(AnchorStatus.ANCHORED, span.getAnchorStatus(), span.getExact());
                assertEquals(span.getExact(), CodePoints.substring(newText, span.getStart(), span.getEnd()),
                        "the span covers its words in the new text");
            }
        }
        assertEquals(List.of(approximate, orphan).stream().sorted(java.util.Comparator.comparingInt(spans::indexOf)).toList(),
                editor.review().items(), "the orphan and the approximate span are listed for review");
        assertEquals(spans.size() - 1, editor.highlightedSpans(), "orphans are not highlighted anywhere");

        // re-attach it: choose it in the review list, select words and run Re-attach Span
        editor.review().table().setSelection(new org.eclipse.jface.viewers.StructuredSelection(orphan));
        assertSame(orphan, editor.review().selected());
        assertEquals(-1, newText.indexOf("does not even control"), "the deleted sentence is gone");
        int target = newText.indexOf("Peskov's concession");
        editor.viewer().setSelectedRange(target, "Peskov's concession".length());
        handlers().executeCommand("org.factcheck.ui.reattachSpan", null);
        assertEquals(AnchorStatus.ANCHORED, orphan.getAnchorStatus());
        assertEquals("Peskov's concession", orphan.getExact());
        assertEquals(List.of(approximate), editor.review().items(), "the approximate span is left to review");

        assertEquals(spans.size(), editor.highlightedSpans(), "the re-attached span is highlighted again");
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null); // the re-attachment
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null); // the re-import
        assertEquals(oldText, article.getText());
        assertEquals(oldText, editor.viewer().getTextWidget().getText());
        for (int i = 0; i < spans.size(); i++) {
            assertEquals(offsets[i][0], spans.get(i).getStart());
            assertEquals(offsets[i][1], spans.get(i).getEnd());
            assertEquals(AnchorStatus.ANCHORED, spans.get(i).getAnchorStatus());
        }
        assertFalse(editor.isDirty());
    }

    @Test
    void aNewVersionThatCannotBeImportedChangesNothing() throws Exception {
        Path binary = temp.resolve("scan.txt");
        Files.write(binary, new byte[] { 0, 1, 2, 3, (byte) 0xFF, 0, 0, 7 });
        String before = article.getText();
        Exception refused = assertThrows(Exception.class, () -> ReimportHandler.reimport(editor, binary));
        assertTrue(refused.getMessage().contains("scan.txt"), refused.getMessage());
        assertTrue(refused.getMessage().contains("unchanged"), refused.getMessage());
        assertEquals(before, article.getText());
        assertFalse(editor.isDirty());
    }

    private IHandlerService handlers() {
        return Workbench.window().getService(IHandlerService.class);
    }
}
