package org.factcheck.core.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.factcheck.core.layout.Bounds;
import org.factcheck.core.layout.ClaimGraph;
import org.factcheck.core.layout.GraphLayout;
import org.factcheck.core.layout.Point;
import org.factcheck.core.layout.Size;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;

/**
 * Runs the Eclipse Layout Kernel's layered algorithm on a {@link ClaimGraph}.
 * <p>
 * ELK finds its algorithms through {@code java.util.ServiceLoader}, which inside OSGi does not look into other
 * bundles: the layered algorithm's metadata is therefore registered here, once, if ELK does not know it yet.
 */
public final class ElkLayered {

    /** Spacing and direction of a layered layout. */
    public record Options(double nodeSpacing, double layerSpacing, double padding, Direction direction) {
    }

    /** Graphs with more claims than this are laid out with the quicker settings. */
    public static final int LARGE = 200;

    private ElkLayered() {
    }

    /** Makes the layered algorithm known to ELK's metadata service, once. */
    public static synchronized void register() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
    }

    /**
     * Lays out a graph.
     *
     * @param graph   the graph
     * @param options spacing and direction
     * @return a box per claim and a route per relation, the drawing's top-left corner at (padding, padding)
     */
    public static GraphLayout layout(ClaimGraph graph, Options options) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, options.direction());
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(options.padding()));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, options.nodeSpacing());
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, options.nodeSpacing());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, options.layerSpacing());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, options.layerSpacing() / 4);
        if (graph.claims().size() > LARGE) {
            // Large cases: one pass of crossing minimisation and simple node placement keep the layout quick and the
            // drawing compact (Brandes-Koepf straightens long edges at the price of a drawing several times wider).
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
            root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
        }

        Map<Claim, ElkNode> nodes = new LinkedHashMap<>();
        for (Claim claim : graph.claims()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            Size size = graph.size(claim);
            node.setDimensions(size.width(), size.height());
            nodes.put(claim, node);
        }
        Map<ClaimRelation, ElkEdge> edges = new LinkedHashMap<>();
        for (ClaimRelation relation : graph.relations()) {
            edges.put(relation, ElkGraphUtil.createSimpleEdge(nodes.get(relation.getSource()), nodes.get(relation.getTarget())));
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<Claim, Bounds> bounds = new HashMap<>();
        nodes.forEach((claim, node) -> bounds.put(claim, new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight())));
        Map<ClaimRelation, List<Point>> routes = new HashMap<>();
        edges.forEach((relation, edge) -> routes.put(relation, route(edge, bounds.get(relation.getSource()),
                bounds.get(relation.getTarget()))));
        return new GraphLayout(graph, ordered(graph, bounds), routes);
    }

    private static List<Point> route(ElkEdge edge, Bounds from, Bounds to) {
        List<Point> points = new ArrayList<>();
        if (edge.getSections().isEmpty()) {
            points.add(from.borderPoint(to.center()));
            points.add(to.borderPoint(from.center()));
            return points;
        }
        ElkEdgeSection section = edge.getSections().get(0);
        points.add(new Point(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new Point(bend.getX(), bend.getY()));
        }
        points.add(new Point(section.getEndX(), section.getEndY()));
        return points;
    }

    private static Map<Claim, Bounds> ordered(ClaimGraph graph, Map<Claim, Bounds> bounds) {
        Map<Claim, Bounds> ordered = new LinkedHashMap<>();
        for (Claim claim : graph.claims()) {
            ordered.put(claim, bounds.get(claim));
        }
        return ordered;
    }
}
