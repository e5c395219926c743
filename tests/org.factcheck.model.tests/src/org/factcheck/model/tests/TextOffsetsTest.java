package org.factcheck.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Stream;

import org.eclipse.emf.common.util.ECollections;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Document.codePointLength() and TextSpan.coveredText(): span offsets count Unicode code points, not Java chars.
 * Every non-ASCII case below has a different char length, so a helper that mixed the two units would fail.
 */
class TextOffsetsTest {

    private static final CaseFactory F = CaseFactory.eINSTANCE;

    // U+1F44D THUMBS UP SIGN + U+1F3FD skin tone modifier: 2 code points, 4 chars, one visible glyph.
    private static final String THUMBS_UP_MEDIUM = "\uD83D\uDC4D\uD83C\uDFFD";
    // U+1D518 MATHEMATICAL FRAKTUR CAPITAL U: 1 code point, 2 chars.
    private static final String FRAKTUR_U = "\uD835\uDD18";
    // "e" + U+0301 COMBINING ACUTE ACCENT: 2 code points, 2 chars, one visible glyph.
    private static final String E_ACUTE_DECOMPOSED = "e\u0301";

    static Document document(String text) {
        Document document = F.createDocument();
        document.setText(text);
        return document;
    }

    static TextSpan span(Document document, int start, int end) {
        TextSpan span = F.createTextSpan();
        span.setStart(start);
        span.setEnd(end);
        if (document != null) {
            document.getAnnotations().add(span);
        }
        return span;
    }

    static Stream<Arguments> lengths() {
        return Stream.of(
                Arguments.of("empty", "", 0, 0),
                Arguments.of("ASCII", "The border was closed.", 22, 22),
                Arguments.of("ASCII with line breaks", "one\ntwo\n", 8, 8),
                Arguments.of("Cyrillic (BMP)", "Кремль заявил", 13, 13),
                Arguments.of("emoji with skin tone", "Ok " + THUMBS_UP_MEDIUM + " done", 10, 12),
                Arguments.of("only the emoji", THUMBS_UP_MEDIUM, 2, 4),
                Arguments.of("mathematical fraktur", FRAKTUR_U + "nion", 5, 6),
                Arguments.of("combining accent", "Caf" + E_ACUTE_DECOMPOSED + " au lait", 13, 13),
                Arguments.of("precomposed accent", "Caf\u00E9 au lait", 12, 12),
                Arguments.of("mixed", "Путин: " + THUMBS_UP_MEDIUM + FRAKTUR_U, 10, 13));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lengths")
    void codePointLengthCountsCodePoints(String label, String text, int codePoints, int chars) {
        assertEquals(chars, text.length(), "test data: char length of " + label);
        Document document = document(text);
        assertEquals(codePoints, document.codePointLength());
    }

    @Test
    void codePointLengthOfMissingTextIsZero() {
        assertEquals(0, F.createDocument().codePointLength());
        assertEquals(0, document(null).codePointLength());
    }

    @Test
    void codePointLengthIsReachableThroughOperationReflection() throws Exception {
        Document document = document("Ok " + THUMBS_UP_MEDIUM);
        Object result = document.eInvoke(CasePackage.Literals.DOCUMENT___CODE_POINT_LENGTH, ECollections.emptyEList());
        assertEquals(5, result);
    }

    @Test
    void codePointLengthFollowsTextChanges() {
        Document document = document("abc");
        assertEquals(3, document.codePointLength());
        document.setText(FRAKTUR_U);
        assertEquals(1, document.codePointLength());
    }

    static Stream<Arguments> coveredTexts() {
        String emojiText = "Ok " + THUMBS_UP_MEDIUM + " done";
        String combining = "Caf" + E_ACUTE_DECOMPOSED + " au lait";
        return Stream.of(
                Arguments.of("ASCII word", "The border was closed.", 4, 10, "border"),
                Arguments.of("ASCII whole text", "The border was closed.", 0, 22, "The border was closed."),
                Arguments.of("ASCII empty span at end", "abc", 3, 3, ""),
                Arguments.of("ASCII empty span at start", "abc", 0, 0, ""),
                Arguments.of("Cyrillic first word", "Кремль заявил", 0, 6, "Кремль"),
                Arguments.of("Cyrillic last word", "Кремль заявил", 7, 13, "заявил"),
                Arguments.of("whole emoji cluster", emojiText, 3, 5, THUMBS_UP_MEDIUM),
                Arguments.of("text after the emoji", emojiText, 5, 10, " done"),
                Arguments.of("last code point after emoji", emojiText, 9, 10, "e"),
                // Offsets are code points, not grapheme clusters: a span may split an emoji from its modifier.
                Arguments.of("emoji without its modifier", emojiText, 3, 4, "\uD83D\uDC4D"),
                Arguments.of("modifier alone", THUMBS_UP_MEDIUM, 1, 2, "\uD83C\uDFFD"),
                Arguments.of("fraktur letter", FRAKTUR_U + "nion", 0, 1, FRAKTUR_U),
                Arguments.of("after the fraktur letter", FRAKTUR_U + "nion", 1, 5, "nion"),
                Arguments.of("letter with combining accent", combining, 0, 5, "Caf" + E_ACUTE_DECOMPOSED),
                Arguments.of("combining accent cut off", combining, 0, 4, "Cafe"),
                Arguments.of("combining accent alone", combining, 4, 5, "\u0301"),
                Arguments.of("after the combining accent", combining, 6, 13, "au lait"));
    }

    @ParameterizedTest(name = "{0} [{2},{3})")
    @MethodSource("coveredTexts")
    void coveredTextSelectsCodePoints(String label, String text, int start, int end, String expected) {
        TextSpan span = span(document(text), start, end);
        assertEquals(expected, span.coveredText());
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("end past the text", "abc", 0, 4),
                Arguments.of("empty span past the text", "abc", 4, 4),
                Arguments.of("negative start", "abc", -1, 2),
                Arguments.of("negative start and end", "abc", -2, -1),
                Arguments.of("reversed", "abc", 2, 1),
                Arguments.of("reversed, both in range", "abcdef", 5, 0),
                Arguments.of("huge end", "abc", 0, Integer.MAX_VALUE),
                Arguments.of("min start", "abc", Integer.MIN_VALUE, 1),
                // 4 chars but only 2 code points: an offset check against String.length() would accept these.
                Arguments.of("end within chars but past code points", THUMBS_UP_MEDIUM, 0, 3),
                Arguments.of("end at char length of emoji", THUMBS_UP_MEDIUM, 2, 4),
                Arguments.of("end past Cyrillic text", "Кремль", 0, 7),
                Arguments.of("empty document", "", 0, 1));
    }

