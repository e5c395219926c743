package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.core.anchoring.Anchorer;
import org.factcheck.core.anchoring.Placement;
import org.factcheck.core.anchoring.Reanchoring;
import org.factcheck.core.text.CodePoints;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * Re-anchoring spans to a new version of an article: edits before, inside and after spans, moved paragraphs,
 * quotes that occur twice, deleted quotes and characters outside the Basic Multilingual Plane.
 */
class AnchorerTest {

    private static final String P1 = "Kremlin spokesman Dmitry Peskov said on Monday that Moscow would consult residents.\n\n";
    private static final String P2 = "\"We will continue consultations with the local population,\" Peskov told reporters.\n\n";
    private static final String P3 = "Ukraine's army said it had retaken several villages near the Dnipro river.\n";
    private static final String TEXT = P1 + P2 + P3;
    private static final String QUOTE = "We will continue consultations with the local population";

    private final Anchorer anchorer = new Anchorer();

    @Test
    void unchangedTextKeepsEverySpanWhereItWas() {
        Document doc = document(TEXT);
        TextSpan quote = span(doc, QUOTE);
        TextSpan villages = span(doc, "retaken several villages");
        Reanchoring result = anchorer.reanchor(doc, TEXT);
        assertPlaced(result.placements().get(0), AnchorStatus.ANCHORED, TEXT, QUOTE);
        assertEquals(quote.getStart(), result.placements().get(0).start());
        assertEquals(villages.getEnd(), result.placements().get(1).end());
        assertTrue(result.placements().stream().noneMatch(Placement::changesSpan));
    }

    @Test
    void insertionsAndDeletionsBeforeTheSpanShiftIt() {
        Document doc = document(TEXT);
        span(doc, QUOTE);
        String inserted = "UPDATE: this story has been corrected. " + TEXT;
        assertPlaced(anchorer.reanchor(doc, inserted).placements().get(0), AnchorStatus.ANCHORED, inserted, QUOTE);

        String deleted = TEXT.replace("Kremlin spokesman ", "");
        Placement placement = anchorer.reanchor(doc, deleted).placements().get(0);
        assertPlaced(placement, AnchorStatus.ANCHORED, deleted, QUOTE);
        assertEquals(CodePoints.length("Kremlin spokesman "), doc.getAnnotations().get(0).getStart() - placement.start());
    }

    @Test
    void editsAfterTheSpanLeaveItInPlace() {
        Document doc = document(TEXT);
        TextSpan span = span(doc, QUOTE);
        String changed = TEXT.replace("several villages", "three villages and a town") + "Editor's note: updated.\n";
        Placement placement = anchorer.reanchor(doc, changed).placements().get(0);
        assertPlaced(placement, AnchorStatus.ANCHORED, changed, QUOTE);
        assertEquals(span.getStart(), placement.start());
    }

    @Test
    void aWordInsertedInsideTheQuoteGivesAFuzzyMatchCoveringTheNewWords() {
        Document doc = document(TEXT);
        span(doc, QUOTE);
        String edited = QUOTE.replace("continue consultations", "continue intensive consultations");
        String changed = TEXT.replace(QUOTE, edited);
        Placement placement = anchorer.reanchor(doc, changed).placements().get(0);
        assertPlaced(placement, AnchorStatus.FUZZY, changed, edited);
        assertTrue(placement.score() >= Anchorer.DEFAULT_THRESHOLD && placement.score() < 1, "score " + placement.score());
    }

    @Test
    void aWordDeletedInsideTheQuoteGivesAFuzzyMatch() {
        Document doc = document(TEXT);
        span(doc, QUOTE);
        String edited = QUOTE.replace(" local", "");
        String changed = TEXT.replace(QUOTE, edited);
        assertPlaced(anchorer.reanchor(doc, changed).placements().get(0), AnchorStatus.FUZZY, changed, edited);
    }

    @Test
    void aMovedParagraphTakesItsSpansAlong() {
        Document doc = document(TEXT);
        span(doc, QUOTE);
        span(doc, "retaken several villages");
        String moved = P3 + "\n" + P1 + P2.strip() + "\n";
        Reanchoring result = anchorer.reanchor(doc, moved);
        assertPlaced(result.placements().get(0), AnchorStatus.ANCHORED, moved, QUOTE);
        assertPlaced(result.placements().get(1), AnchorStatus.ANCHORED, moved, "retaken several villages");
        assertEquals(moved.indexOf("retaken"), result.placements().get(1).start());
    }

    @Test
    void aMovedAndEditedParagraphIsFoundApproximately() {
        Document doc = document(TEXT);
        span(doc, QUOTE);
        String edited = QUOTE.replace("local population", "local residents");
        String moved = P3 + "\n" + P1 + P2.replace(QUOTE, edited);
        assertPlaced(anchorer.reanchor(doc, moved).placements().get(0), AnchorStatus.FUZZY, moved, edited);
    }

    @Test
    void aQuoteThatOccursTwiceKeepsEachSpanOnItsOwnOccurrence() {
        String phrase = "the borders will be clarified";
        String text = "On Monday Peskov said " + phrase + " soon.\n\nOn Wednesday Matviyenko said " + phrase
                + " by the parliament.\n";
        Document doc = document(text);
        TextSpan first = span(doc, phrase, 0);
        TextSpan second = span(doc, phrase, 1);
        String changed = "BREAKING. " + text.replace("On Wednesday", "Two days later, on Wednesday,");
        Reanchoring result = anchorer.reanchor(doc, changed);
        int firstAt = changed.indexOf(phrase);
        int secondAt = changed.indexOf(phrase, firstAt + 1);
        assertEquals(CodePoints.toCodePointOffset(changed, firstAt), result.placements().get(0).start());
        assertEquals(CodePoints.toCodePointOffset(changed, secondAt), result.placements().get(1).start());
        assertNotEquals(first.getStart(), second.getStart());
        assertTrue(result.placements().stream().allMatch(p -> p.status() == AnchorStatus.ANCHORED));
    }

