package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.factcheck.core.text.CodePoints;
import org.factcheck.core.text.Hashes;
import org.factcheck.core.text.Quotes;
import org.factcheck.core.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class TextUtilitiesTest {

    private static final String MIXED = "Привет 👋 мир\n";

    @Test
    void normalizeStripsBomAndUnifiesLineEnds() {
        assertEquals("a\nb\nc\n", TextNormalizer.normalize("\uFEFFa\r\nb\rc\r\n"));
    }

    @Test
    void normalizeComposesToNfc() {
        String decomposed = "Cafe\u0301 и\u0306";
        String normalized = TextNormalizer.normalize(decomposed);
        assertEquals("Caf\u00E9 \u0439", normalized);
        assertEquals(6, normalized.length());
    }

    @Test
    void normalizeTrimsTrailingSpaceButKeepsIndentation() {
        assertEquals("  indented\nnbsp\ntab\n", TextNormalizer.normalize("  indented   \nnbsp\u00A0\ntab\t\n"));
    }

    @Test
    void normalizeCollapsesThreeOrMoreBlankLinesToTwo() {
        assertEquals("a\n\nb\n\n\nc\n\n\nd", TextNormalizer.normalize("a\n\nb\n\n\nc\n\n\n\n\n\n\nd"));
        assertEquals("a\n\n\nb", TextNormalizer.normalize("a\n \n\t\n  \n\nb"));
    }

    @Test
    void normalizeIsIdempotent() {
        String once = TextNormalizer.normalize("\uFEFFx \r\n\r\n\r\n\r\n\r\ny\u0301");
        assertEquals(once, TextNormalizer.normalize(once));
    }

    @Test
    void codePointsCountEmojiOnce() {
        assertEquals(14, MIXED.length());
        assertEquals(13, CodePoints.length(MIXED));
        int charIndexOfWorld = MIXED.indexOf("мир");
        assertEquals(10, charIndexOfWorld);
        assertEquals(9, CodePoints.toCodePointOffset(MIXED, charIndexOfWorld));
        assertEquals(10, CodePoints.toCharIndex(MIXED, 9));
        assertEquals(7, CodePoints.toCharIndex(MIXED, 7));
        assertEquals(9, CodePoints.toCharIndex(MIXED, 8));
        assertEquals(MIXED.length(), CodePoints.toCharIndex(MIXED, 13));
        assertEquals("👋", CodePoints.substring(MIXED, 7, 8));
        assertEquals("мир", CodePoints.substring(MIXED, 9, 12));
    }

    @Test
    void codePointsRejectOutOfRangeOffsets() {
        assertThrows(IndexOutOfBoundsException.class, () -> CodePoints.toCharIndex(MIXED, 14));
        assertThrows(IndexOutOfBoundsException.class, () -> CodePoints.toCharIndex(MIXED, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> CodePoints.toCodePointOffset(MIXED, 15));
        assertThrows(IndexOutOfBoundsException.class, () -> CodePoints.substring(MIXED, 5, 4));
    }

    @Test
    void sha256MatchesKnownVectors() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hashes.sha256Hex(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashes.sha256Hex("abc"));
        // the UTF-8 encoding of "é" is C3 A9
        assertEquals(Hashes.sha256Hex(new byte[] { (byte) 0xC3, (byte) 0xA9 }), Hashes.sha256Hex("\u00E9"));
    }

    @Test
    void quoteSelectorTakesContextInCodePoints() {
        Quotes.Selector selector = Quotes.selector(MIXED, 9, 12);
        assertEquals("мир", selector.exact());
        assertEquals("Привет 👋 ", selector.prefix());
        assertEquals("\n", selector.suffix());
    }

    @Test
    void quoteSelectorLimitsContextTo32CodePoints() {
        String emojis = "😀".repeat(40);
        String text = emojis + "quote" + emojis;
        Quotes.Selector selector = Quotes.selector(text, 40, 45);
        assertEquals("quote", selector.exact());
        assertEquals("😀".repeat(32), selector.prefix());
        assertEquals("😀".repeat(32), selector.suffix());
        assertEquals(64, selector.prefix().length());
        Quotes.Selector atStart = Quotes.selector(text, 0, 1);
        assertEquals("", atStart.prefix());
        assertEquals("😀", atStart.exact());
        assertThrows(IndexOutOfBoundsException.class, () -> Quotes.selector(text, 80, 86));
    }
}
