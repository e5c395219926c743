package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.custom.StyledText;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.factcheck.ui.internal.views.ArticleView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Article view scrolls to a quote far down a long article without measuring the whole text at once. */
class ArticleViewRevealTest {

    @TempDir
    Path temp;

    private CaseSession session;
    private Document article;

    @BeforeEach
    void open() throws Exception {
        session = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        }).session();
        article = session.caseFile().getDocuments().get(0);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void aQuoteFarDownALongArticleIsScrolledToBetweenEventsNotAllAtOnce() throws Exception {
        // selecting a claim at the end of a 1 MB article froze the window for seconds: the text widget measured every
        // wrapped line above the quote in one go
        Document longer = CaseFactory.eINSTANCE.createDocument();
        longer.setTitle("A long article");
        String paragraph = article.getText().strip().replace('\n', ' ');
        int paragraphs = 3 * 100 + 50; // far more lines than one step measures
        longer.setText((paragraph + "\n\n").repeat(paragraphs) + "The quote at the very end.");
        session.commandStack().execute(AddCommand.create(session.domain(), session.caseFile(),
                Literals.CASE_FILE__DOCUMENTS, longer));
        TextSpan quote = CaseFactory.eINSTANCE.createTextSpan();
        String text = longer.getText();
        quote.setStart(text.codePointCount(0, text.indexOf("The quote")));
        quote.setEnd(text.codePointCount(0, text.length()));
        quote.setExact("The quote at the very end.");
        session.commandStack().execute(AddCommand.create(session.domain(), longer, Literals.DOCUMENT__ANNOTATIONS,
                quote));
        ArticleView view = (ArticleView) Workbench.page().showView(ArticleView.ID);
        view.show(longer, quote);
        StyledText widget = view.textWidget();
        org.eclipse.swt.graphics.Point wanted = new org.eclipse.swt.graphics.Point(text.indexOf("The quote"),
                text.length());
        assertTrue(widget.getLineAtOffset(wanted.x) > 3 * 100, "the quote is more than three steps down");
        assertNotEquals(wanted, widget.getSelection(), "not selected (nor scrolled to) before show returned");
        Workbench.waitUntil("the quote is selected", () -> wanted.equals(widget.getSelection()));
        int line = widget.getLineAtOffset(wanted.x);
        assertTrue(widget.getTopIndex() <= line && line <= widget.getTopIndex() + 60,
                "scrolled to it: top line " + widget.getTopIndex() + ", quote on line " + line);
        assertSame(quote, view.boxedSpan());

        view.show(longer, null); // the top again, then the quote once more: a reveal under way gives way
        view.show(article, null);
        Workbench.processEvents();
        assertSame(article, view.shownDocument());
    }
}
