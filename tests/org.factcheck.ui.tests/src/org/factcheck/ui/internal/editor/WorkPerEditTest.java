package org.factcheck.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Rating;
import org.factcheck.model.Source;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.ArgumentCases;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.claims.ClaimsView;
import org.factcheck.ui.internal.claims.SourcesView;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts the work one command does in the parts that follow a case of 2,000 claims: how many rows the label
 * providers of the Claims view, the Sources view and the case explorer render. One edit must cost a handful of
 * rows, not one per claim; the counters see a full refresh (checked at the start, so the test can fail).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one case of 2,000 claims for all tests: each command is undone or harmless
class WorkPerEditTest {

    /** More than this many rows rendered for one command means a part refreshed more than what changed. */
    private static final int HANDFUL = 3;
    private static final int CLAIMS = 2000;

    @TempDir
    static Path temp;

    private CaseSession session;
    private CaseEditor explorer;
    private ClaimsView claimsView;
    private SourcesView sourcesView;
    private final Set<Object> claimRows = new HashSet<>();
    private final Set<Object> sourceRows = new HashSet<>();
    private final Set<Object> treeRows = new HashSet<>();
    private Document article;
    private final Random random = new Random(20261201);

    @BeforeAll
    void open() throws Exception {
        CaseFile generated = ArgumentCases.generated(CLAIMS, 2500, 15);
        for (int i = 0; i < 40; i++) {
            Source source = CaseFactory.eINSTANCE.createSource();
            source.setName("Outlet " + i);
            generated.getSources().add(source);
        }
        article = CaseFactory.eINSTANCE.createDocument();
        article.setTitle("An article");
        article.setText("The border will be final. ".repeat(400));
        article.setOutlet(generated.getSources().get(0));
        generated.getDocuments().add(article);
        for (Claim claim : generated.getClaims()) {
            for (Evidence evidence : claim.getEvidence()) {
                evidence.setSource(generated.getSources().get(random.nextInt(generated.getSources().size())));
            }
        }
        Path file = temp.resolve("large.factcase");
        CaseStore.save(CaseStore.create(new ResourceSetImpl(), file, generated), file);
        explorer = CaseOpener.open(window().getWorkbenchWindow(), file, message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
        article = session.caseFile().getDocuments().get(0);
        claimsView = (ClaimsView) window().showView(ClaimsView.ID);
        sourcesView = (SourcesView) window().showView(SourcesView.ID);
        window().bringToTop(claimsView); // both may share a folder: the Claims view on top, to render its rows
        explorer.viewer().expandToLevel(3); // every folder open: 2,000 claims, 40 sources, the article
        explorer.viewer().expandToLevel(article, 1); // and its spans
        processEvents();
        count(claimsView.table(), claimRows);
        count(sourcesView.table(), sourceRows);
        explorer.viewer().setLabelProvider(new DelegatingStyledCellLabelProvider(
                new CaseLabelProvider(session.adapterFactory(), explorer.viewer().getControl())) {
            @Override
            public void update(ViewerCell cell) {
                treeRows.add(cell.getElement());
                super.update(cell);
            }
        });
        processEvents();
        assertEquals(CLAIMS, claimsView.table().getTable().getItemCount());
        assertTrue(treeRows.size() > CLAIMS, "the explorer shows every claim: " + treeRows.size());
        claimsView.table().refresh();
        sourcesView.table().refresh();
        processEvents();
        // the Claims view is virtual: a full refresh renders the rows it shows, more than a handful, not all 2,000
        assertTrue(claimRows.size() > HANDFUL, "the counters see a full refresh: " + claimRows.size());
        assertTrue(claimRows.size() < CLAIMS / 4, "only the rows shown are rendered: " + claimRows.size());
        assertEquals(40, sourceRows.size(), "the counters see a full refresh of the Sources view");
        reset();
    }

    @BeforeEach
    void nothingCountedYet() {
        processEvents();
        reset();
    }

    @AfterAll
    void close() {
        window().hideView(claimsView);
        window().hideView(sourcesView);
        window().closeAllEditors(false);
    }

    @Test
    void markingASpanRendersNoRowOfTheClaimsAndSourcesViews() {
        for (int round = 0; round < 10; round++) {
            int start = random.nextInt(article.getText().length() - 30);
            TextSpan span = CaseFactory.eINSTANCE.createTextSpan();
            span.setStart(start);
            span.setEnd(start + 10 + random.nextInt(20));
            span.setKind(SpanKind.NOTE);
            run(AddCommand.create(session.domain(), article, Literals.DOCUMENT__ANNOTATIONS, span));
            assertHandful("add a span");
            session.commandStack().undo();
            processEvents();
            assertHandful("undo adding a span");
        }
    }

    @Test
    void settingAVerdictRendersOnlyThatClaim() {
        for (int round = 0; round < 10; round++) {
            Claim claim = session.caseFile().getClaims().get(random.nextInt(CLAIMS));
            Rating rating = session.caseFile().getRatingScale().getRatings()
                    .get(random.nextInt(session.caseFile().getRatingScale().getRatings().size()));
            run(SetCommand.create(session.domain(), claim, Literals.CLAIM__VERDICT, rating));
            assertHandful("set a verdict");
            assertEquals(rating.getLabel(), claimsView.row(claim).getText(3), "the row shows the new verdict");
        }
    }

    @Test
    void addingEvidenceRendersItsClaimAndItsSource() {
        for (int round = 0; round < 10; round++) {
            Claim claim = session.caseFile().getClaims().get(random.nextInt(CLAIMS));
            Source source = session.caseFile().getSources().get(random.nextInt(40));
            long before = evidenceOf(source);
            Evidence evidence = CaseFactory.eINSTANCE.createEvidence();
            evidence.setStance(Stance.REFUTES);
            evidence.setSource(source);
            run(AddCommand.create(session.domain(), claim, Literals.CLAIM__EVIDENCE, evidence));
            assertTrue(sourceRows.contains(source), "the source's evidence count is rendered again");
            assertHandful("add evidence");
            assertEquals(String.valueOf(before + 1), row(sourcesView.table(), source).getText(4));
            assertEquals(String.valueOf(claim.getEvidence().size()), claimsView.row(claim).getText(6));
        }
    }

    @Test
    void addingAndRemovingAClaimRendersOneRow() {
        for (int round = 0; round < 5; round++) {
            Claim claim = CaseFactory.eINSTANCE.createClaim();
            claim.setStatement("A new claim " + round);
            run(AddCommand.create(session.domain(), session.caseFile(), Literals.CASE_FILE__CLAIMS, claim));
            assertTrue(treeRows.contains(claim), "the new claim has its row in the explorer");
            assertHandful("add a claim");
            assertEquals(CLAIMS + 1, claimsView.table().getTable().getItemCount());
            List<Claim> shown = claimsView.shownClaims();
            assertTrue(shown.contains(claim), "the Claims view lists the new claim");
            assertInOrder(shown);
            assertEquals(claim.getStatement(), claimsView.row(claim).getText(0), "its row shows it when rendered");
            session.commandStack().undo();
            processEvents();
            assertHandful("undo adding a claim");
            assertEquals(CLAIMS, claimsView.table().getTable().getItemCount());
            assertFalse(claimsView.shownClaims().contains(claim));
        }
    }

    @Test
    void aClaimWhoseDateChangesMovesToItsPlaceInTheOrderRenderingOnlyItsRow() {
        for (int round = 0; round < 10; round++) {
            Claim claim = session.caseFile().getClaims().get(random.nextInt(CLAIMS));
            java.time.LocalDate date = java.time.LocalDate.of(2022, 1 + random.nextInt(12), 1 + random.nextInt(28));
            run(SetCommand.create(session.domain(), claim, Literals.CLAIM__DATE_SAID, date));
            assertHandful("change a date");
            List<Claim> shown = claimsView.shownClaims();
            assertEquals(CLAIMS, shown.size());
            assertInOrder(shown);
            int at = shown.indexOf(claim);
            assertEquals(at, claimsView.table().getTable().indexOf(claimsView.row(claim)), "its row is at its place");
        }
    }

    /** The rows are in the Claims view's order (whichever column it is sorted by). */
    private void assertInOrder(List<Claim> shown) {
        java.util.Comparator<Claim> order = claimsView.order();
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(order.compare(shown.get(i - 1), shown.get(i)) <= 0, "rows " + (i - 1) + " and " + i + " out of order: "
                    + shown.get(i - 1).getDateSaid() + ", " + shown.get(i).getDateSaid());
        }
    }

