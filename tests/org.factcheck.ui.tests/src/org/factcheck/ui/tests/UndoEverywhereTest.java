package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.factcheck.model.Claim;
import org.factcheck.model.Rating;
import org.factcheck.model.Reliability;
import org.factcheck.model.Source;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.claims.ClaimEditor;
import org.factcheck.ui.internal.claims.ClaimsView;
import org.factcheck.ui.internal.claims.SourcesView;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.factcheck.ui.internal.views.ArticleView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edit › Undo and Redo say what they take back ("Undo Set Verdict", not "Undo Set") and work in every part of a
 * case: explorer, article and claim editors, Claims, Sources and Article views.
 */
class UndoEverywhereTest {

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private CaseSession session;

    @BeforeEach
    void open() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aVerdictSetInTheClaimEditorIsUndoneAsSetVerdictFromEveryPart() throws Exception {
        Claim claim = session.caseFile().getClaims().get(0);
        Rating before = claim.getVerdict();
        ClaimEditor editor = ClaimEditor.open(Workbench.page(), session, claim);
        Workbench.processEvents();
        Combo verdict = Workbench.find(editor.form().getBody(), Combo.class, c -> c.indexOf("(no verdict yet)") == 0);
        assertNotNull(verdict);
        verdict.select(before == null ? 1 : 0);
        verdict.notifyListeners(SWT.Selection, new Event());
        assertNotEquals(before, claim.getVerdict());
        assertEquals("Undo Set Verdict", undo(editor).getText().replace("&", ""));

        IViewPart claims = Workbench.page().showView(ClaimsView.ID);
        IViewPart sources = Workbench.page().showView(SourcesView.ID);
        DocumentEditor article = DocumentEditor.open(Workbench.page(), session, session.caseFile().getDocuments().get(0));
        IViewPart articleView = Workbench.page().showView(ArticleView.ID);
        ((ArticleView) articleView).show(session.caseFile().getDocuments().get(0), null);
        Workbench.processEvents();
        for (IWorkbenchPart part : new IWorkbenchPart[] { explorer, article, claims, sources, articleView }) {
            Workbench.page().activate(part);
            Workbench.processEvents();
            IAction undo = undo(part);
            assertNotNull(undo, part.getTitle() + " has Undo");
            assertTrue(undo.isEnabled(), part.getTitle() + ": Undo enabled");
            assertEquals("Undo Set Verdict", undo.getText().replace("&", ""), part.getTitle());
        }
        Workbench.page().activate(sources);
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(before, claim.getVerdict(), "Undo from the Sources view");
        IAction redo = ((IViewPart) sources).getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
        assertEquals("Redo Set Verdict", redo.getText().replace("&", ""));
        assertTrue(redo.isEnabled());
    }

    @Test
    void deletingASpanAndSettingReliabilityAreNamed() throws Exception {
        DocumentEditor article = DocumentEditor.open(Workbench.page(), session, session.caseFile().getDocuments().get(0));
        Workbench.page().activate(article);
        TextSpan span = session.caseFile().getDocuments().get(0).getAnnotations().get(0);
        article.select(span);
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_DELETE, null);
        assertEquals("Undo Delete Span", undo(article).getText().replace("&", ""));

        SourcesView sources = (SourcesView) Workbench.page().showView(SourcesView.ID);
        Source source = session.caseFile().getSources().get(0);
        sources.setReliability(source, source.getReliability() == Reliability.LOW ? Reliability.HIGH : Reliability.LOW);
        Workbench.page().activate(sources);
        assertEquals("Undo Set Reliability", undo(sources).getText().replace("&", ""));

        Workbench.page().activate(explorer);
        Claim claim = session.caseFile().getClaims().get(0);
        explorer.viewer().setSelection(new StructuredSelection(claim), true);
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_DELETE, null);
        assertFalse(session.caseFile().getClaims().contains(claim));
        assertEquals("Undo Delete Claim", undo(explorer).getText().replace("&", ""));
    }

    @Test
    void undoWhileTypingInAFilterFieldLeavesTheCaseAlone() throws Exception {
        Claim claim = session.caseFile().getClaims().get(0);
        org.factcheck.model.ClaimStatus other = claim.getStatus() == org.factcheck.model.ClaimStatus.ARCHIVED
                ? org.factcheck.model.ClaimStatus.DRAFT : org.factcheck.model.ClaimStatus.ARCHIVED;
        session.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(session.domain(), claim,
                org.factcheck.model.CasePackage.Literals.CLAIM__STATUS, other));
        ClaimsView view = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
        Workbench.page().activate(view);
        view.wordsField().setFocus();
        Workbench.processEvents();
        assertTrue(view.wordsField().isFocusControl(), "precondition: the keyboard is in the filter field");
        view.wordsField().setText("borders");
        try {
            handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null); // Ctrl+Z in the filter field
        } finally {
            view.wordsField().setText(""); // the view stays open for the next tests: leave it unfiltered
        }
        assertEquals(other, claim.getStatus(), "the case's last edit, made elsewhere, stays");

        view.table().getTable().setFocus();
        Workbench.processEvents();
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertNotEquals(other, claim.getStatus(), "from the list, Undo works on the case");
    }

    private static IAction undo(IWorkbenchPart part) {
        return (part instanceof EditorPart editor ? editor.getEditorSite().getActionBars()
                : ((IViewPart) part).getViewSite().getActionBars()).getGlobalActionHandler(ActionFactory.UNDO.getId());
    }

    private IHandlerService handlers() {
        return Workbench.window().getService(IHandlerService.class);
    }
}
