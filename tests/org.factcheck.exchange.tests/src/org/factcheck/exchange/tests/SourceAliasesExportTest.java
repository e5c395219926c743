package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.Source;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The formats that name a source keep its other names where the format has a place for them. */
class SourceAliasesExportTest {

    @Test
    void claimReviewGivesTheOutletsAliasesAsAlternateName() throws Exception {
        CaseFile demo = Demo.load();
        Document article = demo.getClaims().stream().filter(c -> c.getVerdict() != null).flatMap(c -> c.getAppearances().stream())
                .map(s -> s.getDocument()).filter(d -> d != null && d.getOutlet() != null).findFirst().orElseThrow();
        Source outlet = article.getOutlet();
        outlet.getAliases().addAll(List.of("Kronen Zeitung", "krone.at"));
        JsonNode reviews = Demo.exportJson("claimreview", demo, Map.of("publisher", "Example", "review-url-base",
                "https://checks.example.org/"));
        List<JsonNode> publishers = new ArrayList<>();
        reviews.findValues("publisher").forEach(publishers::add);
        JsonNode named = publishers.stream().filter(p -> outlet.getName().equals(p.path("name").asText())).findFirst()
                .orElse(null);
        assertNotNull(named, "the outlet is a publisher of an appearance: " + publishers);
        assertEquals(List.of("Kronen Zeitung", "krone.at"), texts(named.get("alternateName")));
        assertTrue(publishers.stream().filter(p -> !outlet.getName().equals(p.path("name").asText()))
                .noneMatch(p -> p.has("alternateName")), "a source without aliases has none");
    }

    @Test
    void theReportListsASourcesAliases() throws Exception {
        CaseFile demo = Demo.load();
        Source source = demo.getSources().get(0);
        source.getAliases().add("Reuters News & Media");
        String html = Demo.exportText("html", demo, Map.of());
        String sources = html.substring(html.indexOf("<h2>Sources</h2>"));
        assertTrue(sources.contains("<span class=\"source\">Also: Reuters News &amp; Media</span>"), sources);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        assertNotNull(array, "alternateName is given");
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
