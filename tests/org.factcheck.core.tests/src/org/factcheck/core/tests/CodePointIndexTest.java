package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.factcheck.core.text.CodePointIndex;
import org.factcheck.core.text.CodePoints;
import org.junit.jupiter.api.Test;

/** The fast code point index agrees with {@link CodePoints} at every offset, surrogate pairs and lone halves included. */
class CodePointIndexTest {

    @Test
    void agreesWithCodePointsOnRandomTexts() {
        Random random = new Random(7);
        String[] pieces = { "a", "ж", "😀", "\uD800", "\uDC00", "𝔟", " ", "\n" };
        for (int round = 0; round < 50; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            CodePointIndex index = CodePointIndex.of(s);
            assertEquals(CodePoints.length(s), index.length(), s);
            for (int c = 0; c <= s.length(); c++) {
                assertEquals(CodePoints.toCodePointOffset(s, c), index.toCodePointOffset(c), "char " + c + " of " + s);
            }
            for (int cp = 0; cp <= index.length(); cp++) {
                assertEquals(CodePoints.toCharIndex(s, cp), index.toCharIndex(cp), "code point " + cp + " of " + s);
            }
        }
    }

    @Test
    void offsetsOutOfRangeAreRefused() {
        CodePointIndex index = CodePointIndex.of("a😀b");
        assertEquals(3, index.length());
        assertThrows(IndexOutOfBoundsException.class, () -> index.toCharIndex(4));
        assertThrows(IndexOutOfBoundsException.class, () -> index.toCodePointOffset(-1));
    }
}
