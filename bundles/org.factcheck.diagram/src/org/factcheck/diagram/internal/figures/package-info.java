/**
 * Draw2d figures of the argument diagram: a claim's box, a relation's line, and the colours and fonts they share.
 * Figures know nothing of the model; edit parts give them a {@link org.factcheck.diagram.internal.figures.ClaimView}
 * to show.
 */
package org.factcheck.diagram.internal.figures;
