package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.factcheck.exchange.internal.Json;
import org.factcheck.model.CaseFile;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The W3C and ClaimReview exports against the published requirements shipped with the tests in
 * {@code requirements/} (transcribed from the W3C Web Annotation Data Model and Google's fact-check documentation):
 * every object of a listed type has its MUST and SHOULD properties, and every top-level object starts with the
 * published context. The tests read the requirements; nothing here restates what the exporters write.
 */
class RequirementsTest {

    @Test
    void theW3cExportMeetsTheDataModel() throws Exception {
        CaseFile demo = Demo.load();
        demo.getDocuments().get(0).getAnnotations().get(0).setNote("A note, so that a TextualBody is written.");
        Set<String> seen = check(requirements("web-annotation.json"), Demo.exportJson("w3c", demo, Map.of()));
        assertTrue(seen.containsAll(List.of("Annotation", "AnnotationCollection", "AnnotationPage", "SpecificResource",
                "TextualBody", "TextQuoteSelector", "TextPositionSelector", "Person")), "every listed type is checked: " + seen);
    }

    @Test
    void theClaimReviewExportMeetsGooglesRequirements() throws Exception {
        JsonNode reviews = Demo.exportJson("claimreview", Demo.load(), Map.of("publisher", "Example Newsroom",
                "review-url-base", "https://checks.example.org/"));
        Set<String> seen = check(requirements("claimreview.json"), reviews);
        assertTrue(seen.containsAll(List.of("ClaimReview", "Rating", "Claim", "Organization", "Person")), seen.toString());
    }

    @Test
    void aMissingRequiredPropertyIsFound() throws Exception {
        JsonNode reviews = Demo.exportJson("claimreview", Demo.load(), Map.of("publisher", "Example Newsroom",
                "review-url-base", "https://checks.example.org/"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) reviews.get(0).get("reviewRating")).remove("alternateName");
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> check(requirements("claimreview.json"), reviews));
        assertTrue(e.getMessage().contains("Rating at /0/reviewRating must have alternateName"), e.getMessage());
    }

    /** Checks every object of the tree; returns the types it found rules for. */
    private static Set<String> check(JsonNode requirements, JsonNode export) {
        String context = requirements.at("/contexts/first").asText();
        for (JsonNode top : export) {
            JsonNode c = top.get("@context");
            assertNotNull(c, "a top-level object has a @context");
            assertEquals(context, c.isArray() ? c.get(0).asText() : c.asText(), "the published context comes first");
        }
        Set<String> seen = new TreeSet<>();
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>(List.of(Map.entry("", export)));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            JsonNode node = next.getValue();
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(next.getKey() + "/" + i, node.get(i)));
                }
                continue;
            }
            if (!node.isObject()) {
                continue;
            }
            for (String type : types(requirements, node)) {
                JsonNode rule = requirements.path("types").get(type);
                if (rule == null) {
                    continue;
                }
                seen.add(type);
                for (String level : new String[] { "must", "should" }) {
                    for (JsonNode property : rule.path(level)) {
                        JsonNode value = node.get(property.asText());
                        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()
                                || value.isArray() && value.isEmpty()) {
                            String section = rule.has("section") ? " (section " + rule.get("section").asText() + ")" : "";
                            throw new AssertionError(type + " at " + next.getKey() + " " + level + " have "
                                    + property.asText() + section + ": " + node);
                        }
                    }
                }
            }
            node.properties().forEach(p -> {
                if (!p.getKey().equals("@context")) {
                    pending.push(Map.entry(next.getKey() + "/" + p.getKey(), p.getValue()));
                }
            });
        }
        assertFalse(seen.isEmpty());
        return seen;
    }

    private static List<String> types(JsonNode requirements, JsonNode node) {
        List<String> types = new ArrayList<>();
        for (JsonNode key : requirements.get("typeKeys")) {
            JsonNode type = node.get(key.asText());
            if (type != null) {
                for (JsonNode t : type.isArray() ? type : List.of(type)) {
                    types.add(t.asText());
                }
            }
        }
        return types;
    }

    private static JsonNode requirements(String name) throws Exception {
        try (InputStream in = RequirementsTest.class.getResourceAsStream("/requirements/" + name)) {
            assertNotNull(in, "the test bundle ships requirements/" + name);
            return Json.mapper().readTree(in);
        }
    }
}