    @Test
    void aSecondOccurrenceAddedElsewhereDoesNotCaptureTheSpan() {
        Document doc = document(TEXT);
        span(doc, QUOTE);
        String changed = "Summary: \"" + QUOTE + "\", the spokesman repeated on Tuesday.\n\n" + TEXT;
        Placement placement = anchorer.reanchor(doc, changed).placements().get(0);
        assertPlaced(placement, AnchorStatus.ANCHORED, changed, QUOTE);
        assertEquals(CodePoints.toCodePointOffset(changed, changed.lastIndexOf(QUOTE)), placement.start(),
                "the span stays on the occurrence whose context it recorded, not the new one");
    }

    @Test
    void aDeletedQuoteBecomesAnOrphanThatKeepsItsWords() {
        Document doc = document(TEXT);
        span(doc, QUOTE);
        span(doc, "retaken several villages");
        String changed = P1 + P3;
        Reanchoring result = anchorer.reanchor(doc, changed);
        assertEquals(2, result.placements().size(), "no span is dropped");
        Placement orphan = result.placements().get(0);
        assertEquals(AnchorStatus.ORPHANED, orphan.status());
        assertEquals(QUOTE, orphan.selector().exact(), "the orphan keeps its quote for review");
        assertEquals(orphan.start(), orphan.end(), "an orphan covers no text");
        assertEquals(CodePoints.length(P1), orphan.start(), "it waits where its paragraph was");
        assertEquals(List.of(orphan), result.orphans());
        assertPlaced(result.placements().get(1), AnchorStatus.ANCHORED, changed, "retaken several villages");
        assertTrue(result.summary().contains("1 orphaned"), result.summary());
    }

    @Test
    void aShortQuoteWhoseContextIsGoneIsNotMovedToAnotherOccurrence() {
        String text = "Asked whether Russia would annex more land, Peskov said: no.\n\nThe ministry said no comment.\n";
        Document doc = document(text);
        span(doc, "no", 0); // the answer, not the "no" of "no comment"
        String changed = text.replace("Asked whether Russia would annex more land, Peskov said: no.\n\n", "");
        Placement placement = anchorer.reanchor(doc, changed).placements().get(0);
        assertNotEquals(AnchorStatus.ANCHORED, placement.status(), "a two-letter quote without its context is not trusted");
    }

    @Test
    void nonBmpCharactersCountAsOneCodePointEverywhere() {
        String text = "Map 🗺 of the front: \"the 𝔟𝔬𝔯𝔡𝔢𝔯𝔰 are not final 🇷🇺\" said the Kremlin.\n";
        String quote = "the 𝔟𝔬𝔯𝔡𝔢𝔯𝔰 are not final 🇷🇺";
        Document doc = document(text);
        TextSpan span = span(doc, quote);
        String inserted = "😀😀 " + text;
        Placement shifted = anchorer.reanchor(doc, inserted).placements().get(0);
        assertPlaced(shifted, AnchorStatus.ANCHORED, inserted, quote);
        assertEquals(span.getStart() + 3, shifted.start(), "two emoji and a space are three code points");

        String edited = quote.replace("not final", "not yet final");
        String changed = "😀 " + text.replace(quote, edited);
        Placement fuzzy = anchorer.reanchor(doc, changed).placements().get(0);
        assertPlaced(fuzzy, AnchorStatus.FUZZY, changed, edited);
    }

    @Test
    void reanchoringChangesNothingInTheModel() {
        Document doc = document(TEXT);
        TextSpan span = span(doc, QUOTE);
        int start = span.getStart();
        anchorer.reanchor(doc, "completely different text");
        assertEquals(TEXT, doc.getText());
        assertEquals(start, span.getStart());
        assertEquals(AnchorStatus.ANCHORED, span.getAnchorStatus());
    }

    @Test
    void badThresholdsAreRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Anchorer(1.5));
        assertTrue(e.getMessage().contains("threshold"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Anchorer(0));
        assertThrows(NullPointerException.class, () -> anchorer.reanchor(document(TEXT), null));
    }

    private static void assertPlaced(Placement placement, AnchorStatus status, String newText, String expectedQuote) {
        assertEquals(status, placement.status(), "status of " + placement);
        assertEquals(expectedQuote, CodePoints.substring(newText, placement.start(), placement.end()));
        assertEquals(expectedQuote, placement.selector().exact());
    }

    private static Document document(String text) {
        Document document = CaseFactory.eINSTANCE.createDocument();
        document.setText(text);
        return document;
    }

    private static TextSpan span(Document document, String quote) {
        return span(document, quote, 0);
    }

    /** A span over the {@code occurrence}-th (from 0) occurrence of {@code quote}. */
    private static TextSpan span(Document document, String quote, int occurrence) {
        String text = document.getText();
        int at = text.indexOf(quote);
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(quote, at + 1);
        }
        int start = CodePoints.toCodePointOffset(text, at);
        int end = start + CodePoints.length(quote);
        Quotes.Selector selector = Quotes.selector(text, start, end);
        TextSpan span = CaseFactory.eINSTANCE.createTextSpan();
        span.setStart(start);
        span.setEnd(end);
        span.setExact(selector.exact());
        span.setPrefix(selector.prefix());
        span.setSuffix(selector.suffix());
        span.setKind(SpanKind.CLAIM_APPEARANCE);
        document.getAnnotations().add(span);
        return span;
    }
}
