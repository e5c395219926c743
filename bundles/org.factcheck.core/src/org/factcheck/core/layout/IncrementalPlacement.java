package org.factcheck.core.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.core.internal.layout.Occupancy;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;

/**
 * Places the claims of a graph that have no position yet, never moving those that have one, so that a claim
 * added to a case appears in a diagram the user has arranged without disturbing it.
 * <p>
 * A new claim related to a placed one goes into the nearest free spot beside it, below the claim it supports or
 * contradicts, or above a claim that supports or contradicts it, as {@link LayeredLayout} would have put it. New
 * claims not related to any placed one are laid out among themselves with {@link LayeredLayout} and put below
 * everything else. With nothing placed yet, the whole graph is laid out.
 */
public final class IncrementalPlacement {

    private static final int RING_LIMIT = 12;

    private final double gap;
    private final LayeredLayout layered;

    /** A placement that keeps 40 pixels between boxes. */
    public IncrementalPlacement() {
        this(40);
    }

    /** @param gap the free space to keep between boxes, in pixels */
    public IncrementalPlacement(double gap) {
        this.gap = gap;
        this.layered = new LayeredLayout().withNodeSpacing(gap);
    }

    /**
     * Places the claims of a graph that are not placed yet.
     *
     * @param graph  the graph
     * @param placed the boxes of the claims that already have a position (claims outside the graph are obstacles too)
     * @return a box for each claim of the graph missing from {@code placed}, in graph order; empty if none is missing
     */
    public Map<Claim, Bounds> place(ClaimGraph graph, Map<Claim, Bounds> placed) {
        List<Claim> missing = graph.claims().stream().filter(c -> !placed.containsKey(c)).toList();
        Map<Claim, Bounds> result = new LinkedHashMap<>();
        if (missing.isEmpty()) {
            return result;
        }
        if (placed.isEmpty()) {
            return new LinkedHashMap<>(layered.layout(graph).allBounds());
        }
        Occupancy occupancy = new Occupancy(gap);
        placed.values().forEach(occupancy::add);
        Map<Claim, List<Neighbour>> neighbours = neighbours(graph);
        Map<Claim, Bounds> known = new HashMap<>(placed);

        Deque<Claim> queue = new ArrayDeque<>();
        for (Claim claim : missing) {
            if (neighbours.getOrDefault(claim, List.of()).stream().anyMatch(n -> known.containsKey(n.claim()))) {
                queue.add(claim);
            }
        }
        while (!queue.isEmpty()) {
            Claim claim = queue.poll();
            if (known.containsKey(claim)) {
                continue;
            }
            Neighbour anchor = neighbours.get(claim).stream().filter(n -> known.containsKey(n.claim())).findFirst().orElseThrow();
            Bounds box = besideAnchor(graph.size(claim), known.get(anchor.claim()), anchor.isAbove(), occupancy);
            if (box == null) {
                continue;
            }
            occupancy.add(box);
            known.put(claim, box);
            result.put(claim, box);
            for (Neighbour next : neighbours.getOrDefault(claim, List.of())) {
                if (!known.containsKey(next.claim()) && graph.contains(next.claim())) {
                    queue.add(next.claim());
                }
            }
        }
        List<Claim> rest = missing.stream().filter(c -> !known.containsKey(c)).toList();
        if (!rest.isEmpty()) {
            placeBelow(graph.subgraph(rest), known.values(), result);
        }
        Map<Claim, Bounds> ordered = new LinkedHashMap<>();
        for (Claim claim : missing) {
            ordered.put(claim, result.get(claim));
        }
        return ordered;
    }

    /**
     * The free spot nearest to the one straight below (or above) the anchor: candidates on a grid of box-sized
     * steps, nearer ones first, spots on the anchor's other side only when they are clearly nearer.
     */
    private Bounds besideAnchor(Size size, Bounds anchor, boolean anchorAbove, Occupancy occupancy) {
        double stepX = size.width() + gap;
        double stepY = size.height() + gap;
        double x0 = anchor.center().x() - size.width() / 2;
        double below = anchor.bottom() + gap * 2;
        double above = anchor.y() - gap * 2 - size.height();
        List<double[]> candidates = new ArrayList<>();
        for (int row = 0; row < RING_LIMIT; row++) {
            for (int column = -RING_LIMIT; column <= RING_LIMIT; column++) {
                double cost = Math.abs(column) * stepX + row * stepY + (column < 0 ? 1 : 0);
                double x = x0 + column * stepX;
                candidates.add(new double[] { cost, x, anchorAbove ? below + row * stepY : above - row * stepY });
                candidates.add(new double[] { cost + 6 * stepY, x, anchorAbove ? above - row * stepY : below + row * stepY });
            }
        }
        candidates.sort(java.util.Comparator.comparingDouble(c -> c[0]));
        for (double[] candidate : candidates) {
            Bounds box = new Bounds(candidate[1], candidate[2], size.width(), size.height());
            if (occupancy.isFree(box)) {
                return box;
            }
        }
        return null;
    }

    private void placeBelow(ClaimGraph rest, java.util.Collection<Bounds> taken, Map<Claim, Bounds> result) {
        double left = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Bounds b : taken) {
            left = Math.min(left, b.x());
            bottom = Math.max(bottom, b.bottom());
        }
        GraphLayout block = layered.withPadding(0).layout(rest);
        double dx = left;
        double dy = bottom + gap * 2;
        block.allBounds().forEach((claim, box) -> result.put(claim, box.translate(dx, dy)));
    }

    private static Map<Claim, List<Neighbour>> neighbours(ClaimGraph graph) {
        Map<Claim, List<Neighbour>> neighbours = new HashMap<>();
        for (ClaimRelation relation : graph.relations()) {
            // The target of a relation is drawn above its source.
            neighbours.computeIfAbsent(relation.getSource(), c -> new ArrayList<>()).add(new Neighbour(relation.getTarget(), true));
            neighbours.computeIfAbsent(relation.getTarget(), c -> new ArrayList<>()).add(new Neighbour(relation.getSource(), false));
        }
        return neighbours;
    }

    private record Neighbour(Claim claim, boolean isAbove) {
    }
}
