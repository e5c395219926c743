/**
 * Laying out a case's claim graph and drawing it, without any user interface.
 * <p>
 * A {@link org.factcheck.core.layout.ClaimGraph} is the graph to lay out: the claims of a case with the size of
 * their boxes, and the relations between them. {@link org.factcheck.core.layout.LayeredLayout} places it with the
 * Eclipse Layout Kernel's layered algorithm (claims that are supported or contradicted above the claims that
 * support or contradict them); {@link org.factcheck.core.layout.IncrementalPlacement} places only the claims that
 * have no position yet, next to their neighbours, without moving the others. Both give a
 * {@link org.factcheck.core.layout.GraphLayout}: a box per claim and a route per relation, which
 * {@link org.factcheck.core.layout.SvgDiagramWriter} writes as a self-contained SVG image for reports and
 * articles. An HTML report embeds the argument diagram of a case with
 * <pre>
 * GraphLayout layout = new LayeredLayout().layout(ClaimGraph.of(caseFile, NodeSizer.estimated()));
 * String svg = new SvgDiagramWriter().withAnalysis(ArgumentAnalysis.analyze(caseFile)).toSvgElement(layout);
 * </pre>
 * <p>
 * Coordinates are in pixels, x to the right and y downwards. Works inside OSGi (the ELK layered algorithm's
 * metadata is registered on first use) and on a plain class path.
 */
package org.factcheck.core.layout;
