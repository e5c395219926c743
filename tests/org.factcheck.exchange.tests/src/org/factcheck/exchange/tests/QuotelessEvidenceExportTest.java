package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;
import org.factcheck.model.Source;
import org.factcheck.model.Stance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evidence without a quote — a web page with its retrieval time and hash, or a source alone — in every exchange
 * format: nothing breaks, and what the fact-checker entered is in the output.
 */
class QuotelessEvidenceExportTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String URL = "https://mil.example.gov/briefing/2022-10-05";

    private CaseFile demo;
    private Claim claim;
    private Evidence page;
    private Evidence sourceOnly;

    @BeforeEach
    void load() throws Exception {
        demo = Demo.load();
        claim = demo.getClaims().stream().filter(c -> c.getVerdict() != null).findFirst().orElseThrow();
        page = CaseFactory.eINSTANCE.createEvidence();
        page.setStance(Stance.REFUTES);
        page.setUrl(URL);
        page.setRetrieved(Instant.parse("2022-10-06T08:30:00Z"));
        page.setContentSha256(HASH);
        page.setNote("The ministry's map shows the front line <west> of the town & the river.");
        claim.getEvidence().add(page);
        Source agency = demo.getSources().get(1);
        agency.setUrl("https://apnews.example.com/");
        sourceOnly = CaseFactory.eINSTANCE.createEvidence();
        sourceOnly.setStance(Stance.CONTEXT);
        sourceOnly.setSource(agency);
        claim.getEvidence().add(sourceOnly);
        Evidence nothing = CaseFactory.eINSTANCE.createEvidence(); // neither quote, address nor source
        nothing.setNote("Phone call with the press office.");
        claim.getEvidence().add(nothing);
    }

    @Test
    void csvEvidenceTableHasTheAddressRetrievalTimeAndHash() throws Exception {
        List<List<String>> rows = CsvExportTest.parse(Demo.exportText("csv", demo, Map.of("table", "evidence")));
        assertEquals(List.of("claim_id", "claim", "stance", "quote", "document", "document_url", "source", "url", "note",
                "retrieved", "content_sha256"), rows.get(0));
        assertTrue(rows.stream().allMatch(r -> r.size() == 11));
        List<String> row = rows.stream().filter(r -> r.get(7).equals(URL)).findFirst().orElseThrow();
        assertEquals(List.of(claim.getId(), "REFUTES", "", "", ""), List.of(row.get(0), row.get(2), row.get(3),
                row.get(4), row.get(5)));
        assertEquals(List.of("2022-10-06T08:30:00Z", HASH), row.subList(9, 11));
    }

    @Test
    void htmlReportShowsTheStanceNoteLinkDateAndHashEscaped() throws Exception {
        String html = Demo.exportText("html", demo, Map.of());
        assertTrue(html.contains("&lt;west&gt; of the town &amp; the river."), "the note is escaped");
        assertTrue(html.contains("href=\"" + URL + "\""), "the page is linked");
        assertTrue(html.contains("Retrieved 2022-10-06."));
        assertTrue(html.contains(HASH));
        assertTrue(html.contains("Source: " + sourceOnly.getSource().getName()));
        assertTrue(html.contains("Phone call with the press office."));
        assertFalse(html.contains("<mark></mark>"), "no empty quote for evidence without one");
    }

    @Test
    void webAnnotationsTargetTheAddressWithItsRetrievalTime() throws Exception {
        JsonNode collections = Demo.exportJson("w3c", demo, Map.of());
        assertEquals(demo.getDocuments().size() + 1, collections.size(), "one more collection, for evidence without a quote");
        JsonNode extra = collections.get(collections.size() - 1);
        assertEquals("AnnotationCollection", extra.get("type").asText());
        JsonNode items = extra.at("/first/items");
        assertEquals(2, items.size(), "evidence with no address cannot be targeted and is left out");
        assertEquals(items.size(), extra.get("total").asInt());
        List<String> targets = new ArrayList<>();
        items.forEach(i -> targets.add(i.at("/target/source").asText()));
        assertEquals(List.of(URL, "https://apnews.example.com/"), targets);
        JsonNode first = items.get(0);
        assertEquals("assessing", first.get("motivation").asText());
        assertEquals("TimeState", first.at("/target/state/type").asText());
        assertEquals("2022-10-06T08:30:00Z", first.at("/target/state/sourceDate").asText());
        assertEquals(HASH, first.at("/target/fc:contentSha256").asText());
        assertEquals("refutes", first.at("/body/1/fc:stance").asText());
        assertTrue(first.at("/body/1/source").asText().endsWith(claim.getId()));
    }

    @Test
    void claimReviewGraphMlAifAndDotStillExport() throws Exception {
        Map<String, String> options = Map.of("publisher", "Desk", "publisher-url", "https://desk.example.org/",
                "review-url-base", "https://desk.example.org/reviews/", "date-published", "2026-11-22");
        assertTrue(Demo.exportJson("claimreview", demo, options).isArray());
        assertTrue(Demo.exportText("graphml", demo, Map.of()).contains("<graphml"));
        assertTrue(Demo.exportJson("aif", demo, Map.of()).isObject());
        assertTrue(Demo.exportText("dot", demo, Map.of()).startsWith("digraph") || Demo.exportText("dot", demo, Map.of())
                .contains("digraph"));
    }
}
