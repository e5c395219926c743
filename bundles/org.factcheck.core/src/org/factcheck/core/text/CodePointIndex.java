package org.factcheck.core.text;

import java.util.Arrays;

/**
 * Converts between code point offsets and char indices of one text in logarithmic time. {@link CodePoints} walks
 * the text for every conversion, which is fine for one span but not for the thousands of spans of a long article
 * that an editor or the re-anchoring converts at once.
 * <p>
 * Conversions agree with {@link CodePoints}: a valid surrogate pair is one code point, an unpaired surrogate is one
 * code point too, and a char index between the two halves of a pair counts the pair as passed.
 */
public final class CodePointIndex {

    /** Char index of the high surrogate of every valid surrogate pair, ascending. */
    private final int[] pairs;
    /** For pair {@code k}: its code point offset, {@code pairs[k] - k}. */
    private final int[] pairCodePoints;
    private final int charLength;

    private CodePointIndex(int[] pairs, int charLength) {
        this.pairs = pairs;
        this.charLength = charLength;
        this.pairCodePoints = new int[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            pairCodePoints[k] = pairs[k] - k;
        }
    }

    /**
     * Indexes a text.
     *
     * @param text the text
     * @return its index; the text itself is not kept
     */
    public static CodePointIndex of(String text) {
        int[] found = new int[16];
        int count = 0;
        for (int i = 0, n = text.length() - 1; i < n; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i++;
            }
        }
        return new CodePointIndex(Arrays.copyOf(found, count), text.length());
    }

    /**
     * @return the length of the text in code points
     */
    public int length() {
        return charLength - pairs.length;
    }

    /**
     * Returns the char index of a code point offset.
     *
     * @param codePoint an offset between 0 and {@link #length()} inclusive
     * @return the char index at which that code point starts
     * @throws IndexOutOfBoundsException if the offset is out of range
     */
    public int toCharIndex(int codePoint) {
        if (codePoint < 0 || codePoint > length()) {
            throw new IndexOutOfBoundsException("code point offset " + codePoint + " is not within 0.." + length());
        }
        // pairs that start before this code point each add one char
        int before = insertionPoint(pairCodePoints, codePoint);
        return codePoint + before;
    }

    /**
     * Returns the code point offset of a char index.
     *
     * @param charIndex an index between 0 and the text's char length inclusive
     * @return the number of code points before it
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public int toCodePointOffset(int charIndex) {
        if (charIndex < 0 || charIndex > charLength) {
            throw new IndexOutOfBoundsException("char index " + charIndex + " is not within 0.." + charLength);
        }
        // pairs that end at or before charIndex (high surrogate at or before charIndex - 2) count one char too many
        int complete = insertionPoint(pairs, charIndex - 1);
        return charIndex - complete;
    }

    /** The number of elements of the ascending {@code values} that are smaller than {@code key}. */
    private static int insertionPoint(int[] values, int key) {
        int found = Arrays.binarySearch(values, key);
        return found >= 0 ? found : -found - 1;
    }
}
