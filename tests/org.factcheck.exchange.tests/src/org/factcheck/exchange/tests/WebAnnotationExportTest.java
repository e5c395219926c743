package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.factcheck.core.text.CodePoints;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The W3C export of the demo case meets the MUSTs of the Web Annotation Data Model (§3.1 Annotations, §3.2 bodies
 * and targets, §4.2 selectors, §5 collections and pages) and says what the case says.
 */
class WebAnnotationExportTest {

    private static final Set<String> MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting",
            "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging");

    @Test
    void oneConformantCollectionPerDocument() throws Exception {
        CaseFile demo = Demo.load();
        JsonNode collections = Demo.exportJson("w3c", demo, Map.of());
        assertEquals(demo.getDocuments().size(), collections.size());
        int annotations = 0;
        for (int d = 0; d < collections.size(); d++) {
            Document document = demo.getDocuments().get(d);
            JsonNode collection = collections.get(d);
            assertEquals("http://www.w3.org/ns/anno.jsonld", collection.get("@context").get(0).asText(),
                    "the Web Annotation context comes first");
            assertIri(collection.get("id"));
            assertEquals("AnnotationCollection", collection.get("type").asText());
            assertEquals(document.getAnnotations().size(), collection.get("total").asInt());
            JsonNode page = collection.get("first");
            assertIri(page.get("id"));
            assertEquals("AnnotationPage", page.get("type").asText());
            // Web Annotation Protocol §4.1/§4.2: a collection's last page, a page's collection
            assertEquals(page.get("id"), collection.get("last"), "the only page is also the last");
            assertEquals(collection.get("id"), page.get("partOf"));
            JsonNode items = page.get("items");
            assertEquals(document.getAnnotations().size(), items.size(), "a page has its items");
            for (int i = 0; i < items.size(); i++) {
                checkAnnotation(items.get(i), document, document.getAnnotations().get(i));
                annotations++;
            }
        }
        assertEquals(demo.getDocuments().stream().mapToInt(x -> x.getAnnotations().size()).sum(), annotations);
    }

    private static void checkAnnotation(JsonNode a, Document document, TextSpan span) {
        assertIri(a.get("id"));
        assertEquals("Annotation", a.get("type").asText());
        assertTrue(MOTIVATIONS.contains(a.get("motivation").asText()));
        assertEquals(span.getCreated(), Instant.parse(a.get("created").asText()));
        assertTrue(a.get("created").asText().endsWith("Z"), "xsd:dateTime in UTC");
        assertEquals(span.getAuthor(), a.at("/creator/name").asText());
        for (JsonNode body : a.get("body")) {
            String type = body.get("type").asText();
            assertTrue(type.equals("TextualBody") || type.equals("SpecificResource"), type);
            if (type.equals("TextualBody")) {
                assertTrue(body.get("value").isTextual(), "a TextualBody has a value");
            } else {
                assertIri(body.get("source"));
            }
            assertTrue(MOTIVATIONS.contains(body.get("purpose").asText()));
        }
        JsonNode target = a.get("target");
        assertIri(target.get("source"));
        // Data Model §3.2.1/§3.3: format is a media type, language a BCP 47 tag - the document's own
        assertEquals(document.getMediaType(), target.get("format").asText());
        assertTrue(target.get("format").asText().matches("[a-z]+/[a-z0-9.+-]+"), target.get("format").asText());
        assertEquals(document.getLanguage(), target.get("language").asText());
        assertEquals(target.get("language").asText(),
                java.util.Locale.forLanguageTag(target.get("language").asText()).toLanguageTag());
        assertTrue(target.get("source").asText().startsWith("ni:///sha-256;"), "demo articles have no URL");
        JsonNode quote = target.get("selector").get(0);
        JsonNode position = target.get("selector").get(1);
        assertEquals("TextQuoteSelector", quote.get("type").asText());
        assertEquals(span.getExact(), quote.get("exact").asText());
        assertEquals(span.getPrefix(), quote.path("prefix").asText(""));
        assertEquals(span.getSuffix(), quote.path("suffix").asText(""));
        assertEquals("TextPositionSelector", position.get("type").asText());
        int start = position.get("start").asInt();
        int end = position.get("end").asInt();
        assertTrue(position.get("start").isInt() && start >= 0 && start <= end);
        assertEquals(quote.get("exact").asText(), CodePoints.substring(document.getText(), start, end),
                "positions count code points and select the quote");
    }

    @Test
    void bodiesLinkClaimsAndStances() throws Exception {
        CaseFile demo = Demo.load();
        JsonNode collections = Demo.exportJson("w3c", demo, Map.of());
        JsonNode retaken = null;
        for (JsonNode c : collections) {
            for (JsonNode a : c.path("first").path("items")) {
                if (a.at("/target/selector/0/exact").asText().equals("certain territories will be retaken")) {
                    retaken = a;
                }
            }
        }
        Claim said = demo.getClaims().stream().filter(c -> c.getStatement().startsWith("The annexed regions will be")).findFirst().orElseThrow();
        Claim refuted = demo.getClaims().stream().filter(c -> c.getStatement().startsWith("Russia has no plans")).findFirst().orElseThrow();
        assertEquals("identifying", retaken.get("motivation").asText());
        JsonNode bodies = retaken.get("body");
        assertEquals(3, bodies.size());
        assertEquals("http://www.factcheck.org/2026/case#ClaimAppearance", bodies.at("/0/source").asText());
        assertEquals("classifying", bodies.at("/0/purpose").asText());
        assertEquals("urn:uuid:" + said.getId(), bodies.at("/1/source").asText());
        assertEquals("identifying", bodies.at("/1/purpose").asText());
        assertEquals("urn:uuid:" + refuted.getId(), bodies.at("/2/source").asText());
        assertEquals("assessing", bodies.at("/2/purpose").asText());
        assertEquals("refutes", bodies.at("/2/fc:stance").asText());
    }

    private static void assertIri(JsonNode node) {
        assertTrue(node != null && node.isTextual(), "an IRI string");
        assertTrue(URI.create(node.asText()).isAbsolute(), node.asText() + " is an absolute IRI");
    }
}
