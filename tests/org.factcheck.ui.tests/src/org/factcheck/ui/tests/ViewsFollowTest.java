package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.claims.ClaimEditor;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.factcheck.ui.internal.views.ArticleView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Views that follow (issue 11, defect 3): Properties shows what the article or claim editor is about and follows an
 * Undo; the Article view colours evidence by stance as the editor does and follows edits of its article; a corrected
 * date clears the claim editor's error.
 */
class ViewsFollowTest {

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private CaseSession session;
    private Document article;

    @BeforeEach
    void open() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
        article = session.caseFile().getDocuments().get(0);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void propertiesShowTheArticleAndTheClaimOfTheActiveEditor() throws Exception {
        PropertySheet properties = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        DocumentEditor editor = DocumentEditor.open(Workbench.page(), session, article);
        Workbench.page().activate(editor);
        Workbench.processEvents();
        assertEquals(article.getTitle(), value(properties, "Title"), "the article's properties while nothing is selected");

        Claim claim = session.caseFile().getClaims().get(0);
        ClaimEditor claimEditor = ClaimEditor.open(Workbench.page(), session, claim);
        Workbench.page().activate(claimEditor);
        Workbench.processEvents();
        assertEquals(oneLine(claim.getStatement()), oneLine(value(properties, "Statement")), "the claim's properties");
    }

    @Test
    void propertiesShowTheRowSelectedInTheClaimsView() throws Exception {
        PropertySheet properties = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        org.factcheck.ui.internal.claims.ClaimsView claims = (org.factcheck.ui.internal.claims.ClaimsView) Workbench.page()
                .showView(org.factcheck.ui.internal.claims.ClaimsView.ID);
        Claim claim = session.caseFile().getClaims().get(1);
        Workbench.page().activate(claims);
        claims.table().setSelection(new StructuredSelection(claim), true);
        Workbench.processEvents();
        assertEquals(oneLine(claim.getStatement()), oneLine(value(properties, "Statement")));
        session.commandStack().execute(SetCommand.create(session.domain(), claim, Literals.CLAIM__STATEMENT, "Edited."));
        Workbench.processEvents();
        assertEquals("Edited.", value(properties, "Statement"), "and follows its edits");
    }

    @Test
    void propertiesForgetTheRowOfACaseThatWasClosed() throws Exception {
        PropertySheet properties = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        for (String id : List.of(org.factcheck.ui.internal.claims.ClaimsView.ID,
                org.factcheck.ui.internal.claims.SourcesView.ID)) {
            org.eclipse.ui.IViewPart view = Workbench.page().showView(id);
            org.eclipse.jface.viewers.StructuredViewer rows = id.equals(org.factcheck.ui.internal.claims.ClaimsView.ID)
                    ? ((org.factcheck.ui.internal.claims.ClaimsView) view).table()
                    : ((org.factcheck.ui.internal.claims.SourcesView) view).table();
            Object row = id.equals(org.factcheck.ui.internal.claims.ClaimsView.ID) ? session.caseFile().getClaims().get(1)
                    : session.caseFile().getSources().get(0);
            Workbench.page().activate(view);
            rows.setSelection(new StructuredSelection(row), true);
            Workbench.processEvents();
            assertTrue(rows(properties) > 0, "Properties shows the row of " + id);
            Workbench.page().closeEditor(explorer, false);
            Workbench.processEvents();
            assertTrue(rows.getSelection().isEmpty(), id + " selects nothing once its case is closed");
            assertEquals(0, rows(properties), "Properties no longer shows an object of the closed case (" + id + ")");
            explorer = CaseOpener.open(Workbench.window(), session.file(), message -> {
                throw new AssertionError(message);
            });
            session = explorer.session();
            Workbench.processEvents();
        }
    }

    private static int rows(PropertySheet properties) {
        return properties.getCurrentPage().getControl() instanceof Tree tree ? tree.getItemCount() : 0;
    }

