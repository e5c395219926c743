package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.core.search.CaseSearch.Hit;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.claims.ClaimEditor;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.factcheck.ui.internal.search.FindInCaseView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit › Find in Case…: the command shows the view; its hits open the article at the words, or the claim. */
class FindInCaseTest {

    @TempDir
    Path temp;

    private CaseEditor explorer;

    @BeforeEach
    void open() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
        FindInCaseView view = (FindInCaseView) Workbench.page().findView(FindInCaseView.ID);
        if (view != null) {
            Workbench.page().hideView(view);
        }
    }

    @Test
    void theCommandShowsTheViewAndAHitSelectsTheWordsInTheArticle() throws Exception {
        IHandlerService handlers = Workbench.window().getService(IHandlerService.class);
        handlers.executeCommand("org.factcheck.ui.findInCase", null);
        FindInCaseView view = (FindInCaseView) Workbench.page().findView(FindInCaseView.ID);
        assertTrue(view != null && Workbench.page().isPartVisible(view), "Find in Case is shown");
        Workbench.page().activate(explorer);
        view.search("sham votes");
        @SuppressWarnings("unchecked")
        List<Hit> hits = (List<Hit>) view.results().getInput();
        Hit inArticle = hits.stream().filter(h -> h.element() instanceof Document).findFirst().orElseThrow();
        assertTrue(view.results().getTable().getItemCount() == hits.size());
        view.open(inArticle);
        DocumentEditor editor = assertInstanceOf(DocumentEditor.class, Workbench.page().getActiveEditor());
        assertEquals(inArticle.element(), editor.document());
        int[] selected = editor.selectedChars();
        assertEquals("sham votes", editor.document().getText().substring(selected[0], selected[1]));
        assertTrue(IWorkbenchCommandConstants.EDIT_FIND_AND_REPLACE != null);
    }

    @Test
    void aHitInAClaimOpensItsEditor() throws Exception {
        FindInCaseView view = (FindInCaseView) Workbench.page().showView(FindInCaseView.ID);
        Workbench.page().activate(explorer);
        Claim claim = explorer.session().caseFile().getClaims().get(0);
        view.search(claim.getStatement().substring(0, 25));
        @SuppressWarnings("unchecked")
        Hit hit = ((List<Hit>) view.results().getInput()).stream().filter(h -> h.element() == claim).findFirst()
                .orElseThrow();
        view.open(hit);
        ClaimEditor editor = assertInstanceOf(ClaimEditor.class, Workbench.page().getActiveEditor());
        assertEquals(claim, editor.claim());
    }
}
