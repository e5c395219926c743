package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.claims.ClaimEditor;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editing state a fact-checker relies on all day: Undo in a text field takes back that field's typing and never
 * another part's work; saving from any part clears every part's unsaved mark; Delete removes a selected span.
 */
class EditingStateTest {

    private static final String WORDS = "Russian President Vladimir Putin signed decrees on Friday annexing four occupied Ukrainian regions";

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private CaseSession session;
    private DocumentEditor article;
    private Document document;

    @BeforeEach
    void open() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
        document = session.caseFile().getDocuments().get(0);
        article = DocumentEditor.open(Workbench.page(), session, document);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void undoInATextFieldTakesBackItsTypingNotTheNoteAttachedInTheArticle() throws Exception {
        TextSpan note = attachNote("Ask the ministry for the decree's text.");
        Claim claim = session.caseFile().getClaims().stream().filter(c -> c.getExplanation() != null
                && !c.getExplanation().isBlank()).findFirst().orElseThrow();
        String explained = claim.getExplanation();
        ClaimEditor editor = ClaimEditor.open(Workbench.page(), session, claim);
        Workbench.processEvents();
        Text explanation = Workbench.find(editor.form().getBody(), Text.class, t -> t.getText().equals(explained));
        assertNotNull(explanation, "the explanation field shows the claim's explanation");
        explanation.setFocus();
        explanation.setText(explained + " The ministry confirmed it.");
        Workbench.processEvents();
        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertEquals("Undo Typing", undo.getText().replace("&", ""), "Edit › Undo names what it takes back");

        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null); // Ctrl+Z in the field
        Workbench.processEvents();
        assertTrue(document.getAnnotations().contains(note), "the note attached in the article is still there");
        assertEquals(explained, explanation.getText(), "the field's typing is taken back");
        assertEquals(explained, claim.getExplanation());