    @Test
    void propertiesFollowAnUndo() throws Exception {
        PropertySheet properties = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        Claim claim = session.caseFile().getClaims().get(0);
        Workbench.page().activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(claim), true);
        Workbench.processEvents();
        String before = value(properties, "Statement");
        assertEquals(oneLine(claim.getStatement()), oneLine(before));
        session.commandStack().execute(SetCommand.create(session.domain(), claim, Literals.CLAIM__STATEMENT, "Changed."));
        Workbench.processEvents();
        assertEquals("Changed.", value(properties, "Statement"));
        session.commandStack().undo();
        Workbench.processEvents();
        assertEquals(before, value(properties, "Statement"), "Properties shows the value the Undo brought back");
    }

    @Test
    void theExplorerRelabelsAClaimWhenItsVerdictChangesAndWhenThatIsUndone() throws Exception {
        Claim claim = session.caseFile().getClaims().stream().filter(c -> c.getVerdict() == null).findFirst().orElseThrow();
        org.factcheck.model.Rating rating = session.caseFile().getRatingScale().getRatings().get(0);
        Workbench.page().activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(claim), true); // its row is shown
        Workbench.processEvents();
        TreeItem row = (TreeItem) explorer.viewer().testFindItem(claim);
        assertFalse(row.getText().startsWith(rating.getLabel()), row.getText());
        session.commandStack().execute(SetCommand.create(session.domain(), claim, Literals.CLAIM__VERDICT, rating));
        Workbench.processEvents();
        assertTrue(row.getText().startsWith(rating.getLabel()), "the new verdict leads the row: " + row.getText());
        session.commandStack().undo();
        Workbench.processEvents();
        assertFalse(row.getText().startsWith(rating.getLabel()), "and goes with the Undo: " + row.getText());
    }

    @Test
    void theArticleViewColoursEvidenceByStanceAsTheEditorDoes() throws Exception {
        ArticleView view = (ArticleView) Workbench.page().showView(ArticleView.ID);
        DocumentEditor editor = DocumentEditor.open(Workbench.page(), session, article);
        view.show(article, null);
        Workbench.processEvents();
        int start = freeOffset(article);
        TextSpan span = CaseFactory.eINSTANCE.createTextSpan();
        span.setStart(start);
        span.setEnd(start + 4);
        span.setKind(SpanKind.EVIDENCE);
        Evidence evidence = CaseFactory.eINSTANCE.createEvidence();
        evidence.setStance(Stance.REFUTES);
        evidence.setSpan(span);
        Claim claim = session.caseFile().getClaims().get(0);
        CompoundCommand add = new CompoundCommand("Mark as Evidence");
        add.append(AddCommand.create(session.domain(), article, Literals.DOCUMENT__ANNOTATIONS, span));
        add.append(AddCommand.create(session.domain(), claim, Literals.CLAIM__EVIDENCE, evidence));
        session.commandStack().execute(add);
        Workbench.processEvents();
        int at = article.getText().offsetByCodePoints(0, start) + 1;
        Color refutes = background(view.textWidget(), at);
        assertNotNull(refutes, "the new evidence is highlighted in the Article view");
        assertEquals(background(editor.viewer().getTextWidget(), at), refutes, "in the editor's colour");

        session.commandStack().execute(SetCommand.create(session.domain(), evidence, Literals.EVIDENCE__STANCE, Stance.SUPPORTS));
        Workbench.processEvents();
        Color supports = background(view.textWidget(), at);
        assertNotEquals(refutes, supports, "supporting evidence has another colour than refuting evidence");
        assertEquals(background(editor.viewer().getTextWidget(), at), supports);
        assertEquals(article.getAnnotations().size(), view.highlightedSpans());
    }

    @Test
    void theArticleViewNoLongerCountsADeletedSpan() throws Exception {
        ArticleView view = (ArticleView) Workbench.page().showView(ArticleView.ID);
        view.show(article, null);
        Workbench.processEvents();
        int spans = article.getAnnotations().size();
        assertTrue(view.byline().contains(spans + " annotated span"), view.byline());
        TextSpan doomed = article.getAnnotations().stream().filter(s -> s.getKind() == SpanKind.NOTE).findFirst()
                .orElse(article.getAnnotations().get(0));
        int at = article.getText().offsetByCodePoints(0, doomed.getStart());
        session.commandStack().execute(DeleteCommand.create(session.domain(), doomed));
        Workbench.processEvents();
        assertEquals(spans - 1, article.getAnnotations().size());
        assertTrue(view.byline().contains((spans - 1) + " annotated span"), view.byline());
        assertEquals(spans - 1, view.highlightedSpans());
        session.commandStack().undo();
        Workbench.processEvents();
        assertTrue(view.byline().contains(spans + " annotated span"), view.byline());
        assertNotNull(background(view.textWidget(), at), "the span is back after Undo");
    }

    @Test
    void aCorrectedDateClearsTheError() throws Exception {
        Claim claim = session.caseFile().getClaims().stream().filter(c -> c.getDateSaid() != null).findFirst().orElseThrow();
        ClaimEditor editor = ClaimEditor.open(Workbench.page(), session, claim);
        Workbench.processEvents();
        Text date = Workbench.find(editor.form().getBody(), Text.class, t -> t.getText().equals(String.valueOf(claim.getDateSaid())));
        assertNotNull(date);
        String was = date.getText();
        date.setText("3 October");
        date.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(IMessageProvider.ERROR, editor.form().getMessageType());
        date.setText(was); // back to the date there was: nothing to change, but the error is gone
        date.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(IMessageProvider.NONE, editor.form().getMessageType(), editor.form().getMessage());
        assertNull(editor.form().getMessage());
        assertFalse(editor.isDirty());
    }

    @Test
    void theArticleViewUnboxesASpanWhenTheEditorsCaretLeavesIt() throws Exception {
        ArticleView view = (ArticleView) Workbench.page().showView(ArticleView.ID);
        DocumentEditor editor = DocumentEditor.open(Workbench.page(), session, article);
        Workbench.page().activate(editor);
        TextSpan span = article.getAnnotations().stream().filter(s -> s.getEnd() - s.getStart() > 2).findFirst()
                .orElseThrow();
        int inside = article.getText().offsetByCodePoints(0, span.getStart() + 1);
        editor.viewer().setSelectedRange(inside, 0);
        Workbench.waitUntil("the Article view boxes the span at the caret", () -> view.boxedSpan() != null);
        assertSame(article, view.shownDocument());
        int free = article.getText().offsetByCodePoints(0, freeOffset(article) + 1);
        editor.viewer().setSelectedRange(free, 0);
        Workbench.waitUntil("the box goes when the caret leaves every span", () -> view.boxedSpan() == null);
        assertSame(article, view.shownDocument(), "the article stays shown");
    }

    @Test
    void theArticleViewsLayoutNeverMeasuresTheArticle() throws Exception {
        // laying the view out must not depend on the article's length: measuring a wrapped 1 MB text took seconds,
        // and the view lays itself out whenever it follows the editor's caret
        ArticleView view = (ArticleView) Workbench.page().showView(ArticleView.ID);
        view.show(article, null);
        Workbench.processEvents();
        org.eclipse.swt.widgets.Composite area = view.textWidget().getParent();
        int width = area.getSize().x;
        int shortArticle = area.computeSize(width, SWT.DEFAULT, true).y;
        Document longer = CaseFactory.eINSTANCE.createDocument();
        longer.setTitle(article.getTitle());
        longer.setText((article.getText() + "\n\n").repeat(40));
        session.commandStack().execute(AddCommand.create(session.domain(), session.caseFile(),
                Literals.CASE_FILE__DOCUMENTS, longer));
        view.show(longer, null);
        Workbench.processEvents();
        int longArticle = area.computeSize(width, SWT.DEFAULT, true).y;
        // 40 times the text would need 40 times the height; the heading and byline alone may differ by a line
        assertTrue(longArticle < shortArticle + 60, "the view's preferred height follows its heading, not the "
                + "article's text: " + shortArticle + " px for the article, " + longArticle + " px for 40 times it");
    }

    @Test
    void movingTheBoxRestylesOnlyTheSpanItLeavesAndTheSpanItEnters() throws Exception {
        // one region from the span boxed before to the one boxed now restyled all the text between them: most of a
        // 1 MB article when the editor's caret went from a span near its start to one near its end
        TextSpan first = article.getAnnotations().stream().min(java.util.Comparator.comparingInt(TextSpan::getEnd))
                .orElseThrow();
        TextSpan last = article.getAnnotations().stream().max(java.util.Comparator.comparingInt(TextSpan::getStart))
                .orElseThrow();
        assertTrue(first.getEnd() < last.getStart(), "the demo article has spans far apart");
        String text = article.getText();
        int between = (text.offsetByCodePoints(0, first.getEnd()) + text.offsetByCodePoints(0, last.getStart())) / 2;

        ArticleView view = (ArticleView) Workbench.page().showView(ArticleView.ID);
        view.show(article, first);
        Workbench.processEvents();
        assertKeepsStyleBetween(view.textWidget(), between, () -> view.show(article, last));
        assertSame(last, view.boxedSpan());

        DocumentEditor editor = DocumentEditor.open(Workbench.page(), session, article);
        editor.setFocus(java.util.Set.of(first), false);
        assertKeepsStyleBetween(editor.viewer().getTextWidget(), between,
                () -> editor.setFocus(java.util.Set.of(last), false));
    }

    @Test
    void theClaimsViewSelectsTheClaimsOfSpansSelectedInTheExplorer() throws Exception {
        org.factcheck.ui.internal.claims.ClaimsView claims = (org.factcheck.ui.internal.claims.ClaimsView) Workbench
                .page().showView(org.factcheck.ui.internal.claims.ClaimsView.ID);
        Claim appearing = session.caseFile().getClaims().stream().filter(c -> !c.getAppearances().isEmpty())
                .reduce((a, b) -> b).orElseThrow(); // the last: a first match alone would not show a wrong owner
        Evidence evidence = session.caseFile().getClaims().stream().flatMap(c -> c.getEvidence().stream())
                .filter(e -> e.getSpan() != null && e.getClaim() != appearing).findFirst().orElseThrow();
        TextSpan quote = appearing.getAppearances().get(0);
        Workbench.page().activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(java.util.List.of(quote, evidence.getSpan())), true);
        Workbench.processEvents();
        assertEquals(2, explorer.viewer().getStructuredSelection().size(), "the explorer selects both spans");
        assertEquals(java.util.Set.of(appearing, evidence.getClaim()),
                java.util.Set.copyOf(claims.table().getStructuredSelection().toList()), "the claim each span belongs to");
    }

    /** Gives the char at {@code offset} a style no highlighter gives, runs {@code moveBox}, asserts the style is kept. */
    private static void assertKeepsStyleBetween(StyledText text, int offset, Runnable moveBox) {
        StyleRange marker = new StyleRange(offset, 1, null, null);
        marker.rise = 7;
        text.setStyleRange(marker);
        moveBox.run();
        Workbench.processEvents();
        StyleRange kept = text.getStyleRangeAtOffset(offset);
        assertEquals(7, kept == null ? 0 : kept.rise, "the text between the two spans was restyled");
    }

    /** A code point offset of the article that no span covers (so the new span's colour is its own). */
    private static int freeOffset(Document document) {
        int length = document.getText().codePointCount(0, document.getText().length());
        for (int at = 0; at + 6 < length; at++) {
            int from = at;
            if (document.getAnnotations().stream().noneMatch(s -> s.getStart() < from + 6 && s.getEnd() > from)) {
                return at + 1;
            }
        }
        throw new AssertionError("no free text in the article");
    }

    private static Color background(StyledText text, int offset) {
        StyleRange range = text.getStyleRangeAtOffset(offset);
        return range == null ? null : range.background;
    }

    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").strip();
    }

    /** The value the Properties view shows for a property. */
    private static String value(PropertySheet properties, String name) {
        Tree tree = (Tree) properties.getCurrentPage().getControl();
        TreeItem item = find(tree.getItems(), name);
        assertNotNull(item, "Properties shows '" + name + "'");
        return item.getText(1);
    }

    private static TreeItem find(TreeItem[] items, String name) {
        for (TreeItem item : items) {
            if (item.getText(0).equals(name)) {
                return item;
            }
            TreeItem inner = find(item.getItems(), name);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
