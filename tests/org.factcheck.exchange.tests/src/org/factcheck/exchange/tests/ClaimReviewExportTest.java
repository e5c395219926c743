package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.core.exporters.ExportException;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.Exporters;
import org.factcheck.exchange.internal.Json;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * ClaimReview of the demo case, checked field by field against Google's fact-check structured-data rules
 * (required: claimReviewed, reviewRating with alternateName, url; recommended: author with name, itemReviewed
 * Claim with author, datePublished, appearance, firstAppearance) and schema.org's types.
 */
class ClaimReviewExportTest {

    private static final String BASE = "https://checks.example.org/kremlin-borders/";

    /** The schema.org properties each type may use here; anything else is a typo or a wrong type. */
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "ClaimReview", Set.of("@context", "@type", "url", "claimReviewed", "datePublished", "author", "reviewRating", "itemReviewed"),
            "Rating", Set.of("@type", "alternateName", "name", "ratingValue", "bestRating", "worstRating", "ratingExplanation"),
            "Claim", Set.of("@type", "author", "datePublished", "appearance", "firstAppearance"),
            "CreativeWork", Set.of("@type", "url", "headline", "datePublished", "publisher"),
            "Organization", Set.of("@type", "name", "url", "alternateName"),
            "Person", Set.of("@type", "name", "jobTitle"));

    private CaseFile demo;
    private Map<String, String> options;

    @BeforeEach
    void load() throws Exception {
        demo = Demo.load();
        options = new HashMap<>(Map.of("publisher", "Example Newsroom Verification Desk", "publisher-url",
                "https://newsroom.example.org/", "review-url-base", BASE, "date-published", "2026-11-22"));
    }

    @Test
    void everyClaimWithAVerdictIsReviewedWithGoogleRequiredFields() throws Exception {
        JsonNode reviews = Demo.exportJson("claimreview", demo, options);
        List<Claim> rated = demo.getClaims().stream().filter(c -> c.getVerdict() != null).toList();
        assertTrue(reviews.isArray());
        assertEquals(rated.size(), reviews.size());
        assertEquals(5, reviews.size(), "the demo has five claims with a verdict");
        for (int i = 0; i < rated.size(); i++) {
            Claim claim = rated.get(i);
            JsonNode review = reviews.get(i);
            checkTypes(review, "ClaimReview");
            assertEquals("https://schema.org", review.get("@context").asText());
            assertEquals(claim.getStatement(), review.get("claimReviewed").asText());
            URI url = URI.create(review.get("url").asText());
            assertEquals("https", url.getScheme());
            assertEquals("checks.example.org", url.getHost(), "the review lives on the publisher's domain");
            assertEquals(BASE + claim.getId(), url.toString());
            assertEquals("2026-11-22", review.get("datePublished").asText());
            assertEquals("Example Newsroom Verification Desk", review.at("/author/name").asText());
            assertEquals("https://newsroom.example.org/", review.at("/author/url").asText());

            JsonNode rating = review.get("reviewRating");
            assertEquals(claim.getVerdict().getLabel(), rating.get("alternateName").asText(), "alternateName is required");
            assertEquals(claim.getExplanation(), rating.path("ratingExplanation").textValue());
            if (claim.getVerdict().isScored()) {
                assertTrue(rating.get("ratingValue").isInt() && rating.get("bestRating").isInt()
                        && rating.get("worstRating").isInt(), "numbers, not strings");
                assertEquals(claim.getVerdict().getValue(), rating.get("ratingValue").asInt());
                assertEquals(5, rating.get("bestRating").asInt());
                assertEquals(1, rating.get("worstRating").asInt());
            } else {
                assertFalse(rating.has("ratingValue"), "an unscored verdict has no number on the scale");
            }

            JsonNode item = review.get("itemReviewed");
            assertEquals(claim.getClaimant().getName(), item.at("/author/name").asText());
            assertEquals(claim.getClaimant() instanceof Person ? "Person" : "Organization", item.at("/author/@type").asText());
            if (claim.getDateSaid() != null) {
                assertEquals(claim.getDateSaid(), LocalDate.parse(item.get("datePublished").asText()));
            }
            long documents = claim.getAppearances().stream().map(s -> s.getDocument()).distinct().count();
            assertEquals(documents, item.get("appearance").size(), "one appearance per article");
            assertTrue(containsNode(item.get("appearance"), item.get("firstAppearance")));
        }
        assertEquals("True", reviews.get(2).at("/reviewRating/alternateName").asText(), "forced to retreat");
        assertEquals("2022-10-03", reviews.get(0).at("/itemReviewed/firstAppearance/datePublished").asText());
    }

    @Test
    void appearancesCarryTheArticlesUrls() throws Exception {
        for (Document document : demo.getDocuments()) {
            document.setUrl("https://news.example.com/" + document.getId());
        }
        JsonNode reviews = Demo.exportJson("claimreview", demo, options);
        for (JsonNode review : reviews) {
            for (JsonNode work : review.at("/itemReviewed/appearance")) {
                assertTrue(work.get("url").asText().startsWith("https://news.example.com/"), work.toString());
            }
            assertTrue(review.at("/itemReviewed/firstAppearance/url").asText().startsWith("https://news.example.com/"));
        }
    }

    @Test
    void publishedOnlyLeavesOutClaimsStillInReview() throws Exception {
        options.put("published-only", "true");
        JsonNode reviews = Demo.exportJson("claimreview", demo, options);
        assertEquals(2, reviews.size());
        assertEquals(Set.of("True", "False"), Set.of(reviews.get(0).at("/reviewRating/alternateName").asText(),
                reviews.get(1).at("/reviewRating/alternateName").asText()));
    }

    @Test
    void theClaimsIdIsASegmentOfItsOwnUnderABaseWithoutSlash() throws Exception {
        Claim first = demo.getClaims().stream().filter(c -> c.getVerdict() != null).findFirst().orElseThrow();
        options.put("review-url-base", "https://checks.example.org/kremlin-borders");
        assertEquals("https://checks.example.org/kremlin-borders/" + first.getId(),
                Demo.exportJson("claimreview", demo, options).get(0).get("url").asText());
        options.put("review-url-base", "https://checks.example.org/review?claim=");
        assertEquals("https://checks.example.org/review?claim=" + first.getId(),
                Demo.exportJson("claimreview", demo, options).get(0).get("url").asText(), "a query parameter stays one");
    }

    @Test
    void aClaimLongerThanGoogleRecommendsIsWrittenWithAWarningAndItsShortFormIsPublishedInstead(@TempDir Path temp)
            throws Exception {
        ExporterDescriptor claimReview = Exporters.getDefault().forFormat("claimreview").orElseThrow();
        List<Claim> rated = demo.getClaims().stream().filter(c -> c.getVerdict() != null).toList();
        Claim longest = rated.stream().max(Comparator.comparingInt(c -> length(c.getStatement()))).orElseThrow();
        Claim shortest = rated.stream().min(Comparator.comparingInt(c -> length(c.getStatement()))).orElseThrow();
        longest.setStatement(longest.getStatement() + " And this sentence makes sure it is far longer than seventy-five.");
        shortest.setStatement("Kherson stays Russian."); // 22 characters
        Path out = temp.resolve("reviews.jsonld");

        List<String> warnings = Exporters.getDefault().exportToFile(claimReview, demo, null, options, out);
        List<Claim> tooLong = rated.stream().filter(c -> length(c.getStatement()) > 75).toList();
        assertTrue(tooLong.contains(longest) && !tooLong.contains(shortest));
        assertEquals(tooLong.size(), warnings.size(), "one warning per claim over 75 characters: " + warnings);
        for (Claim claim : tooLong) {
            assertTrue(warnings.stream().anyMatch(w -> w.contains(claim.getId())
                    && w.contains(length(claim.getStatement()) + " characters") && w.contains("short form")), warnings.toString());
        }
        assertTrue(warnings.stream().noneMatch(w -> w.contains(shortest.getId())));

        longest.setShortStatement("  Peskov: the borders will be clarified with residents.  ");
        warnings = Exporters.getDefault().exportToFile(claimReview, demo, null, options, out);
        assertEquals(tooLong.size() - 1, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.contains(longest.getId())), "the short form fits");
        JsonNode reviews = Json.mapper().readTree(out.toFile());
        assertEquals("Peskov: the borders will be clarified with residents.",
                reviews.get(rated.indexOf(longest)).get("claimReviewed").asText(), "the short form, stripped, is published");

        longest.setShortStatement("x".repeat(76));
        warnings = Exporters.getDefault().exportToFile(claimReview, demo, null, options, out);
        assertTrue(warnings.stream().anyMatch(w -> w.contains(longest.getId()) && w.contains("76 characters")
                && w.contains("Shorten its short form")), warnings.toString());
        longest.setShortStatement("\uD83C\uDDFA\uD83C\uDDE6".repeat(37)); // 74 code points, 148 UTF-16 units
        warnings = Exporters.getDefault().exportToFile(claimReview, demo, null, options, out);
        assertTrue(warnings.stream().noneMatch(w -> w.contains(longest.getId())), "characters, not UTF-16 units");
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    @Test
    void invalidOptionsAreRefusedWithTheReason() {
        options.put("review-url-base", "checks/kremlin");
        ExportException e = assertThrows(ExportException.class, () -> Demo.export("claimreview", demo, options));
        assertEquals("The option “review-url-base” must be an absolute http or https URL, not “checks/kremlin”.", e.getMessage());
        options.put("review-url-base", BASE);
        options.put("date-published", "22.11.2026");
        e = assertThrows(ExportException.class, () -> Demo.export("claimreview", demo, options));
        assertTrue(e.getMessage().contains("date-published"), e.getMessage());
        options.put("date-published", "2026-11-22");
        options.put("published-only", "yes");
        e = assertThrows(ExportException.class, () -> Demo.export("claimreview", demo, options));
        assertEquals("The option “published-only” must be true or false, not “yes”.", e.getMessage());
    }

    private static void checkTypes(JsonNode node, String type) {
        assertEquals(type, node.get("@type").asText());
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            assertTrue(PROPERTIES.get(type).contains(field.getKey()), type + " has no property " + field.getKey());
            JsonNode value = field.getValue();
            if (value.isTextual()) {
                assertFalse(value.asText().isBlank(), type + "." + field.getKey() + " is blank");
            }
            for (JsonNode child : value.isArray() ? value : List.of(value)) {
                if (child.isObject()) {
                    checkTypes(child, child.get("@type").asText());
                }
            }
        }
    }

    private static boolean containsNode(JsonNode array, JsonNode node) {
        for (JsonNode element : array) {
            if (element.equals(node)) {
                return true;
            }
        }
        return false;
    }
}
