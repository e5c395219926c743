package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Evidence;
import org.factcheck.model.TextSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of the demo case is one self-contained page (no scripts, no external resources) that shows
 * every claim with its verdict, explanation, quoted appearances and evidence, and escapes what the case says.
 */
class HtmlReportTest {

    private CaseFile demo;

    @BeforeEach
    void load() throws Exception {
        demo = Demo.load();
    }

    @Test
    void selfContainedPage() throws Exception {
        String html = Demo.exportText("html", demo, Map.of("publisher", "Example Newsroom"));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(html.endsWith("</html>\n"));
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(Pattern.compile("<(link|img|image|iframe|object|embed|use|foreignObject)\\b").matcher(html).find(),
                "no external resources");
        assertFalse(html.contains("@import"), "no style sheets imported");
        Set<String> ids = ids(html);
        Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
        int fragments = 0;
        for (; url.find(); fragments++) {
            assertTrue(url.group(1).matches("#[\\w-]+"), "url(…) only refers to the page itself: " + url.group());
            assertTrue(ids.contains(url.group(1).substring(1)), url.group() + " refers to an element of the page");
        }
        assertTrue(fragments > 0, "the diagram's lines end in markers defined in the page");
        Matcher src = Pattern.compile("\\b(src|href)=\"([^\"]*)\"").matcher(html);
        while (src.find()) {
            assertTrue(src.group(1).equals("href") && (src.group(2).startsWith("#") || src.group(2).startsWith("https://")
                    || src.group(2).startsWith("http://")), "only links: " + src.group());
            if (src.group(2).startsWith("#")) {
                assertTrue(ids.contains(src.group(2).substring(1)), src.group() + " goes somewhere in the page");
            }
        }
        assertTrue(html.contains("<title>Fact-check report: Borders of the annexed regions</title>"));
        assertTrue(html.contains("Internal fact-check report · Example Newsroom · not for publication"));
    }

    @Test
    void everyClaimWithVerdictExplanationQuotesAndEvidence() throws Exception {
        String page = Demo.exportText("html", demo, Map.of());
        String html = page.substring(page.indexOf("<h2>Claims</h2>"), page.indexOf("<h2>Articles</h2>"));
        assertFalse(html.contains("<svg"), "the claims section comes after the diagram");
        for (Claim claim : demo.getClaims()) {
            int at = html.indexOf("id=\"claim-" + claim.getId() + "\"");
            assertTrue(at > 0, claim.getStatement());
            String section = html.substring(at, html.indexOf("</article>", at));
            assertTrue(section.contains("<h3>" + escape(claim.getStatement()) + "</h3>"), claim.getStatement());
            assertTrue(section.contains(claim.getVerdict() == null ? ">No verdict yet</span>"
                    : ">" + escape(claim.getVerdict().getLabel()) + "</span>"), claim.getStatement());
            if (claim.getExplanation() != null) {
                assertTrue(section.contains("<p class=\"explanation\">" + escape(claim.getExplanation()) + "</p>"));
            }
            for (TextSpan span : claim.getAppearances()) {
                assertTrue(section.contains("<mark>" + escape(span.getExact()) + "</mark>"), span.getExact());
            }
            for (Evidence evidence : claim.getEvidence()) {
                assertTrue(section.contains("<span class=\"stance " + evidence.getStance().getLiteral().toLowerCase() + "\">"));
                assertTrue(section.contains("<mark>" + escape(evidence.getSpan().getExact()) + "</mark>"));
            }
        }
        List<String> order = demo.getClaims().stream().filter(c -> c.getStatus() != null)
                .sorted(java.util.Comparator.comparing(c -> List.of("PUBLISHED", "IN_REVIEW", "DRAFT").indexOf(c.getStatus().getName())))
                .map(Claim::getId).toList();
        int last = -1;
        for (String id : order) {
            int at = html.indexOf("id=\"claim-" + id + "\"");
            assertTrue(at > last, "published first, then in review, then drafts");
            last = at;
        }
    }

    @Test
    void relatedStatementsSayWhyTheyAreRelated() throws Exception {
        String page = Demo.exportText("html", demo, Map.of());
        int checked = 0;
        for (ClaimRelation relation : demo.getRelations()) {
            if (relation.getRationale() == null || relation.getRationale().isBlank()) {
                continue;
            }
            for (Claim end : List.of(relation.getSource(), relation.getTarget())) {
                int at = page.indexOf("id=\"claim-" + end.getId() + "\"");
                String section = page.substring(at, page.indexOf("</article>", at));
                String list = section.substring(section.indexOf("<ul class=\"relations\">"));
                assertTrue(list.contains("<span class=\"rationale\">" + escape(relation.getRationale().strip())),
                        "the rationale of " + relation.getId() + " under " + end.getStatement());
                checked++;
            }
        }
        assertTrue(checked >= 2, "the demo has relations with a rationale: " + checked);
    }

    @Test
    void whatTheCaseSaysIsEscapedAndOnlyWebLinksAreLinked() throws Exception {
        demo.getClaims().get(0).setExplanation("<script>alert('x')</script> & more");
        demo.getDocuments().get(0).setUrl("javascript:alert(1)");
        demo.getDocuments().get(1).setUrl("https://www.krone.at/2822183");
        String html = Demo.exportText("html", demo, Map.of());
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
        assertFalse(html.contains("javascript:"));
        assertTrue(html.contains("<a href=\"https://www.krone.at/2822183\" rel=\"noopener noreferrer\">"));
        assertEquals(html.indexOf("<script"), -1);
    }

    @Test
    void idsAreUnique() throws Exception {
        String html = Demo.exportText("html", demo, Map.of());
        Matcher id = Pattern.compile("\\sid=\"([^\"]*)\"").matcher(html);
        Set<String> seen = new HashSet<>();
        while (id.find()) {
            assertTrue(seen.add(id.group(1)), "the id " + id.group(1) + " once only: the diagram's ids differ from the page's");
        }
        assertTrue(seen.containsAll(demo.getClaims().stream().map(c -> "claim-" + c.getId()).toList()));
        assertTrue(seen.containsAll(demo.getClaims().stream().map(c -> "fc-claim-" + c.getId()).toList()));
    }

    private static Set<String> ids(String html) {
        Matcher id = Pattern.compile("\\sid=\"([^\"]*)\"").matcher(html);
        Set<String> ids = new HashSet<>();
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
