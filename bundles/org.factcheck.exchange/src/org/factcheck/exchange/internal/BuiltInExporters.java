package org.factcheck.exchange.internal;

import java.util.List;

import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.ExporterOption;
import org.factcheck.core.exporters.ExporterProvider;
import org.factcheck.exchange.internal.aif.AifExporter;
import org.factcheck.exchange.internal.claimreview.ClaimReviewExporter;
import org.factcheck.exchange.internal.csv.CsvExporter;
import org.factcheck.exchange.internal.graph.DotExporter;
import org.factcheck.exchange.internal.graph.GraphMlExporter;
import org.factcheck.exchange.internal.html.HtmlReportExporter;
import org.factcheck.exchange.internal.w3c.WebAnnotationExporter;

/**
 * The exporters of this bundle, for use outside OSGi (registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services}). In OSGi they are contributed through {@code plugin.xml}; this list must match it,
 * which a test checks.
 */
public final class BuiltInExporters implements ExporterProvider {

    @Override
    public List<ExporterDescriptor> exporters() {
        return List.of(
                new ExporterDescriptor("org.factcheck.exchange.aif", "Argument Interchange Format (AIF JSON)", "aif",
                        "application/json", "json", List.of(), AifExporter::new),
                new ExporterDescriptor("org.factcheck.exchange.claimreview", "ClaimReview (schema.org JSON-LD)",
                        "claimreview", "application/ld+json", "jsonld", List.of(
                                new ExporterOption("publisher", "The organisation that publishes the fact checks (ClaimReview author).", true),
                                new ExporterOption("publisher-url", "The publisher's web site, an http(s) URL.", false),
                                new ExporterOption("review-url-base", "The address of the published fact checks; each review's url is this followed by the claim's id (a / is put between them unless the address ends in /, = or #).", true),
                                new ExporterOption("date-published", "The publication date of the reviews (YYYY-MM-DD); by default the day each claim was entered.", false),
                                new ExporterOption("published-only", "true to export only claims whose status is Published.", false)),
                        ClaimReviewExporter::new),
                new ExporterDescriptor("org.factcheck.exchange.csv", "CSV table", "csv", "text/csv", "csv", List.of(
                        new ExporterOption("table", "claims (default): one row per claim with its verdict; evidence: one row per piece of evidence.", false),
                        new ExporterOption("bom", "true to begin the file with a byte order mark, so that spreadsheet software on Windows reads UTF-8 (default false).", false)),
                        CsvExporter::new),
                new ExporterDescriptor("org.factcheck.exchange.dot", "Graphviz DOT of the claim graph", "dot",
                        "text/vnd.graphviz", "dot", List.of(), DotExporter::new),
                new ExporterDescriptor("org.factcheck.exchange.graphml", "GraphML of the claim graph", "graphml",
                        "application/graphml+xml", "graphml", List.of(), GraphMlExporter::new),
                new ExporterDescriptor("org.factcheck.exchange.html", "HTML report", "html", "text/html", "html", List.of(
                        new ExporterOption("publisher", "The newsroom named in the report's header.", false),
                        new ExporterOption("date", "The date of the report shown in its header, for example 2026-11-22.", false)),
                        HtmlReportExporter::new),
                new ExporterDescriptor("org.factcheck.exchange.w3c", "W3C Web Annotations (JSON-LD)", "w3c",
                        "application/ld+json", "jsonld", List.of(), WebAnnotationExporter::new));
    }
}
