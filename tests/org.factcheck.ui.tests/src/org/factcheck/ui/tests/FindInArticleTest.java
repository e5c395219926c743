package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IFindReplaceTarget;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.factcheck.model.Document;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl+F in an article: the platform's Find/Replace on the read-only text — it finds and selects, never replaces. */
class FindInArticleTest {

    @TempDir
    Path temp;

    private DocumentEditor editor;
    private Document document;
    private Shell findShell;

    @BeforeEach
    void open() throws Exception {
        CaseEditor explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        document = explorer.session().caseFile().getDocuments().get(0);
        editor = DocumentEditor.open(Workbench.page(), explorer.session(), document);
        Workbench.page().activate(editor);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        if (findShell != null && !findShell.isDisposed()) {
            findShell.close();
        }
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void ctrlFOpensFindOnTheArticleWhichFindsAndSelectsButCannotReplace() {
        IBindingService bindings = Workbench.window().getService(IBindingService.class);
        assertEquals("Ctrl+F", bindings.getBestActiveBindingFormattedFor(IWorkbenchCommandConstants.EDIT_FIND_AND_REPLACE));
        IAction find = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.FIND.getId());
        assertNotNull(find, "the document editor has Find/Replace");
        assertTrue(find.isEnabled());

        IFindReplaceTarget target = editor.getAdapter(IFindReplaceTarget.class);
        assertFalse(target.isEditable(), "the article cannot be changed by Replace");
        String word = "annexed";
        int expected = document.getText().toLowerCase().indexOf(word);
        assertTrue(expected >= 0);
        assertEquals(expected, target.findAndSelect(0, word.toUpperCase(), true, false, false), "found, ignoring case");
        assertEquals(document.getText().substring(expected, expected + word.length()),
                editor.viewer().getTextWidget().getSelectionText(), "and selected in the text");
        assertEquals(-1, target.findAndSelect(0, "no such words anywhere", true, false, false));

        Shell[] before = Workbench.window().getShell().getDisplay().getShells();
        try {
            Workbench.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_FIND_AND_REPLACE, null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Workbench.processEvents();
        findShell = Arrays.stream(Workbench.window().getShell().getDisplay().getShells())
                .filter(s -> !Arrays.asList(before).contains(s) && s.isVisible()).findFirst().orElse(null);
        assertNotNull(findShell, "Ctrl+F opened the Find/Replace window");
        assertTrue(findShell.getText().contains("Find"), findShell.getText());
        assertFalse(editor.isDirty(), "finding changes nothing");
    }
}
