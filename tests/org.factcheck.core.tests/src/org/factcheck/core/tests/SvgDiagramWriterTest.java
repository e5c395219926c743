package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.factcheck.core.CaseStore;
import org.factcheck.core.analysis.ArgumentAnalysis;
import org.factcheck.core.layout.Bounds;
import org.factcheck.core.layout.ClaimGraph;
import org.factcheck.core.layout.GraphLayout;
import org.factcheck.core.layout.LayeredLayout;
import org.factcheck.core.layout.NodeSizer;
import org.factcheck.core.layout.Point;
import org.factcheck.core.layout.SvgDiagramWriter;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.testing.ArgumentCases;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG of a laid-out graph is well-formed and draws every claim and relation the way the diagram does. */
class SvgDiagramWriterTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> groups(Document svg, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (List.of(g.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(g);
            }
        }
        return found;
    }

    @Test
    void theDemoBecomesAnSvgWithABoxPerClaimAndALinePerRelation() throws Exception {
        CaseFile demo = (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
        GraphLayout layout = new LayeredLayout().layout(ClaimGraph.of(demo, NodeSizer.estimated()));
        String svg = new SvgDiagramWriter().withTitle(demo.getTitle()).toSvg(layout);
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(demo.getTitle(), root.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        assertEquals(demo.getClaims().size(), groups(document, "claim").size());
        assertEquals(demo.getRelations().size(), groups(document, "relation").size());
        long contradictions = demo.getRelations().stream()
                .filter(r -> r.getKind().getPolarity() == org.factcheck.model.Polarity.ATTACK).count();
        assertEquals(contradictions, groups(document, "attack").size());
        assertEquals(demo.getRelations().size() - contradictions, groups(document, "support").size());
        Element attack = groups(document, "attack").get(0);
        Element line = (Element) attack.getElementsByTagNameNS("*", "path").item(0);
        assertEquals("8,4", line.getAttribute("stroke-dasharray"), "contradictions are dashed");
        assertEquals("url(#fc-arrow-attack)", line.getAttribute("marker-end"));
        assertEquals("contradicts", attack.getElementsByTagNameNS("*", "text").item(0).getTextContent());
        Element support = groups(document, "support").get(0);
        assertEquals("", ((Element) support.getElementsByTagNameNS("*", "path").item(0)).getAttribute("stroke-dasharray"));
        assertEquals("supports", support.getElementsByTagNameNS("*", "text").item(0).getTextContent());
        Claim consult = demo.getClaims().get(0);
        Element box = groups(document, "claim").stream().filter(g -> g.getAttribute("id").equals("fc-claim-" + consult.getId()))
                .findFirst().orElseThrow();
        String text = box.getTextContent();
        assertTrue(text.contains("Unverifiable"), "the verdict: " + text);
        assertTrue(text.contains("We will continue consultations"), "the statement: " + text);
        assertTrue(text.contains("Dmitry Peskov, 2022-10-03"), "who said it when: " + text);
        assertTrue(text.contains("3 quotes · 0 evidence"), "appearances and evidence: " + text);
        assertNoLabelCoversABox(document);
    }

    @Test
    void aLabelThatABoxWouldHideMovesAlongItsLine() throws Exception {
        ArgumentCases g = ArgumentCases.create();
        Claim top = g.claim("top");
        Claim between = g.claim("in the way");
        Claim bottom = g.claim("bottom");
        ClaimRelation past = g.contradicts(bottom, top);
        ClaimRelation near = g.supports(between, top);
        Map<Claim, Bounds> boxes = Map.of(top, new Bounds(0, 0, 200, 60), between, new Bounds(0, 150, 200, 60), bottom,
                new Bounds(0, 300, 200, 60));
        GraphLayout layout = new GraphLayout(ClaimGraph.of(g.caseFile(), NodeSizer.estimated()), boxes,
                Map.of(past, List.of(new Point(100, 300), new Point(100, 60)), near, List.of(new Point(100, 150), new Point(100, 60))));
        Document document = parse(new SvgDiagramWriter().toSvg(layout));
        assertNoLabelCoversABox(document);
        Element pastLabel = (Element) groups(document, "attack").get(0).getElementsByTagNameNS("*", "text").item(0);
        assertEquals("100", pastLabel.getAttribute("x"), "still on its line");
        double y = Double.parseDouble(pastLabel.getAttribute("y"));
        assertTrue(y > 210 && y < 300, "between the box in the way and the line's start, not behind the box: " + y);
        Element nearLabel = (Element) groups(document, "support").get(0).getElementsByTagNameNS("*", "text").item(0);
        assertEquals("109", nearLabel.getAttribute("y"), "a label nothing covers stays in the middle of its line");
    }

    /** Every relation's label (its white background) is clear of every claim's box. */
    private static void assertNoLabelCoversABox(Document document) {
        List<Bounds> boxes = new ArrayList<>();
        for (Element claim : groups(document, "claim")) {
            Matcher at = Pattern.compile("translate\\(([-\\d.]+),([-\\d.]+)\\)").matcher(claim.getAttribute("transform"));
            assertTrue(at.matches(), claim.getAttribute("transform"));
            Element frame = (Element) claim.getElementsByTagNameNS("*", "rect").item(0);
            boxes.add(new Bounds(Double.parseDouble(at.group(1)), Double.parseDouble(at.group(2)),
                    Double.parseDouble(frame.getAttribute("width")), Double.parseDouble(frame.getAttribute("height"))));
        }
        for (Element relation : groups(document, "relation")) {
            Element r = (Element) relation.getElementsByTagNameNS("*", "rect").item(0);
            Bounds label = new Bounds(Double.parseDouble(r.getAttribute("x")), Double.parseDouble(r.getAttribute("y")),
                    Double.parseDouble(r.getAttribute("width")), Double.parseDouble(r.getAttribute("height")));
            for (Bounds box : boxes) {
                assertFalse(box.overlaps(label, 0), "the label " + relation.getTextContent() + " at " + label + " covers " + box);
            }
        }
    }

    @Test
    void analysisMarksSayWhatStandsAndWhatFalls() throws Exception {
        ArgumentCases g = ArgumentCases.create();
        Claim a = g.claim("Attacker", "True");
        Claim b = g.claim("Attacked", "True");
        g.contradicts(a, b);
        CaseFile c = g.caseFile();
        GraphLayout layout = new LayeredLayout().layout(ClaimGraph.of(c, NodeSizer.estimated()));
        Document document = parse(new SvgDiagramWriter().withAnalysis(ArgumentAnalysis.analyze(c)).toSvg(layout));
        List<Element> claims = groups(document, "claim");
        assertTrue(claims.get(0).getTextContent().contains("stands"), claims.get(0).getTextContent());
        assertTrue(claims.get(1).getTextContent().contains("falls"), claims.get(1).getTextContent());
        assertEquals(2, groups(document, "finding").size(), "both carry the contradiction between true claims");
    }

    @Test
    void withTheAnalysisMarkTheFooterStillSaysWhoAndWhenInFull() throws Exception {
        CaseFile demo = (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
        GraphLayout layout = new LayeredLayout().layout(ClaimGraph.of(demo, NodeSizer.estimated()));
        Document document = parse(new SvgDiagramWriter().withAnalysis(ArgumentAnalysis.analyze(demo)).toSvg(layout));
        for (Claim claim : demo.getClaims()) {
            String who = claim.getClaimant() == null || claim.getDateSaid() == null ? null
                    : claim.getClaimant().getName() + ", " + claim.getDateSaid();
            if (who != null && who.length() <= 26) { // a name of ordinary length and a date: room enough in a box
                String text = groups(document, "claim").stream().filter(g -> g.getAttribute("id").equals("fc-claim-"
                        + claim.getId())).findFirst().orElseThrow().getTextContent();
                assertTrue(text.contains(who), "not cut short by the stands/falls mark: " + text);
            }
        }
    }

    @Test
    void textIsEscapedAndCharactersXmlCannotHoldAreDropped() throws Exception {
        ArgumentCases g = ArgumentCases.create();
        g.claim("Ministers said \"<never>\" & 'always'\u0001 — 🗺️ Песков");
        GraphLayout layout = new LayeredLayout().layout(ClaimGraph.of(g.caseFile(), NodeSizer.estimated()));
        String svg = new SvgDiagramWriter().withTitle("A & B <c>").toSvg(layout);
        assertTrue(svg.contains("Ministers said &quot;&lt;never&gt;&quot; &amp;"), svg);
        Document document = parse(svg);
        assertEquals("A & B <c>", document.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        String text = groups(document, "claim").get(0).getTextContent();
        assertTrue(text.contains("\"<never>\" &"), text);
        assertTrue(text.contains("'always' — 🗺️ Песков"), text);
        assertTrue(!text.contains("\u0001"));
    }

    @Test
    void theSvgElementAloneCanBeEmbeddedInHtml() throws Exception {
        ArgumentCases g = ArgumentCases.create();
        g.supports(g.claim("a"), g.claim("b"));
        String element = new SvgDiagramWriter().toSvgElement(new LayeredLayout().layout(
                ClaimGraph.of(g.caseFile(), NodeSizer.estimated())));
        assertTrue(element.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), element);
        assertTrue(!element.contains("<?xml") && !element.contains("<script"));
        assertTrue(element.contains("viewBox=\""));
        assertEquals(2, groups(parse(element), "claim").size());
        Matcher id = Pattern.compile("\\sid=\"([^\"]*)\"").matcher(element);
        int ids = 0;
        for (; id.find(); ids++) {
            assertTrue(id.group(1).startsWith("fc-"), "ids cannot clash with the page's own: " + id.group());
        }
        assertEquals(3 + 2, ids, "three markers and two boxes");
        assertFalse(element.contains("<a "), "no links unless asked for");
    }

    @Test
    void boxesLinkWhereTheyAreAskedTo() throws Exception {
        ArgumentCases g = ArgumentCases.create();
        Claim linked = g.claim("linked");
        Claim plain = g.claim("plain");
        g.contradicts(linked, plain);
        String element = new SvgDiagramWriter().withLinks(c -> c == linked ? "#claim-" + c.getId() + "&x" : null)
                .toSvgElement(new LayeredLayout().layout(ClaimGraph.of(g.caseFile(), NodeSizer.estimated())));
        Document document = parse(element);
        NodeList links = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
        assertEquals(1, links.getLength(), element);
        Element link = (Element) links.item(0);
        assertEquals("#claim-" + linked.getId() + "&x", link.getAttribute("href"), "escaped in the markup, intact when read");
        Element box = (Element) link.getElementsByTagNameNS("*", "g").item(0);
        assertEquals("fc-claim-" + linked.getId(), box.getAttribute("id"));
        assertEquals("fc-claim-" + plain.getId(), groups(document, "claim").get(1).getAttribute("id"));
    }

    @Test
    void anEmptyGraphIsAnEmptyImage() throws Exception {
        GraphLayout layout = new LayeredLayout().layout(ClaimGraph.of(ArgumentCases.create().caseFile(), NodeSizer.estimated()));
        Document document = parse(new SvgDiagramWriter().toSvg(layout));
        assertEquals(0, groups(document, "claim").size());
    }
}
