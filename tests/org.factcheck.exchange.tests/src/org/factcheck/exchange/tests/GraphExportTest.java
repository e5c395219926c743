package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Polarity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

/** AIF, GraphML and DOT of the demo's claim graph. */
class GraphExportTest {

    private CaseFile demo;

    @BeforeEach
    void load() throws Exception {
        demo = Demo.load();
    }

    @Test
    void aifIsAValidArgumentGraph() throws Exception {
        JsonNode aif = Demo.exportJson("aif", demo, Map.of());
        Map<String, String> types = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (JsonNode node : aif.get("nodes")) {
            assertEquals(null, types.put(node.get("nodeID").asText(), node.get("type").asText()), "node ids are unique");
            texts.put(node.get("nodeID").asText(), node.get("text").asText());
        }
        Map<String, List<String>> in = new HashMap<>();
        Map<String, List<String>> out = new HashMap<>();
        for (JsonNode edge : aif.get("edges")) {
            String from = edge.get("fromID").asText();
            String to = edge.get("toID").asText();
            assertTrue(types.containsKey(from) && types.containsKey(to), "edges join existing nodes");
            out.computeIfAbsent(from, k -> new java.util.ArrayList<>()).add(to);
            in.computeIfAbsent(to, k -> new java.util.ArrayList<>()).add(from);
        }
        long ra = 0;
        long ca = 0;
        for (Map.Entry<String, String> node : types.entrySet()) {
            String id = node.getKey();
            switch (node.getValue()) {
                case "RA", "CA" -> {
                    assertEquals(1, in.get(id).size(), "one premise edge into " + node.getValue() + " " + id);
                    assertEquals(1, out.get(id).size(), "one conclusion edge out of " + node.getValue() + " " + id);
                    assertEquals("I", types.get(in.get(id).get(0)), "premise is an I-node");
                    assertEquals("I", types.get(out.get(id).get(0)), "conclusion is an I-node");
                    if (node.getValue().equals("RA")) {
                        ra++;
                    } else {
                        ca++;
                    }
                }
                case "YA" -> {
                    assertEquals("L", types.get(in.get(id).get(0)), "a locution anchors the illocution");
                    assertEquals("I", types.get(out.get(id).get(0)));
                }
                case "I", "L" -> { }
                default -> throw new AssertionError("unexpected node type " + node.getValue());
            }
        }
        assertEquals(count(Polarity.SUPPORT), ra);
        assertEquals(count(Polarity.ATTACK), ca);
        assertEquals(demo.getClaims().size(), types.values().stream().filter("I"::equals).count());
        assertEquals(demo.getClaims().size(), aif.get("locutions").size(), "every demo claim has a claimant");
        Set<String> participants = new HashSet<>();
        aif.get("participants").forEach(p -> participants.add(p.get("firstname").asText() + " " + p.get("surname").asText()));
        assertTrue(participants.contains("Dmitry Peskov"), participants.toString());
        for (JsonNode locution : aif.get("locutions")) {
            assertEquals("L", types.get(locution.get("nodeID").asText()));
        }
        Claim consult = demo.getClaims().get(0);
        assertTrue(texts.containsValue("Dmitry Peskov: " + consult.getStatement()), "the L-node says who said it");
        assertTrue(participants.contains("Kremlin "), "an organisation is not split into first name and surname: "
                + participants);
        assertTrue(participants.contains("Operational Command South "), participants.toString());
        for (JsonNode edge : aif.get("edges")) {
            assertTrue(edge.has("formEdgeID") && edge.get("formEdgeID").isNull(), "AIFdb edges carry formEdgeID");
        }
        for (JsonNode locution : aif.get("locutions")) {
            if (locution.has("timestamp")) {
                assertTrue(locution.get("timestamp").asText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"),
                        "AIFdb's timestamp format: " + locution.get("timestamp"));
            }
        }
    }

    @Test
    void graphMlHasANodePerClaimAndAnEdgePerRelation() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(Demo.export("graphml", demo, Map.of())));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertEquals(ns, xml.getDocumentElement().getNamespaceURI());
        NodeList nodes = xml.getElementsByTagNameNS(ns, "node");
        NodeList edges = xml.getElementsByTagNameNS(ns, "edge");
        assertEquals(demo.getClaims().size(), nodes.getLength());
        assertEquals(demo.getRelations().size(), edges.getLength());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            assertTrue(ids.contains(edge.getAttribute("source")) && ids.contains(edge.getAttribute("target")));
        }
        Element first = (Element) nodes.item(0);
        assertEquals(demo.getClaims().get(0).getStatement(), first.getElementsByTagNameNS(ns, "data").item(0).getTextContent());
        Set<String> keys = new HashSet<>();
        NodeList keyElements = xml.getElementsByTagNameNS(ns, "key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            keys.add(((Element) keyElements.item(i)).getAttribute("id"));
        }
        NodeList data = xml.getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertTrue(keys.contains(((Element) data.item(i)).getAttribute("key")), "every data key is declared");
        }
    }

    @Test
    void dotDrawsClaimsAndColouredRelations() throws Exception {
        String dot = Demo.exportText("dot", demo, Map.of());
        assertTrue(dot.startsWith("digraph \"Borders of the annexed regions\" {\n"));
        assertTrue(dot.endsWith("}\n"));
        for (Claim claim : demo.getClaims()) {
            assertTrue(dot.contains("  \"" + claim.getId() + "\" [label="), claim.getStatement());
        }
        for (ClaimRelation relation : demo.getRelations()) {
            String arrow = "  \"" + relation.getSource().getId() + "\" -> \"" + relation.getTarget().getId() + "\" [label=\""
                    + relation.getKind().getLabel() + "\", "
                    + (relation.getKind().getPolarity() == Polarity.ATTACK ? "color=\"#D73027\", style=dashed" : "color=\"#1A9850\"");
            assertTrue(dot.contains(arrow), arrow);
        }
        assertTrue(dot.contains("\\nOperational Command South — True\", fillcolor=\"#1A9850\""), "verdict colour fills the box");
    }

    private long count(Polarity polarity) {
        return demo.getRelations().stream().filter(r -> r.getKind().getPolarity() == polarity).count();
    }
}