        explanation.notifyListeners(SWT.FocusOut, new Event()); // leaving the field
        assertTrue(document.getAnnotations().contains(note), "leaving the field loses nothing");
        assertEquals(explained, claim.getExplanation());

        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
        assertEquals(explained + " The ministry confirmed it.", claim.getExplanation(), "Redo brings the typing back");
        assertEquals(explained + " The ministry confirmed it.", explanation.getText());
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(explained, claim.getExplanation());
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertFalse(document.getAnnotations().contains(note), "only the next Undo takes back the note");
    }

    @Test
    void theShortFormForClaimReviewIsTypedInTheClaimEditorAndUndoneLikeAnyField() throws Exception {
        Claim claim = session.caseFile().getClaims().stream().filter(c -> c.getStatement().length() > 75).findFirst()
                .orElseThrow();
        ClaimEditor editor = ClaimEditor.open(Workbench.page(), session, claim);
        Workbench.processEvents();
        Text field = Workbench.find(editor.form().getBody(), Text.class, t -> t.getMessage().contains("ClaimReview"));
        assertNotNull(field, "the claim editor has a short-form field that says what it is for");
        assertEquals("", field.getText());
        field.setFocus();
        field.setText("  Peskov: borders to be clarified with residents ");
        field.notifyListeners(SWT.FocusOut, new Event());
        assertEquals("Peskov: borders to be clarified with residents", claim.getShortStatement(), "committed, stripped");
        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertEquals("Undo Set Short Statement", undo.getText().replace("&", ""));
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(null, claim.getShortStatement());
        assertEquals("", field.getText(), "the field follows the undo");
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
        assertEquals("Peskov: borders to be clarified with residents", field.getText());
        field.setFocus();
        field.setText("   ");
        field.notifyListeners(SWT.FocusOut, new Event());
        assertEquals(null, claim.getShortStatement(), "emptied, the statement is published again");
    }

    @Test
    void undoOfABadDateShowsTheDateAgainAndUndoesNothingElse() throws Exception {
        TextSpan note = attachNote("Which Friday?");
        Claim claim = session.caseFile().getClaims().stream().filter(c -> c.getDateSaid() != null).findFirst().orElseThrow();
        ClaimEditor editor = ClaimEditor.open(Workbench.page(), session, claim);
        Workbench.processEvents();
        String date = claim.getDateSaid().toString();
        Text field = Workbench.find(editor.form().getBody(), Text.class, t -> t.getText().equals(date));
        field.setFocus();
        field.setText("last Friday");
        field.notifyListeners(SWT.DefaultSelection, new Event()); // Enter: refused, the typing stays
        assertEquals("last Friday", field.getText());
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(date, field.getText(), "the date said is shown again");
        assertTrue(document.getAnnotations().contains(note), "nothing else was undone");
        assertEquals(null, editor.form().getMessage(), "the error message went with the typing");
    }

    @Test
    void savingFromOnePartClearsTheUnsavedMarkOfEveryPartOfTheCase() throws Exception {
        Claim claim = session.caseFile().getClaims().get(0);
        ClaimEditor claimEditor = ClaimEditor.open(Workbench.page(), session, claim);
        Workbench.processEvents();
        ClaimStatus other = claim.getStatus() == ClaimStatus.ARCHIVED ? ClaimStatus.DRAFT : ClaimStatus.ARCHIVED;
        session.commandStack().execute(SetCommand.create(session.domain(), claim, CasePackage.Literals.CLAIM__STATUS, other));
        Workbench.processEvents();
        assertTrue(tab(explorer.viewer().getControl()).startsWith("*"), "explorer marked unsaved");
        assertTrue(tab(article.viewer().getControl()).startsWith("*"), "article marked unsaved");
        assertTrue(tab(claimEditor.form()).startsWith("*"), "claim marked unsaved");

        Workbench.page().activate(claimEditor);
        handlers().executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        Workbench.processEvents();
        assertFalse(tab(explorer.viewer().getControl()).startsWith("*"), "explorer: " + tab(explorer.viewer().getControl()));
        assertFalse(tab(article.viewer().getControl()).startsWith("*"), "article: " + tab(article.viewer().getControl()));
        assertFalse(tab(claimEditor.form()).startsWith("*"), "claim: " + tab(claimEditor.form()));
        org.eclipse.emf.ecore.resource.Resource saved = org.factcheck.core.CaseStore
                .load(new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(), session.file());
        assertEquals(other, ((org.factcheck.model.CaseFile) saved.getContents().get(0)).getClaims().get(0).getStatus(),
                "the file has the change");

        // and the other way round: an edit, then Save from the article
        session.commandStack().undo();
        Workbench.processEvents();
        Workbench.page().activate(article);
        assertTrue(saveEnabled(), "File › Save is enabled in the article after an edit");
        handlers().executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        Workbench.processEvents();
        assertFalse(session.isDirty(), "File › Save in the article saved the case");
        assertFalse(tab(claimEditor.form()).startsWith("*"), "claim: " + tab(claimEditor.form()));
        assertFalse(tab(explorer.viewer().getControl()).startsWith("*"), "explorer: " + tab(explorer.viewer().getControl()));
        assertFalse(saveEnabled(), "nothing left to save");
    }

    @Test
    void deleteRemovesTheSpanSelectedWithAltDown() throws Exception {
        Workbench.page().activate(article);
        article.viewer().setSelectedRange(0, 0);
        handlers().executeCommand("org.factcheck.ui.nextSpan", null); // Alt+↓ selects the first span
        String selected = article.viewer().getTextWidget().getSelectionText();
        TextSpan span = document.getAnnotations().stream().filter(s -> s.getExact().equals(selected)).findFirst()
                .orElseThrow();
        int spans = document.getAnnotations().size();
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_DELETE, null);
        assertFalse(document.getAnnotations().contains(span), "Delete removed the selected span");
        assertEquals(spans - 1, document.getAnnotations().size(), "… and only that one");
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertTrue(document.getAnnotations().contains(span));
    }

    private TextSpan attachNote(String text) throws Exception {
        Workbench.page().activate(article);
        int at = document.getText().indexOf(WORDS);
        article.viewer().setSelectedRange(at, WORDS.length());
        int before = document.getAnnotations().size();
        Workbench.answer(InputDialog.class, dialog -> {
            Workbench.find(dialog.getShell(), Text.class, t -> true).setText(text);
            Workbench.press(dialog.getShell(), "OK");
        });
        handlers().executeCommand("org.factcheck.ui.addNote", null);
        assertEquals(before + 1, document.getAnnotations().size());
        TextSpan note = document.getAnnotations().get(before);
        assertEquals(SpanKind.NOTE, note.getKind());
        return note;
    }

    /** The text of the tab that shows the part whose control is {@code control}, as the user sees it. */
    private static String tab(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c.getParent() instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    if (item.getControl() == c) {
                        return item.getText();
                    }
                }
            }
        }
        throw new AssertionError("no tab shows " + control);
    }

    private static boolean saveEnabled() {
        return Workbench.window().getService(org.eclipse.ui.commands.ICommandService.class)
                .getCommand(IWorkbenchCommandConstants.FILE_SAVE).isEnabled();
    }

    private IHandlerService handlers() {
        return Workbench.window().getService(IHandlerService.class);
    }
}
