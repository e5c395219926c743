package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.factcheck.core.CaseStore;
import org.factcheck.core.merge.CaseMerge;
import org.factcheck.core.merge.Resolutions;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.MergeConflict;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.factcheck.ui.internal.sync.ConflictsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Conflicts view on a case merged with three conflicts (two statements, two verdicts, a span marked apart):
 * Keep Both by clicking, and undoing it; Keep Both disabled with its reason for two verdicts; the article's words
 * around a span in each version.
 */
class ConflictResolverTest {

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
        Workbench.processEvents();
    }

    private static CaseFile c(Resource r) {
        return (CaseFile) r.getContents().get(0);
    }

    private static void move(TextSpan s, int start, int end) {
        Quotes.Selector sel = Quotes.selector(s.getDocument().getText(), start, end);
        s.setStart(start);
        s.setEnd(end);
        s.setExact(sel.exact());
        s.setPrefix(sel.prefix());
        s.setSuffix(sel.suffix());
    }

    /** The demo case merged from two sides that each changed claim 1's statement, claim 3's verdict and a span. */
    private Path mergedCase() throws Exception {
        Resource base = CaseStore.load(new ResourceSetImpl(), DemoCase.file());
        Resource ours = CaseStore.load(new ResourceSetImpl(), DemoCase.file());
        Resource theirs = CaseStore.load(new ResourceSetImpl(), DemoCase.file());
        c(ours).getClaims().get(0).setStatement("Our wording.");
        c(theirs).getClaims().get(0).setStatement("Their wording.");
        c(ours).getClaims().get(2).setVerdict(rating(c(ours), "False"));
        c(theirs).getClaims().get(2).setVerdict(rating(c(theirs), "True"));
        TextSpan o = c(ours).getDocuments().get(0).getAnnotations().get(0);
        TextSpan t = c(theirs).getDocuments().get(0).getAnnotations().get(0);
        move(o, o.getStart(), o.getEnd() + 3);
        move(t, t.getStart() + 1, t.getEnd());
        List<EObject> merged = CaseMerge.merge(base, ours, theirs).roots();
        assertEquals(3, ((CaseFile) merged.get(0)).getConflicts().size(), ((CaseFile) merged.get(0)).getConflicts()::toString);
        Path file = Files.createDirectories(temp.resolve("merged")).resolve("case.factcase");
        Resource target = CaseStore.create(new ResourceSetImpl(), file, (CaseFile) merged.get(0));
        target.getContents().addAll(merged.subList(1, merged.size()));
        CaseStore.save(target, file);
        return file;
    }

    private static org.factcheck.model.Rating rating(CaseFile c, String label) {
        return c.getRatingScale().getRatings().stream().filter(r -> r.getLabel().equals(label)).findFirst().orElseThrow();
    }

    /** Clicks the conflict's row in the view's table. */
    private static void click(MergeConflict conflict) {
        Table table = Workbench.find(Workbench.window().getShell(), Table.class,
                t -> t.getColumnCount() > 0 && t.getColumn(0).getText().equals("Object"));
        assertNotNull(table, "the Conflicts view's table");
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getData() == conflict) {
                table.setSelection(i);
                Event e = new Event();
                e.item = table.getItem(i);
                table.notifyListeners(SWT.Selection, e);
                Workbench.processEvents();
                return;
            }
        }
        throw new AssertionError("no row for " + conflict);
    }

    private static MergeConflict about(ConflictsView view, String feature) {
        return view.conflicts().stream().filter(c -> feature.equals(c.getFeature())).findFirst().orElseThrow();
    }

    @Test
    void keepBothByClickingKeepsBothTextsAndUndoBringsTheConflictBack() throws Exception {
        CaseEditor explorer = CaseOpener.open(Workbench.window(), mergedCase(), message -> {
            throw new AssertionError(message);
        });
        CaseSession session = explorer.session();
        Workbench.processEvents();
        ConflictsView view = (ConflictsView) Workbench.page().showView(ConflictsView.ID);
        view.setSession(session);
        Workbench.page().activate(explorer);
        Workbench.processEvents();
        assertEquals(3, view.conflicts().size());
        Claim claim = session.caseFile().getClaims().get(0);

        click(about(view, "statement"));
        assertTrue(view.keepBothButton().isEnabled(), "two statements can both be kept");
        assertTrue(view.detailsText().contains("mine:   Our wording.") && view.detailsText().contains("theirs: Their wording."),
                view.detailsText());
        Workbench.press(Workbench.window().getShell(), "Keep Both");
        Workbench.processEvents();
        assertEquals("Our wording." + Resolutions.BOTH_SEPARATOR + "Their wording.", claim.getStatement());
        assertEquals(2, view.conflicts().size(), "that conflict is resolved");
        assertEquals("Keep Both", session.commandStack().getUndoCommand().getLabel());

        session.commandStack().undo();
        Workbench.processEvents();
        assertEquals("Our wording.", claim.getStatement(), "undo brings our value back");
        assertEquals(3, view.conflicts().size(), "and the conflict");

        click(about(view, "verdict"));
        assertFalse(view.keepBothButton().isEnabled(), "a claim has one verdict");
        assertTrue(view.keepBothButton().getToolTipText().contains("one verdict"), view.keepBothButton().getToolTipText());
        assertTrue(view.detailsText().contains("Keep Both is not possible: A claim has one verdict"), view.detailsText());
    }

    @Test
    void propertiesShowTheObjectOfTheSelectedConflict() throws Exception {
        CaseEditor explorer = CaseOpener.open(Workbench.window(), mergedCase(), message -> {
            throw new AssertionError(message);
        });
        PropertySheet properties = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        ConflictsView view = (ConflictsView) Workbench.page().showView(ConflictsView.ID);
        view.setSession(explorer.session());
        Workbench.page().activate(view);
        Workbench.processEvents();
        Claim claim = explorer.session().caseFile().getClaims().get(0);
        click(about(view, "statement"));
        Tree tree = (Tree) properties.getCurrentPage().getControl();
        TreeItem statement = java.util.Arrays.stream(tree.getItems()).filter(i -> i.getText(0).equals("Statement"))
                .findFirst().orElse(null);
        assertNotNull(statement, "Properties shows the claim the conflict is about");
        assertEquals(claim.getStatement().replaceAll("\\s+", " ").strip(), statement.getText(1).replaceAll("\\s+", " ").strip());
    }

    @Test
    void aSpanConflictShowsTheArticleAroundEachSidesWords() throws Exception {
        Path file = mergedCase();
        CaseEditor explorer = CaseOpener.open(Workbench.window(), file, message -> {
            throw new AssertionError(message);
        });
        ConflictsView view = (ConflictsView) Workbench.page().showView(ConflictsView.ID);
        view.setSession(explorer.session());
        Workbench.processEvents();
        MergeConflict conflict = about(view, "start");
        TextSpan span = (TextSpan) explorer.session().resource().getEObject(conflict.getObjectId());
        String text = span.getDocument().getText();
        click(conflict);
        String details = view.detailsText();
        assertTrue(details.contains("The article around it:"), details);
        String[] range = conflict.getTheirs().split("–");
        String theirWords = text.substring(Integer.parseInt(range[0]), Integer.parseInt(range[1])).replace('\n', ' ');
        assertTrue(details.contains("theirs: ") && details.contains("«" + theirWords + "»"), details);
        assertFalse(view.keepBothButton().isEnabled(), "a span marks one stretch");
    }
}
