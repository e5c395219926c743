package org.factcheck.core.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;

/**
 * A laid-out claim graph: a box for every claim and a route (start, bend points, end) for every relation.
 */
public final class GraphLayout {

    private final ClaimGraph graph;
    private final Map<Claim, Bounds> bounds;
    private final Map<ClaimRelation, List<Point>> routes;

    /**
     * Creates a layout.
     *
     * @param graph  the graph laid out
     * @param bounds a box for every claim of the graph
     * @param routes a route of at least two points for every relation of the graph
     * @throws IllegalArgumentException if a claim has no box or a relation no route
     */
    public GraphLayout(ClaimGraph graph, Map<Claim, Bounds> bounds, Map<ClaimRelation, List<Point>> routes) {
        this.graph = graph;
        this.bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
        this.routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
        for (Claim claim : graph.claims()) {
            if (!bounds.containsKey(claim)) {
                throw new IllegalArgumentException("No box for the claim " + claim.getStatement());
            }
        }
        for (ClaimRelation relation : graph.relations()) {
            List<Point> route = routes.get(relation);
            if (route == null || route.size() < 2) {
                throw new IllegalArgumentException("No route for a relation of the graph");
            }
        }
    }

    /**
     * A layout of given boxes with every relation drawn as a straight line between the borders of its ends' boxes,
     * as a diagram with the user's own positions shows it.
     *
     * @param graph  the graph
     * @param bounds a box for every claim of the graph
     * @return the layout
     */
    public static GraphLayout straight(ClaimGraph graph, Map<Claim, Bounds> bounds) {
        Map<ClaimRelation, List<Point>> routes = new LinkedHashMap<>();
        for (ClaimRelation relation : graph.relations()) {
            Bounds from = bounds.get(relation.getSource());
            Bounds to = bounds.get(relation.getTarget());
            if (from == null || to == null) {
                continue;
            }
            routes.put(relation, List.of(from.borderPoint(to.center()), to.borderPoint(from.center())));
        }
        return new GraphLayout(graph, bounds, routes);
    }

    /** @return the graph laid out */
    public ClaimGraph graph() {
        return graph;
    }

    /**
     * Returns a claim's box.
     *
     * @param claim a claim of the graph
     * @return its box, or {@code null} if it is not in the graph
     */
    public Bounds bounds(Claim claim) {
        return bounds.get(claim);
    }

    /** @return every claim's box, in graph order; unmodifiable */
    public Map<Claim, Bounds> allBounds() {
        return bounds;
    }

    /**
     * Returns a relation's route.
     *
     * @param relation a relation of the graph
     * @return its points from the source's box to the target's box, or {@code null} if it is not in the graph
     */
    public List<Point> route(ClaimRelation relation) {
        return routes.get(relation);
    }

    /**
     * Returns the smallest box around all claims' boxes and routes.
     *
     * @return the extent of the drawing; an empty box at the origin for an empty graph
     */
    public Bounds extent() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Bounds b : bounds.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.right());
            maxY = Math.max(maxY, b.bottom());
        }
        for (List<Point> route : routes.values()) {
            for (Point p : route) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        return minX > maxX ? new Bounds(0, 0, 0, 0) : new Bounds(minX, minY, maxX - minX, maxY - minY);
    }
}
