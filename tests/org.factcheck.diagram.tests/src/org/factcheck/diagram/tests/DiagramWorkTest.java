package org.factcheck.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.LayoutListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.factcheck.core.CaseStore;
import org.factcheck.core.layout.ClaimGraph;
import org.factcheck.core.layout.GraphLayout;
import org.factcheck.core.layout.LayeredLayout;
import org.factcheck.core.layout.NodeSizer;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;
import org.factcheck.diagram.internal.handlers.OpenDiagramHandler;
import org.factcheck.diagram.internal.parts.ClaimPart;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;
import org.factcheck.model.notation.NotationFactory;
import org.factcheck.testing.ArgumentCases;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts the work one command does in the argument diagram of a case of 2,000 claims: how many claim boxes are
 * laid out again (invalidated) and how many get their bounds set. An edit must cost the boxes it changes, not one per
 * claim; the counters are shown to see a whole-diagram refresh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagramWorkTest {

    private static final int CLAIMS = 2000;

    @TempDir
    static Path temp;

    private CaseSession session;
    private ArgumentDiagramEditor editor;
    private final Set<IFigure> invalidated = new HashSet<>();
    private final List<IFigure> placed = new ArrayList<>();
    private final Random random = new Random(31);

    @BeforeAll
    void open() throws Exception {
        CaseFile generated = ArgumentCases.generated(CLAIMS, 2500, 8);
        Document article = CaseFactory.eINSTANCE.createDocument();
        article.setTitle("An article");
        article.setText("The border will be final. ".repeat(100));
        generated.getDocuments().add(article);
        GraphLayout layout = new LayeredLayout().layout(ClaimGraph.of(generated, NodeSizer.estimated()));
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        diagram.setName("Laid out");
        layout.allBounds().forEach((claim, box) -> {
            Node node = NotationFactory.eINSTANCE.createNode();
            node.setElement(claim);
            node.setX((int) box.x());
            node.setY((int) box.y());
            node.setWidth((int) box.width());
            node.setHeight((int) box.height());
            diagram.getNodes().add(node);
        });
        Path file = temp.resolve("large.factcase");
        Resource resource = CaseStore.create(new ResourceSetImpl(), file, generated);
        resource.getContents().add(diagram);
        CaseStore.save(resource, file);
        session = CaseOpener.open(DemoDiagram.window(), file, message -> {
            throw new AssertionError(message);
        }).session();
        editor = OpenDiagramHandler.open(DemoDiagram.page(), session, OpenDiagramHandler.diagramOf(session));
        DemoDiagram.processEvents();
        List<ClaimPart> parts = editor.diagramPart().claimParts();
        assertEquals(CLAIMS, parts.size());
        LayoutListener counter = new LayoutListener.Stub() {
            @Override
            public void invalidate(IFigure figure) {
                invalidated.add(figure);
            }

            @Override
            public void setConstraint(IFigure child, Object constraint) {
                placed.add(child);
            }
        };
        parts.forEach(part -> part.getFigure().addLayoutListener(counter));
        parts.get(0).getFigure().getParent().addLayoutListener(counter);

        editor.setShowEvidence(!editor.showsEvidence()); // every box changes: the counters must see it
        DemoDiagram.processEvents();
        assertTrue(invalidated.size() >= CLAIMS, "the counters see every box laid out again: " + invalidated.size());
        editor.setShowEvidence(!editor.showsEvidence());
        DemoDiagram.processEvents();
    }

    @AfterAll
    void close() {
        DemoDiagram.page().closeAllEditors(false);
        DemoDiagram.processEvents();
    }

    @BeforeEach
    void nothingCountedYet() {
        DemoDiagram.processEvents();
        reset();
    }

    @Test
    void editingAStatementLaysOutOnlyItsBox() {
        for (int round = 0; round < 10; round++) {
            Claim claim = session.caseFile().getClaims().get(random.nextInt(CLAIMS));
            run(SetCommand.create(session.domain(), claim, Literals.CLAIM__STATEMENT, claim.getStatement() + " Really."));
            // the edited box shows the new statement; it is laid out again only if that needs another line
            assertEquals(claim.getStatement(), ((ClaimPart) editor.viewer().getEditPartRegistry().get(claim)).figure()
                    .view().statement(), "the edited box shows the new statement");
            assertTrue(invalidated.size() <= 3, "boxes laid out again: " + invalidated.size());
            assertTrue(placed.size() <= 3, "boxes placed again: " + placed.size());
        }
    }

    @Test
    void markingASpanCostsTheDiagramNothing() {
        Document article = session.caseFile().getDocuments().get(0);
        for (int round = 0; round < 10; round++) {
            TextSpan span = CaseFactory.eINSTANCE.createTextSpan();
            span.setStart(round * 10);
            span.setEnd(round * 10 + 8);
            span.setKind(SpanKind.NOTE);
            run(AddCommand.create(session.domain(), article, Literals.DOCUMENT__ANNOTATIONS, span));
            assertEquals(Set.of(), invalidated, "no box is laid out again");
            assertEquals(List.of(), placed, "no box is placed again");
        }
    }

    @Test
    void settingAVerdictLaysOutTheBoxesWhoseReadingChanged() {
        var ratings = session.caseFile().getRatingScale().getRatings();
        for (int round = 0; round < 10; round++) {
            Claim claim = session.caseFile().getClaims().get(random.nextInt(CLAIMS));
            run(SetCommand.create(session.domain(), claim, Literals.CLAIM__VERDICT, ratings.get(random.nextInt(ratings.size()))));
            // the claim's box, and those of claims in its story whose label the analysis changed
            assertTrue(invalidated.size() <= 25, "boxes laid out again: " + invalidated.size());
            assertTrue(placed.size() <= 25, "boxes placed again: " + placed.size());
        }
    }

    /** Runs a command and the event loop until the background analysis of it is shown too. */
    private void run(org.eclipse.emf.common.command.Command command) {
        reset();
        session.commandStack().execute(command);
        DemoDiagram.processEvents();
        DemoDiagram.waitUntil("the analysis of the edit is there",
                () -> org.factcheck.diagram.internal.analysis.CaseAnalyses.of(session).isCurrent());
        DemoDiagram.processEvents();
    }

    private void reset() {
        invalidated.clear();
        placed.clear();
    }
}
