package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.internal.annotate.ClaimPickerDialog;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The other annotating commands, each driven through its command and its dialog: another appearance of a claim,
 * evidence with a stance (coloured by stance), a note; and moving from span to span by keyboard.
 */
class AnnotationActionsTest {

    private static final String WORDS = "Russian President Vladimir Putin signed decrees on Friday annexing four occupied Ukrainian regions";

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private DocumentEditor editor;
    private Document article;
    private int at;

    @BeforeEach
    void open() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        article = explorer.session().caseFile().getDocuments().get(0);
        editor = DocumentEditor.open(Workbench.page(), explorer.session(), article);
        Workbench.page().activate(editor);
        at = article.getText().indexOf(WORDS);
        editor.viewer().setSelectedRange(at, WORDS.length());
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void addAsAppearanceOfAClaimChosenByTyping() throws Exception {
        Claim consult = claimContaining("consultations with the local population");
        int before = consult.getAppearances().size();
        AtomicBoolean asked = Workbench.answer(ClaimPickerDialog.class, dialog -> {
            dialog.filterField().setText("consultations");
            dialog.accept();
        });
        handlers().executeCommand("org.factcheck.ui.addAppearance", null);
        assertTrue(asked.get());
        assertEquals(before + 1, consult.getAppearances().size(), "the words became another appearance");
        TextSpan span = consult.getAppearances().get(before);
        assertEquals(WORDS, span.getExact());
        assertSame(article, span.getDocument());

        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(before, consult.getAppearances().size(), "one Undo takes back span and appearance");
        assertTrue(!article.getAnnotations().contains(span));
    }

    @Test
    void markAsEvidenceWithAStanceColoursTheWordsByStance() throws Exception {
        StyledText text = editor.viewer().getTextWidget();
        Claim claim = claimContaining("consultations with the local population");
        int evidenceBefore = claim.getEvidence().size();
        Workbench.answer(ClaimPickerDialog.class, dialog -> {
            dialog.filterField().setText("consultations");
            dialog.stanceField().select(0); // supports
            dialog.accept();
        });
        handlers().executeCommand("org.factcheck.ui.addEvidence", null);
        assertEquals(evidenceBefore + 1, claim.getEvidence().size());
        Evidence evidence = claim.getEvidence().get(evidenceBefore);
        assertEquals(Stance.SUPPORTS, evidence.getStance());
        assertEquals(SpanKind.EVIDENCE, evidence.getSpan().getKind());
        StyleRange supports = text.getStyleRangeAtOffset(at);
        assertNotNull(supports);

        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        editor.viewer().setSelectedRange(at, WORDS.length());
        Workbench.answer(ClaimPickerDialog.class, dialog -> {
            dialog.filterField().setText("consultations");
            dialog.stanceField().select(1); // refutes
            dialog.accept();
        });
        handlers().executeCommand("org.factcheck.ui.addEvidence", null);
        assertEquals(Stance.REFUTES, claim.getEvidence().get(evidenceBefore).getStance());
        assertNotEquals(supports.background, text.getStyleRangeAtOffset(at).background,
                "supporting and refuting evidence have different colours");
    }

    @Test
    void evidenceFromTheCommentsIsNotCreditedToTheOutlet() throws Exception {
        var session = explorer.session();
        org.factcheck.model.Source outlet = session.caseFile().getSources().get(0);
        session.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(session.domain(), article,
                org.factcheck.model.CasePackage.Literals.DOCUMENT__OUTLET, outlet));
        Claim claim = claimContaining("consultations with the local population");
        int evidenceBefore = claim.getEvidence().size();
        Workbench.answer(ClaimPickerDialog.class, dialog -> {
            dialog.filterField().setText("consultations");
            dialog.accept();
        });
        handlers().executeCommand("org.factcheck.ui.addEvidence", null);
        assertSame(outlet, claim.getEvidence().get(evidenceBefore).getSource(), "the article's words are the outlet's");
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);

        editor.viewer().setSelectedRange(at, WORDS.length());
        handlers().executeCommand("org.factcheck.ui.markBoilerplate", null);
        assertTrue(article.getAnnotations().stream().anyMatch(s -> s.getKind() == SpanKind.BOILERPLATE), "marked");
        editor.viewer().setSelectedRange(at + 10, 20);
        Workbench.answer(ClaimPickerDialog.class, dialog -> {
            dialog.filterField().setText("consultations");
            dialog.accept();
        });
        handlers().executeCommand("org.factcheck.ui.addEvidence", null);
        assertEquals(evidenceBefore + 1, claim.getEvidence().size(), "the evidence is added");
        Evidence fromComments = claim.getEvidence().get(evidenceBefore);
        assertEquals(null, fromComments.getSource(), "words in a comments / boilerplate region are not credited to the outlet");
    }

    @Test
    void attachNote() throws Exception {
        int spans = article.getAnnotations().size();
        Workbench.answer(InputDialog.class, dialog -> {
            Workbench.find(dialog.getShell(), Text.class, t -> true).setText("Check the date of the decrees.");
            Workbench.press(dialog.getShell(), "OK");
        });
        handlers().executeCommand("org.factcheck.ui.addNote", null);
        assertEquals(spans + 1, article.getAnnotations().size());
        TextSpan note = article.getAnnotations().get(spans);
        assertEquals(SpanKind.NOTE, note.getKind());
        assertEquals("Check the date of the decrees.", note.getNote());
        assertNotNull(editor.viewer().getTextWidget().getStyleRangeAtOffset(at));
    }

    @Test
    void nextAndPreviousSpanMoveTheSelectionFromSpanToSpan() throws Exception {
        editor.viewer().setSelectedRange(0, 0);
        handlers().executeCommand("org.factcheck.ui.nextSpan", null);
        TextSpan first = article.getAnnotations().stream().min(java.util.Comparator.comparingInt(TextSpan::getStart))
                .orElseThrow();
        assertEquals(first.getExact(), editor.viewer().getTextWidget().getSelectionText(), "the first span is selected");
        handlers().executeCommand("org.factcheck.ui.nextSpan", null);
        assertNotEquals(first.getExact(), editor.viewer().getTextWidget().getSelectionText());
        handlers().executeCommand("org.factcheck.ui.previousSpan", null);
        assertEquals(first.getExact(), editor.viewer().getTextWidget().getSelectionText());
    }

    @Test
    void deleteRemovesTheSpanAtTheCaretAndUndoBringsItBack() throws Exception {
        TextSpan span = article.getAnnotations().get(0);
        Claim owner = explorer.session().caseFile().getClaims().stream().filter(c -> c.getAppearances().contains(span))
                .findFirst().orElseThrow();
        int offset = org.factcheck.core.text.CodePoints.toCharIndex(article.getText(), span.getStart()) + 1;
        editor.viewer().setSelectedRange(offset, 0);
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_DELETE, null);
        assertTrue(!article.getAnnotations().contains(span), "Delete removed the span");
        assertTrue(!owner.getAppearances().contains(span), "… and its place among the claim's appearances");
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertTrue(article.getAnnotations().contains(span));
        assertTrue(owner.getAppearances().contains(span));
        assertNotNull(editor.viewer().getTextWidget().getStyleRangeAtOffset(offset));
    }

    private Claim claimContaining(String words) {
        return explorer.session().caseFile().getClaims().stream()
                .filter(c -> c.getStatement().contains(words)).findFirst().orElseThrow();
    }

    private IHandlerService handlers() {
        return Workbench.window().getService(IHandlerService.class);
    }
}
