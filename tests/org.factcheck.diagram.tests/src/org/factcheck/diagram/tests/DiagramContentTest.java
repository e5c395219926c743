package org.factcheck.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.factcheck.core.analysis.ArgumentLabel;
import org.factcheck.core.analysis.Finding.Severity;
import org.factcheck.diagram.internal.figures.ClaimView;
import org.factcheck.diagram.internal.figures.DiagramStyle;
import org.factcheck.diagram.internal.figures.RelationFigure;
import org.factcheck.diagram.internal.parts.ClaimPart;
import org.factcheck.diagram.internal.parts.RelationPart;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Polarity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the demo case's diagram shows when it opens. */
class DiagramContentTest {

    @TempDir
    Path temp;

    private DemoDiagram demo;

    @BeforeEach
    void open() throws Exception {
        demo = DemoDiagram.open(temp);
    }

    @AfterEach
    void close() {
        DemoDiagram.page().closeAllEditors(false);
    }

    @Test
    void theDiagramHasANodePerClaimAndAConnectionPerRelation() {
        List<ClaimPart> parts = demo.editor.diagramPart().claimParts();
        assertEquals(demo.caseFile().getClaims(), parts.stream().map(ClaimPart::claim).toList());
        for (ClaimPart part : parts) {
            Rectangle bounds = part.figure().getBounds();
            assertTrue(part.figure().isVisible() && bounds.width > 100 && bounds.height > 50, "a visible box: " + bounds);
        }
        for (ClaimRelation relation : demo.caseFile().getRelations()) {
            RelationPart part = demo.part(relation);
            assertNotNull(part, "a connection for " + relation.getRationale());
            assertEquals(demo.part(relation.getSource()), part.getSource());
            assertEquals(demo.part(relation.getTarget()), part.getTarget());
            assertTrue(part.figure().getPoints().size() >= 2);
        }
        long connections = parts.stream().mapToLong(p -> p.getSourceConnections().size()).sum();
        assertEquals(demo.caseFile().getRelations().size(), connections);
    }

    @Test
    void consultingOnTheBordersIsDrawnContradictingTheirFinalAccession() {
        Claim consult = demo.claim("We will continue consultations");
        Claim finalised = demo.claim("Under Russian law the accession");
        ClaimRelation relation = demo.caseFile().getRelations().stream()
                .filter(r -> r.getSource() == consult && r.getTarget() == finalised).findFirst().orElseThrow();
        RelationFigure line = demo.part(relation).figure();
        assertEquals(Polarity.ATTACK, line.polarity());
        assertEquals("contradicts", line.labelText());
        assertEquals(SWT.LINE_DASH, line.getLineStyle(), "contradictions are dashed");
        assertEquals(DiagramStyle.colour(DiagramStyle.ATTACK), line.getForegroundColor(), "and red");

        ClaimRelation support = demo.caseFile().getRelations().stream()
                .filter(r -> r.getKind().getPolarity() == Polarity.SUPPORT).findFirst().orElseThrow();
        RelationFigure supportLine = demo.part(support).figure();
        assertEquals("supports", supportLine.labelText());
        assertEquals(SWT.LINE_SOLID, supportLine.getLineStyle(), "support is a solid line");
        assertEquals(DiagramStyle.colour(DiagramStyle.SUPPORT), supportLine.getForegroundColor(), "and green");
        PolygonDecoration arrow = (PolygonDecoration) supportLine.endDecoration();
        PolygonDecoration bar = (PolygonDecoration) line.endDecoration();
        assertEquals(3, arrow.getPoints().size(), "supports ends in an arrow head");
        assertEquals(4, bar.getPoints().size(), "contradicts ends in a bar");
    }

    @Test
    void aClaimsBoxShowsStatementClaimantVerdictCountsAndWhetherItStands() {
        Claim consult = demo.claim("We will continue consultations");
        ClaimView view = demo.part(consult).figure().view();
        assertEquals(consult.getStatement(), view.statement());
        assertEquals("— Dmitry Peskov, 2022-10-03", view.who());
        assertEquals("Unverifiable", view.verdict());
        assertEquals(DiagramStyle.rgb(consult.getVerdict().getColor(), null), view.verdictColour());
        assertEquals("3 quotes · 0 evidence", view.counts());
        assertEquals(ArgumentLabel.IN, view.label());
        assertEquals(Severity.INFO, view.severity(), "an unverifiable verdict without evidence is noted");
        String tooltip = ((org.eclipse.draw2d.Label) demo.part(consult).figure().getToolTip()).getText();
        assertTrue(tooltip.contains("Problems:") && tooltip.contains("Verdict: Unverifiable — A statement of intent"), tooltip);
        List<String> lines = demo.part(consult).figure().statementLines();
        assertTrue(lines.size() >= 2, "the statement is wrapped: " + lines);
        assertEquals(consult.getStatement(), String.join(" ", lines), "and shown in full");

        ClaimView finalised = demo.part(demo.claim("Under Russian law the accession")).figure().view();
        assertEquals(ArgumentLabel.OUT, finalised.label(), "the accession being final falls to the consultations");
        assertEquals("No verdict", finalised.verdict());
        assertNull(finalised.severity());
        String why = ((org.eclipse.draw2d.Label) demo.part(demo.claim("Under Russian law the accession")).figure()
                .getToolTip()).getText().replace('\n', ' ');
        assertTrue(why.contains("Argumentation — Falls: “We will continue consultations"), "which claim defeats it: " + why);
        assertTrue(why.contains("(rated Unverifiable) contradict it and stand."), "with their verdicts: " + why);

        // "Russia has no plans to take more territory" is rated Mostly false: the claims it contradicts stand
        Claim forever = demo.claim("The annexed regions will be with Russia forever");
        assertEquals(ArgumentLabel.IN, demo.part(forever).figure().view().label());
        String standing = ((org.eclipse.draw2d.Label) demo.part(forever).figure().getToolTip()).getText().replace('\n', ' ');
        assertTrue(standing.contains("a claim rated false cannot defeat another") && standing.contains(
                "Without the verdicts it would fall"), standing);
    }

    @Test
    void evidenceAndSourcesAreShownOnDemand() {
        Claim retreat = demo.claim("Russian forces have been forced to retreat");
        ClaimPart part = demo.part(retreat);
        int before = part.figure().getBounds().height;
        assertEquals(1, part.figure().view().evidence().size());
        assertTrue(part.figure().view().evidence().get(0).text().contains("Associated Press"),
                part.figure().view().evidence().get(0).text());
        demo.editor.setShowEvidence(true);
        DemoDiagram.processEvents();
        assertTrue(part.figure().getBounds().height > before, "the box grows to show the evidence");
        demo.editor.setShowEvidence(false);
        DemoDiagram.processEvents();
        assertEquals(before, part.figure().getBounds().height);
    }

    @Test
    void theDemosGridPositionsComeFromTheDiagramNotation() {
        for (ClaimPart part : demo.editor.diagramPart().claimParts()) {
            var node = demo.editor.content().nodeOf(part.claim());
            assertNotNull(node, "the demo diagram has a node for every claim");
            Rectangle bounds = part.figure().getBounds();
            assertEquals(node.getX(), bounds.x);
            assertEquals(node.getY(), bounds.y);
            assertEquals(node.getWidth(), bounds.width);
        }
        assertTrue(demo.editor.content().pending().isEmpty());
    }
}