    private long evidenceOf(Source source) {
        return session.caseFile().getClaims().stream().flatMap(c -> c.getEvidence().stream())
                .filter(e -> e.getSource() == source).count();
    }

    private void run(Command command) {
        reset();
        session.commandStack().execute(command);
        processEvents();
    }

    private void assertHandful(String what) {
        assertTrue(claimRows.size() <= HANDFUL, what + ": the Claims view rendered " + claimRows.size() + " rows");
        assertTrue(sourceRows.size() <= HANDFUL, what + ": the Sources view rendered " + sourceRows.size() + " rows");
        assertTrue(treeRows.size() <= HANDFUL, what + ": the explorer rendered " + treeRows.size() + " rows");
        reset();
    }

    private void reset() {
        claimRows.clear();
        sourceRows.clear();
        treeRows.clear();
    }

    private static TableItem row(TableViewer table, Object element) {
        return (TableItem) table.testFindItem(element);
    }

    /** Puts a counter in front of every column's label provider of {@code table}. */
    private static void count(TableViewer table, Set<Object> rows) {
        for (int i = 0; i < table.getTable().getColumnCount(); i++) {
            CellLabelProvider original = table.getLabelProvider(i);
            new TableViewerColumn(table, table.getTable().getColumn(i)).setLabelProvider(new CellLabelProvider() {
                @Override
                public void update(ViewerCell cell) {
                    rows.add(cell.getElement());
                    original.update(cell);
                }
            });
        }
    }

    private static IWorkbenchPage window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

}