    @ParameterizedTest(name = "{0} [{2},{3})")
    @MethodSource("outOfRange")
    void coveredTextIsNullForOffsetsOutOfRange(String label, String text, int start, int end) {
        TextSpan span = span(document(text), start, end);
        assertNull(span.coveredText());
    }

    @Test
    void coveredTextOfSpanWithoutDocumentIsNull() {
        TextSpan span = span(null, 0, 0);
        assertNull(span.getDocument());
        assertNull(span.coveredText());
        span.setEnd(3);
        assertNull(span.coveredText());
    }

    @Test
    void coveredTextOfDocumentWithoutTextIsNull() {
        TextSpan span = span(document(null), 0, 0);
        assertNull(span.coveredText());
    }

    @Test
    void coveredTextFollowsTheDocumentItIsIn() {
        TextSpan span = span(document("Кремль заявил"), 0, 6);
        assertEquals("Кремль", span.coveredText());

        Document other = document("Border closed");
        other.getAnnotations().add(span); // moves the span
        assertSame(other, span.getDocument());
        assertEquals("Border", span.coveredText());

        other.setText("Bor"); // the text shrank under the span
        assertNull(span.coveredText());

        other.getAnnotations().remove(span);
        assertNull(span.coveredText());
    }

    @Test
    void defaultOffsetsSelectTheEmptyStringAtTheStart() {
        TextSpan span = F.createTextSpan();
        assertEquals(0, span.getStart());
        assertEquals(0, span.getEnd());
        document("abc").getAnnotations().add(span);
        assertEquals("", span.coveredText());
    }

    @Test
    void coveredTextIsReachableThroughOperationReflection() throws Exception {
        TextSpan span = span(document("Кремль заявил"), 7, 13);
        Object result = span.eInvoke(CasePackage.Literals.TEXT_SPAN___COVERED_TEXT, ECollections.emptyEList());
        assertEquals("заявил", result);
    }
}
