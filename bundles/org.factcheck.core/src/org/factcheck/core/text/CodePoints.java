package org.factcheck.core.text;

import java.util.Objects;

/**
 * Conversions between Java {@code char} indices (UTF-16 code units) and Unicode code point offsets,
 * the unit of every offset stored in a case file.
 */
public final class CodePoints {

    private CodePoints() {
    }

    /**
     * Returns the code point offset of a char index.
     *
     * @param text      the text
     * @param charIndex a char index between 0 and {@code text.length()} inclusive; an index that falls
     *                  between the two halves of a surrogate pair counts the pair as already passed
     * @return the number of code points in {@code text} before {@code charIndex}
     * @throws IndexOutOfBoundsException if {@code charIndex} is out of range
     */
    public static int toCodePointOffset(String text, int charIndex) {
        Objects.checkIndex(charIndex, text.length() + 1);
        return text.codePointCount(0, charIndex);
    }

    /**
     * Returns the char index of a code point offset.
     *
     * @param text        the text
     * @param codePoint   a code point offset between 0 and {@link #length(String)} inclusive
     * @return the char index at which the code point starts ({@code text.length()} for the end)
     * @throws IndexOutOfBoundsException if {@code codePoint} is out of range
     */
    public static int toCharIndex(String text, int codePoint) {
        if (codePoint < 0) {
            throw new IndexOutOfBoundsException("negative code point offset " + codePoint);
        }
        return text.offsetByCodePoints(0, codePoint);
    }

    /**
     * Returns the length of a text in code points.
     *
     * @param text the text
     * @return the number of Unicode code points (an unpaired surrogate counts as one)
     */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Returns the part of a text between two code point offsets.
     *
     * @param text    the text
     * @param startCp the first code point, inclusive
     * @param endCp   the end, exclusive, not smaller than {@code startCp}
     * @return the substring
     * @throws IndexOutOfBoundsException if an offset is out of range or {@code endCp < startCp}
     */
    public static String substring(String text, int startCp, int endCp) {
        if (endCp < startCp) {
            throw new IndexOutOfBoundsException("end " + endCp + " is before start " + startCp);
        }
        int start = toCharIndex(text, startCp);
        int end = text.offsetByCodePoints(start, endCp - startCp);
        return text.substring(start, end);
    }
}
