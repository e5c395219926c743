package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.factcheck.core.text.Quotes;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.TextSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Words in an article's region marked as reader comments / boilerplate are not what the outlet published: the HTML
 * report does not quote them as the article's text, but says where the appearance or evidence is, so nothing the
 * fact-checker linked goes missing from the report.
 */
class BoilerplateReportTest {

    private static final String COMMENT = "Everyone knows the border was agreed in 1991 and Moscow is bluffing again.";

    private CaseFile demo;
    private Document article;
    private Claim first;
    private Claim second;

    @BeforeEach
    void load() throws Exception {
        demo = Demo.load();
        article = demo.getDocuments().get(0);
        String body = article.getText();
        String comments = "\n\nComments (2)\nkyivwatcher: " + COMMENT + "\nreader42: Fake news.\n";
        article.setText(body + comments);
        int regionStart = body.codePointCount(0, body.length()) + 2;
        int regionEnd = article.getText().codePointCount(0, article.getText().length());
        article.getAnnotations().add(span(regionStart, regionEnd, SpanKind.BOILERPLATE));
        int at = article.getText().codePointCount(0, article.getText().indexOf(COMMENT));
        int end = at + COMMENT.codePointCount(0, COMMENT.length());
        first = demo.getClaims().get(0);
        TextSpan appearance = span(at, end, SpanKind.CLAIM_APPEARANCE);
        article.getAnnotations().add(appearance);
        first.getAppearances().add(appearance);
        second = demo.getClaims().get(1);
        TextSpan quote = span(at, end, SpanKind.EVIDENCE);
        article.getAnnotations().add(quote);
        Evidence evidence = CaseFactory.eINSTANCE.createEvidence();
        evidence.setSpan(quote);
        evidence.setStance(Stance.REFUTES);
        evidence.setNote("A reader disputes it.");
        second.getEvidence().add(evidence);
    }

    private TextSpan span(int start, int end, SpanKind kind) {
        Quotes.Selector selector = Quotes.selector(article.getText(), start, end);
        TextSpan span = CaseFactory.eINSTANCE.createTextSpan();
        span.setStart(start);
        span.setEnd(end);
        span.setExact(selector.exact());
        span.setPrefix(selector.prefix());
        span.setSuffix(selector.suffix());
        span.setKind(kind);
        span.setAnchorStatus(AnchorStatus.ANCHORED);
        return span;
    }

    @Test
    void commentsAreNotQuotedButTheirPlaceIsSaid() throws Exception {
        org.factcheck.model.Source outlet = demo.getSources().get(0);
        article.setOutlet(outlet);
        second.getEvidence().get(second.getEvidence().size() - 1).setSource(outlet); // as older versions recorded it
        String html = Demo.exportText("html", demo, Map.of());
        assertFalse(html.contains("Everyone knows the border"), "the reader's words are not quoted anywhere in the report");
        assertFalse(html.contains("Fake news"), "nor the comments around them as context");
        String where = "In the reader comments / boilerplate of “" + escape(article.getTitle())
                + "”, not the article itself: not quoted in this report.";
        String one = section(html, first);
        assertTrue(one.contains("<blockquote class=\"boilerplate\"><span class=\"not-article\">" + where + "</span>"),
                "the appearance says where it is: " + one);
        assertTrue(one.contains("Where it was said (" + first.getAppearances().size() + ")"), "it is still counted");
        String two = section(html, second);
        assertTrue(two.contains("<blockquote class=\"boilerplate\"><span class=\"stance refutes\">refutes</span>"
                + "<span class=\"not-article\">" + where + "</span>"), "the evidence keeps its stance: " + two);
        assertTrue(two.contains("A reader disputes it."), "and its note");
        String block = two.substring(two.indexOf("<blockquote class=\"boilerplate\">"));
        block = block.substring(0, block.indexOf("</blockquote>"));
        assertFalse(block.contains("Source: " + escape(outlet.getName())), "a reader is not credited as the outlet: " + block);
    }

    @Test
    void articleQuotesStayQuoted() throws Exception {
        String html = Demo.exportText("html", demo, Map.of());
        for (TextSpan span : first.getAppearances()) {
            if (span.getKind() == SpanKind.CLAIM_APPEARANCE && !span.getExact().equals(COMMENT)) {
                assertTrue(section(html, first).contains("<mark>" + escape(span.getExact()) + "</mark>"), span.getExact());
            }
        }
        assertEquals(1, count("class=\"not-article\"", section(html, first)));
    }

    @Test
    void articleTableCountsTheRegionApart() throws Exception {
        String html = Demo.exportText("html", demo, Map.of());
        long passages = article.getAnnotations().stream().filter(s -> s.getKind() != SpanKind.BOILERPLATE).count();
        String row = html.substring(html.indexOf("id=\"document-" + article.getId() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains(passages + " passages · 1 region of comments / boilerplate"), row);
    }

    private static int count(String needle, String in) {
        int n = 0;
        for (int at = in.indexOf(needle); at >= 0; at = in.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static String section(String html, Claim claim) {
        int at = html.indexOf("<article class=\"claim\" id=\"claim-" + claim.getId() + "\"");
        assertTrue(at > 0, claim.getStatement());
        return html.substring(at, html.indexOf("</article>", at));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
