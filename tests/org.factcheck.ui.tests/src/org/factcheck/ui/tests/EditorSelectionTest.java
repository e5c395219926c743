package org.factcheck.ui.tests;

import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.factcheck.core.text.CodePoints;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the document editor selects for the other parts with the caret in a quote: its claim (which Properties
 * shows), and nothing of a claim an Undo removed from under the caret, until a Redo brings it back.
 */
class EditorSelectionTest {

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
    void withTheCaretInAQuotePropertiesShowsItsClaim() throws Exception {
        Claim claim = quotedClaim();
        TextSpan span = quoteOf(claim);
        PropertySheet properties = caretInto(span);
        Workbench.waitUntil("the caret's span selects its claim and the span", () -> Workbench.window().getSelectionService()
                .getSelection() instanceof IStructuredSelection s && s.getFirstElement() == claim && s.toList().contains(span));
        org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) properties.getCurrentPage().getControl();
        Workbench.waitUntil("Properties shows the claim's statement", () -> java.util.Arrays.stream(tree.getItems())
                .anyMatch(i -> i.getText(0).equals("Statement")));
    }

    @Test
    void aClaimUndoneUnderTheCaretIsNoLongerSelectedAndComesBackWithARedo() throws Exception {
        org.factcheck.ui.cases.CaseSession session = explorer.session();
        Claim claim = quotedClaim();
        TextSpan span = quoteOf(claim);
        PropertySheet properties = caretInto(span);
        Workbench.waitUntil("the caret selects the claim", () -> editor.getSite().getSelectionProvider().getSelection()
                instanceof IStructuredSelection s && s.getFirstElement() == claim);
        // as an Undo of Create Claim does: the claim and its quote leave the case, the caret stays where it was
        org.eclipse.emf.common.command.CompoundCommand remove = new org.eclipse.emf.common.command.CompoundCommand();
        remove.append(org.eclipse.emf.edit.command.RemoveCommand.create(session.domain(), session.caseFile(),
                org.factcheck.model.CasePackage.Literals.CASE_FILE__CLAIMS, claim));
        remove.append(org.eclipse.emf.edit.command.RemoveCommand.create(session.domain(), article,
                org.factcheck.model.CasePackage.Literals.DOCUMENT__ANNOTATIONS, span));
        session.commandStack().execute(remove);
        Workbench.waitUntil("the editor no longer selects what left the case", () -> editor.getSite()
                .getSelectionProvider().getSelection() instanceof IStructuredSelection s && s.toList().stream()
                        .noneMatch(o -> o == claim || o == span));
        org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) properties.getCurrentPage().getControl();
        Workbench.waitUntil("Properties shows the article, not the claim that went", () -> java.util.Arrays
                .stream(tree.getItems()).anyMatch(i -> i.getText(0).equals("Title"))
                && java.util.Arrays.stream(tree.getItems()).noneMatch(i -> i.getText(0).equals("Statement")));
        session.commandStack().undo(); // a Redo of Create Claim: both are back under the caret
        Workbench.waitUntil("the caret selects the claim again", () -> editor.getSite().getSelectionProvider()
                .getSelection() instanceof IStructuredSelection s && s.getFirstElement() == claim);
    }

    /** The first claim quoted in the article. */
    private Claim quotedClaim() {
        return article.getAnnotations().stream().map(s -> explorer.session().caseFile().getClaims().stream()
                .filter(c -> c.getAppearances().contains(s)).findFirst().orElse(null)).filter(c -> c != null)
                .findFirst().orElseThrow();
    }

    private TextSpan quoteOf(Claim claim) {
        return claim.getAppearances().stream().filter(s -> s.getDocument() == article).findFirst().orElseThrow();
    }

    /** Shows Properties, activates the editor and puts its caret inside {@code span}. */
    private PropertySheet caretInto(TextSpan span) throws Exception {
        PropertySheet properties = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(editor);
        editor.viewer().getTextWidget().setCaretOffset(CodePoints.toCharIndex(article.getText(), span.getStart()) + 2);
        return properties;
    }
}
