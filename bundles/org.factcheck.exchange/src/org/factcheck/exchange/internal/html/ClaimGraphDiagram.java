package org.factcheck.exchange.internal.html;

import java.util.Optional;

import org.factcheck.core.analysis.ArgumentAnalysis;
import org.factcheck.core.layout.ClaimGraph;
import org.factcheck.core.layout.LayeredLayout;
import org.factcheck.core.layout.NodeSizer;
import org.factcheck.core.layout.SvgDiagramWriter;
import org.factcheck.model.CaseFile;

/**
 * The report's argument diagram: every claim of the case and the relations between them, laid out in layers by
 * {@link LayeredLayout} (claims that are supported or contradicted above those that support or contradict them)
 * in boxes sized by {@link NodeSizer#estimated()}, and drawn by {@link SvgDiagramWriter} with the marks of the
 * consistency analysis (whether each claim stands, falls or is undecided, and a mark where the analysis found a
 * problem). Each box links to the claim's section of the report ({@code #claim-<id>}); the image's own ids start
 * with {@code fc-}, so they do not clash with the page's. A case without claims has no diagram.
 * <p>
 * The layout is made anew for the report, as the diagram editor's Arrange Automatically would make it; the
 * positions of the case's stored diagrams are not used, so every claim is in the picture.
 */
final class ClaimGraphDiagram implements DiagramSource {

    @Override
    public Optional<String> svg(CaseFile caseFile) {
        ClaimGraph graph = ClaimGraph.of(caseFile, NodeSizer.estimated());
        if (graph.claims().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SvgDiagramWriter().withAnalysis(ArgumentAnalysis.analyze(caseFile))
                .withLinks(claim -> claim.getId() == null ? null : "#claim-" + claim.getId())
                .toSvgElement(new LayeredLayout().layout(graph)));
    }
}
