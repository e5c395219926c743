package org.factcheck.exchange.internal.html;

import java.util.Optional;

import org.factcheck.model.CaseFile;

/**
 * The seam through which the HTML report gets its argument diagram as SVG.
 * <p>
 * The UI-free layout and SVG writer of the claim graph ({@code org.factcheck.core.layout}, ELK) is being written
 * separately. Until it is on main, {@link #NONE} is used and the report shows the relations as a list instead of a
 * picture. When it lands, implement this interface with it (lay out the claim graph, write the SVG) and pass the
 * implementation to {@link HtmlReportExporter#HtmlReportExporter(DiagramSource)} from the no-argument constructor.
 */
@FunctionalInterface
interface DiagramSource {

    /** No diagram: the report leaves the picture out. */
    DiagramSource NONE = caseFile -> Optional.empty();

    /**
     * Renders the claim graph of a case.
     *
     * @param caseFile the case
     * @return a complete {@code <svg>} element (with {@code viewBox}, no XML declaration, no scripts), or empty
     *         when no diagram can be drawn
     */
    Optional<String> svg(CaseFile caseFile);
}
