package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.factcheck.core.CaseStore;
import org.factcheck.core.layout.Bounds;
import org.factcheck.core.layout.ClaimGraph;
import org.factcheck.core.layout.GraphLayout;
import org.factcheck.core.layout.IncrementalPlacement;
import org.factcheck.core.layout.LayeredLayout;
import org.factcheck.core.layout.NodeSizer;
import org.factcheck.core.layout.Point;
import org.factcheck.core.layout.Size;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.testing.ArgumentCases;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** Layered layout with ELK inside OSGi, and placing new claims without moving the others. */
class ClaimLayoutTest {

    private static CaseFile demo() throws Exception {
        return (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
    }

    private static void assertNoOverlaps(Map<Claim, Bounds> boxes) {
        List<Map.Entry<Claim, Bounds>> all = List.copyOf(boxes.entrySet());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(all.get(i).getValue().overlaps(all.get(j).getValue(), 0),
                        all.get(i).getKey().getStatement() + " overlaps " + all.get(j).getKey().getStatement());
            }
        }
    }

    private static void assertOnBorder(Point point, Bounds box) {
        boolean onVertical = (Math.abs(point.x() - box.x()) < 1.5 || Math.abs(point.x() - box.right()) < 1.5)
                && point.y() >= box.y() - 1.5 && point.y() <= box.bottom() + 1.5;
        boolean onHorizontal = (Math.abs(point.y() - box.y()) < 1.5 || Math.abs(point.y() - box.bottom()) < 1.5)
                && point.x() >= box.x() - 1.5 && point.x() <= box.right() + 1.5;
        assertTrue(onVertical || onHorizontal, point + " is on the border of " + box);
    }

    @Test
    void elkRunsInsideOsgiWithTheLayeredAlgorithmRegistered() throws Exception {
        assertNotNull(FrameworkUtil.getBundle(LayeredOptions.class), "ELK is loaded as an OSGi bundle here");
        new LayeredLayout().layout(ClaimGraph.of(demo(), NodeSizer.estimated()));
        assertNotNull(LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID));
    }

    @Test
    void theDemoIsLaidOutInLayersWithoutOverlapsContestedClaimsAbove() throws Exception {
        CaseFile demo = demo();
        ClaimGraph graph = ClaimGraph.of(demo, NodeSizer.estimated());
        GraphLayout layout = new LayeredLayout().layout(graph);
        assertEquals(demo.getClaims().size(), layout.allBounds().size());
        assertNoOverlaps(layout.allBounds());
        for (Claim claim : demo.getClaims()) {
            Bounds box = layout.bounds(claim);
            assertEquals(graph.size(claim).width(), box.width());
            assertEquals(graph.size(claim).height(), box.height());
            assertTrue(box.x() >= 30 && box.y() >= 30, "inside the padding: " + box);
        }
        for (ClaimRelation relation : demo.getRelations()) {
            Bounds source = layout.bounds(relation.getSource());
            Bounds target = layout.bounds(relation.getTarget());
            assertTrue(target.bottom() < source.y(), "the target of '" + relation.getRationale() + "' is above its source");
            List<Point> route = layout.route(relation);
            assertOnBorder(route.get(0), source);
            assertOnBorder(route.get(route.size() - 1), target);
        }
    }

    @Test
    void cyclesAndSelfRelationsAreLaidOutToo() {
        ArgumentCases g = ArgumentCases.create();
        var a = g.claim("a");
        var b = g.claim("b");
        var c = g.claim("c");
        g.supports(a, b);
        g.supports(b, c);
        g.contradicts(c, a);
        ClaimRelation self = g.supports(a, a);
        GraphLayout layout = new LayeredLayout().layout(ClaimGraph.of(g.caseFile(), NodeSizer.estimated()));
        assertNoOverlaps(layout.allBounds());
        assertTrue(layout.route(self).size() >= 2);
    }

    @Test
    void relationsWithoutBothEndsInTheGraphAreLeftOut() {
        ArgumentCases g = ArgumentCases.create();
        var a = g.claim("a");
        var b = g.claim("b");
        ClaimRelation kept = g.supports(a, b);
        g.supports(a, b).setTarget(null);
        g.contradicts(a, b).setKind(null);
        ClaimGraph graph = ClaimGraph.of(g.caseFile(), NodeSizer.estimated());
        assertEquals(List.of(kept), graph.relations());
        assertEquals(List.of(a), graph.subgraph(List.of(a)).claims());
        assertEquals(List.of(), graph.subgraph(List.of(a)).relations());
    }

    @Test
    void estimatedBoxesGrowWithTheStatement() {
        ArgumentCases g = ArgumentCases.create();
        Size small = NodeSizer.estimated().sizeOf(g.claim("Short."));
        Size large = NodeSizer.estimated().sizeOf(g.claim("A much longer statement that needs several lines of text "
                + "to be read in full, as statements quoted from articles often do."));
        assertEquals(small.width(), large.width());
        assertTrue(large.height() > small.height() + 30, small + " vs " + large);
    }

    @Test
    void aNewClaimGoesBesideItsNeighbourAndNothingElseMoves() throws Exception {
        CaseFile demo = demo();
        GraphLayout arranged = new LayeredLayout().layout(ClaimGraph.of(demo, NodeSizer.estimated()));
        Map<Claim, Bounds> placed = new LinkedHashMap<>(arranged.allBounds());
        Claim finalised = demo.getClaims().stream().filter(c -> c.getStatement().startsWith("Under Russian law")).findFirst()
                .orElseThrow();
        Claim added = org.factcheck.model.CaseFactory.eINSTANCE.createClaim();
        added.setStatement("The borders will be set by the Russian parliament.");
        demo.getClaims().add(added);
        ClaimRelation relation = org.factcheck.model.CaseFactory.eINSTANCE.createClaimRelation();
        relation.setSource(added);
        relation.setTarget(finalised);
        relation.setKind(demo.getRelationKinds().get(0));
        demo.getRelations().add(relation);

        Map<Claim, Bounds> result = new IncrementalPlacement().place(ClaimGraph.of(demo, NodeSizer.estimated()), placed);
        assertEquals(List.of(added), List.copyOf(result.keySet()), "only the new claim is placed");
        Bounds box = result.get(added);
        Map<Claim, Bounds> all = new LinkedHashMap<>(placed);
        all.put(added, box);
        assertNoOverlaps(all);
        Bounds target = placed.get(finalised);
        assertTrue(box.y() > target.bottom(), "below the claim it supports");
        assertTrue(Math.abs(box.center().x() - target.center().x()) < 3 * (box.width() + 40)
                && box.y() - target.bottom() < 4 * (box.height() + 40), "near it: " + box + " / " + target);
    }

    @Test
    void unrelatedNewClaimsGoBelowEverythingElse() {
        ArgumentCases g = ArgumentCases.create();
        Claim a = g.claim("a");
        Claim b = g.claim("b");
        Claim c = g.claim("c");
        Claim d = g.claim("d");
        g.supports(c, d);
        Map<Claim, Bounds> placed = Map.of(a, new Bounds(100, 100, 240, 100), b, new Bounds(400, 300, 240, 100));
        Map<Claim, Bounds> result = new IncrementalPlacement().place(ClaimGraph.of(g.caseFile(), NodeSizer.estimated()), placed);
        assertEquals(List.of(c, d), List.copyOf(result.keySet()));
        for (Bounds box : result.values()) {
            assertTrue(box.y() >= 400, "below the placed claims: " + box);
            assertTrue(box.x() >= 100, "from their left edge on: " + box);
        }
        assertTrue(result.get(d).bottom() < result.get(c).y(), "laid out among themselves, the supported claim above");
    }

    @Test
    void withNothingPlacedTheWholeGraphIsLaidOut() throws Exception {
        CaseFile demo = demo();
        ClaimGraph graph = ClaimGraph.of(demo, NodeSizer.estimated());
        Map<Claim, Bounds> result = new IncrementalPlacement().place(graph, Map.of());
        assertEquals(new LayeredLayout().layout(graph).allBounds(), result);
    }

    @Test
    void straightLayoutsJoinTheBordersOfTheBoxes() {
        ArgumentCases g = ArgumentCases.create();
        Claim a = g.claim("a");
        Claim b = g.claim("b");
        ClaimRelation ab = g.contradicts(a, b);
        ClaimGraph graph = ClaimGraph.of(g.caseFile(), NodeSizer.estimated());
        Bounds boxA = new Bounds(0, 300, 200, 100);
        Bounds boxB = new Bounds(0, 0, 200, 100);
        GraphLayout layout = GraphLayout.straight(graph, Map.of(a, boxA, b, boxB));
        assertEquals(List.of(new Point(100, 300), new Point(100, 100)), layout.route(ab));
        assertEquals(new Bounds(0, 0, 200, 400), layout.extent());
    }
}
