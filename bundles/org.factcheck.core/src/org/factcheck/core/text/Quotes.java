package org.factcheck.core.text;

import java.util.Objects;

/**
 * Builds text quote selectors: the quoted text plus some context on either side, which lets an
 * annotation be found again when offsets no longer fit (the idea of the W3C Web Annotation
 * {@code TextQuoteSelector}).
 */
public final class Quotes {

    /** How many code points of context {@link #selector(String, int, int)} takes on either side. */
    public static final int CONTEXT = 32;

    /**
     * A quote with its context.
     *
     * @param exact  the quoted text
     * @param prefix up to {@link Quotes#CONTEXT} code points immediately before it (shorter at the start of the text)
     * @param suffix up to {@link Quotes#CONTEXT} code points immediately after it (shorter at the end of the text)
     */
    public record Selector(String exact, String prefix, String suffix) {

        /**
         * Checks the components.
         *
         * @param exact  the quoted text
         * @param prefix the text before it
         * @param suffix the text after it
         */
        public Selector {
            Objects.requireNonNull(exact, "exact");
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(suffix, "suffix");
        }
    }

    private Quotes() {
    }

    /**
     * Builds the selector of a range of a text.
     *
     * @param text    the whole text
     * @param startCp the start of the quote in code points, inclusive
     * @param endCp   the end of the quote in code points, exclusive
     * @return the exact text of the range, with {@link #CONTEXT} code points of prefix and suffix
     * @throws IndexOutOfBoundsException if the range does not lie within the text
     */
    public static Selector selector(String text, int startCp, int endCp) {
        return selector(text, CodePointIndex.of(text), startCp, endCp);
    }

    /**
     * {@link #selector(String, int, int)} through the text's index, made once for the many ranges of one text: the
     * work is the length of the range and its context, not of the text.
     *
     * @param text    the whole text
     * @param index   {@link CodePointIndex#of} this text
     * @param startCp the start of the quote in code points, inclusive
     * @param endCp   the end of the quote in code points, exclusive
     * @return the exact text of the range, with {@link #CONTEXT} code points of prefix and suffix
     * @throws IndexOutOfBoundsException if the range does not lie within the text
     */
    public static Selector selector(String text, CodePointIndex index, int startCp, int endCp) {
        int length = index.length();
        if (startCp < 0 || endCp > length || endCp < startCp) {
            throw new IndexOutOfBoundsException(
                    "range [" + startCp + ", " + endCp + ") is not within a text of " + length + " code points");
        }
        int from = index.toCharIndex(Math.max(0, startCp - CONTEXT));
        int start = index.toCharIndex(startCp);
        int end = index.toCharIndex(endCp);
        int to = index.toCharIndex(Math.min(length, endCp + CONTEXT));
        return new Selector(text.substring(start, end), text.substring(from, start), text.substring(end, to));
    }
}
