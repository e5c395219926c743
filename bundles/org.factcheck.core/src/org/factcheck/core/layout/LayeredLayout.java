package org.factcheck.core.layout;

import org.eclipse.elk.core.options.Direction;
import org.factcheck.core.internal.layout.ElkLayered;

/**
 * Lays out a claim graph in layers with the Eclipse Layout Kernel's layered algorithm (Sugiyama style): the
 * claims a relation points to are placed above the claims it comes from, so a contested statement sits above
 * the statements that support or contradict it; crossings are kept few and relations are drawn as polylines
 * around the boxes. Cycles are allowed. Graphs of more than 200 claims get one pass of crossing minimisation and
 * simple node placement, which keeps thousands of claims quick to lay out and the drawing compact.
 * <p>
 * Instances are immutable and can be shared; the setters return a new layout.
 */
public final class LayeredLayout {

    private final double nodeSpacing;
    private final double layerSpacing;
    private final double padding;

    /** A layout with 40 pixels between neighbouring boxes, 90 between layers and 30 around the drawing. */
    public LayeredLayout() {
        this(40, 90, 30);
    }

    private LayeredLayout(double nodeSpacing, double layerSpacing, double padding) {
        this.nodeSpacing = nodeSpacing;
        this.layerSpacing = layerSpacing;
        this.padding = padding;
    }

    /**
     * @param pixels the space between neighbouring boxes of a layer
     * @return a layout that uses that spacing
     */
    public LayeredLayout withNodeSpacing(double pixels) {
        return new LayeredLayout(pixels, layerSpacing, padding);
    }

    /**
     * @param pixels the space between layers, where the relations' labels go
     * @return a layout that uses that spacing
     */
    public LayeredLayout withLayerSpacing(double pixels) {
        return new LayeredLayout(nodeSpacing, pixels, padding);
    }

    /**
     * @param pixels the space left free around the drawing
     * @return a layout that uses that padding
     */
    public LayeredLayout withPadding(double pixels) {
        return new LayeredLayout(nodeSpacing, layerSpacing, pixels);
    }

    /**
     * Lays out a graph.
     *
     * @param graph the graph
     * @return a box per claim and a route per relation; the drawing starts at (padding, padding)
     */
    public GraphLayout layout(ClaimGraph graph) {
        return ElkLayered.layout(graph, new ElkLayered.Options(nodeSpacing, layerSpacing, padding, Direction.UP));
    }
}
