package org.factcheck.core.layout;

import org.factcheck.core.internal.layout.TextWrap;
import org.factcheck.model.Claim;

/**
 * Tells how large a claim's box is. A user interface measures its figures; without one,
 * {@link #estimated()} estimates the box {@link SvgDiagramWriter} draws.
 */
@FunctionalInterface
public interface NodeSizer {

    /** Width of an estimated box, in pixels. */
    double WIDTH = 240;

    /**
     * Returns the size of a claim's box.
     *
     * @param claim the claim
     * @return its box's size
     */
    Size sizeOf(Claim claim);

    /**
     * Estimates the boxes {@link SvgDiagramWriter} draws: {@value #WIDTH} pixels wide, holding the verdict, the
     * statement (at most seven lines of 12-pixel sans-serif text) and who said it when.
     *
     * @return the estimating sizer
     */
    static NodeSizer estimated() {
        return claim -> {
            int lines = Math.max(1, TextWrap.wrap(claim.getStatement(), SvgDiagramWriter.CHARS_PER_LINE,
                    SvgDiagramWriter.MAX_STATEMENT_LINES).size());
            return new Size(WIDTH, SvgDiagramWriter.HEADER + lines * SvgDiagramWriter.LINE_HEIGHT + SvgDiagramWriter.FOOTER);
        };
    }
}
