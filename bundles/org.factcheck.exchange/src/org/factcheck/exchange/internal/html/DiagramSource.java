package org.factcheck.exchange.internal.html;

import java.util.Optional;

import org.factcheck.model.CaseFile;

/**
 * Where the HTML report gets its argument diagram from. The report's own is {@link ClaimGraphDiagram} (the claim
 * graph laid out by ELK and drawn by {@code org.factcheck.core.layout.SvgDiagramWriter}); tests pass others to
 * {@link HtmlReportExporter#HtmlReportExporter(DiagramSource)}.
 */
@FunctionalInterface
interface DiagramSource {

    /**
     * Renders the claim graph of a case.
     *
     * @param caseFile the case
     * @return a complete {@code <svg>} element to put inline into the page (with {@code viewBox}; no XML
     *         declaration, no scripts, no references outside itself, ids that do not start with {@code claim-}), or
     *         empty when there is nothing to draw
     */
    Optional<String> svg(CaseFile caseFile);
}
