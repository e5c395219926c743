package org.factcheck.exchange.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.CaseStore;
import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.core.exporters.Exporters;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Polarity;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report embeds its argument diagram as one inline SVG: by default the claim graph drawn by
 * {@link ClaimGraphDiagram}, a box per claim linking to the claim's section and a line per relation; no diagram for
 * a case without claims; what the case says is escaped inside the picture as everywhere else.
 */
class HtmlReportDiagramTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private CaseFile demo;

    @BeforeEach
    void load() throws Exception {
        demo = (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
    }

    @Test
    void theContributedExporterDrawsEveryClaimAndRelationOfTheDemo() throws Exception {
        String html = export(Exporters.getDefault().forFormat("html").orElseThrow().exporter(), demo);
        assertEquals(1, occurrences(html, "<svg"), "exactly one inline diagram");
        assertEquals(1, occurrences(html, "</svg>"));
        int figure = html.indexOf("<figure class=\"diagram\"><svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertTrue(figure > html.indexOf("<h2>How the statements relate</h2>") && figure < html.indexOf("<h2>Claims</h2>"),
                "the diagram is in the argument map's section");
        Document svg = svg(html);
        List<Element> boxes = groups(svg, "claim");
        assertEquals(demo.getClaims().size(), boxes.size(), "a box per claim");
        assertEquals(demo.getRelations().size(), groups(svg, "relation").size(), "a line per relation");
        assertEquals(demo.getRelations().stream().filter(r -> r.getKind().getPolarity() == Polarity.ATTACK).count(),
                groups(svg, "attack").size());
        for (int i = 0; i < boxes.size(); i++) {
            Claim claim = demo.getClaims().get(i);
            Element box = boxes.get(i);
            assertEquals("fc-claim-" + claim.getId(), box.getAttribute("id"));
            Element link = (Element) box.getParentNode();
            assertEquals("a", link.getLocalName(), "each box is a link");
            assertEquals("#claim-" + claim.getId(), link.getAttribute("href"));
            assertTrue(html.contains("<article class=\"claim\" id=\"claim-" + claim.getId() + "\""), "… to the claim's section");
            String words = box.getTextContent();
            assertTrue(words.contains(claim.getVerdict() == null ? "No verdict" : claim.getVerdict().getLabel()), words);
            assertTrue(words.matches("(?s).*(stands|falls|undecided).*"), "the analysis' label: " + words);
        }
        assertTrue(html.contains("</svg>\n<figcaption>"), "the picture is explained");
    }

    @Test
    void aCaseWithoutClaimsHasNoDiagram() throws Exception {
        CaseFile empty = CaseFiles.newCase("Nothing said yet");
        assertEquals(Optional.empty(), new ClaimGraphDiagram().svg(empty), "no diagram, not an empty picture");
        String html = export(new HtmlReportExporter(), empty);
        assertFalse(html.contains("<svg"), html);
        assertFalse(html.contains("<figure"), html);
        assertTrue(new ClaimGraphDiagram().svg(demo).isPresent());
    }

    @Test
    void whatTheCaseSaysIsEscapedInsideThePicture() throws Exception {
        Claim claim = demo.getClaims().get(0);
        claim.setStatement("Ends </svg> then <script>alert('statement')</script> & <img src=\"https://example.org/x.png\">");
        claim.getVerdict().setLabel("<b onmouseover=\"alert(1)\">True</b>");
        claim.getVerdict().setColor("red\" onload=\"alert(1)");
        demo.getRelations().get(0).getKind().setLabel("<a href=\"https://example.org\">contradicts</a>");
        String html = export(new HtmlReportExporter(), demo);
        assertFalse(html.contains("<script") || html.contains("<img") || html.contains("onload=\"")
                || html.contains("onmouseover=\"") || html.contains("<b "), "markup in the case stays text");
        assertTrue(html.contains("&lt;b onmouseover=&quot;alert(1)&quot;&gt;True&lt;/b&gt;"), "… shown as written");
        assertFalse(html.contains("href=\"https://example.org\""));
        assertEquals(1, occurrences(html, "</svg>"));
        Document svg = svg(html);
        String words = groups(svg, "claim").get(0).getTextContent().replaceAll("\\s", "");
        assertTrue(words.contains(claim.getStatement().replaceAll("\\s", "")), "the statement as it was written: " + words);
        assertTrue(words.contains(claim.getVerdict().getLabel().replaceAll("\\s", "")), words);
    }

    @Test
    void svgFromAnotherDiagramSourceIsEmbeddedAsGiven() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>";
        String with = export(new HtmlReportExporter(c -> c == demo ? Optional.of(svg) : Optional.empty()), demo);
        assertTrue(with.contains("<figure class=\"diagram\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" "
                + "role=\"img\"><title>Argument diagram of “" + demo.getTitle() + "”</title><rect width=\"10\" height=\"10\"/>"
                + "</svg><figcaption>"), "embedded as given, named as an image: " + with);
        String without = export(new HtmlReportExporter(c -> Optional.empty()), demo);
        assertFalse(without.contains("<figure"));
        assertTrue(without.contains("<ul class=\"relations\">"), "the relations are listed either way");
    }

    private static String export(CaseExporter exporter, CaseFile c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(new ExportContext(c, null, Map.of()), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Parses the page's {@code <svg>} element as the XML it must be. */
    private static Document svg(String html) throws Exception {
        String element = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(element.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> groups(Document svg, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (List.of(g.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(g);
            }
        }
        return found;
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
