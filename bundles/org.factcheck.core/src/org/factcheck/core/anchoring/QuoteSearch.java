package org.factcheck.core.anchoring;

import java.util.function.IntConsumer;

import org.factcheck.core.text.Quotes;

/**
 * The exact and the white-space-relaxed search for a quote, shared by re-anchoring and by the placing of imported
 * annotations. Both run in time linear in the text and the quote: occurrences are found with the
 * Knuth–Morris–Pratt automaton, and each occurrence's context is compared over at most
 * {@link #CONTEXT_COMPARED} chars on either side.
 */
final class QuoteSearch {

    /** At most this many chars of a stored prefix and suffix are compared with the text. */
    static final int CONTEXT_COMPARED = 256;

    /**
     * An occurrence in char indexes of the text searched.
     *
     * @param start   the first char
     * @param end     the char after the last
     * @param context the share of the context that agrees, 0 to 1
     */
    record Hit(int start, int end, double context) {
    }

    private QuoteSearch() {
    }

    /** The selector with its prefix and suffix cut to the {@link #CONTEXT_COMPARED} chars next to the quote. */
    static Quotes.Selector bounded(Quotes.Selector selector) {
        String prefix = selector.prefix();
        String suffix = selector.suffix();
        if (prefix.length() <= CONTEXT_COMPARED && suffix.length() <= CONTEXT_COMPARED) {
            return selector;
        }
        int from = prefix.length() - Math.min(prefix.length(), CONTEXT_COMPARED);
        if (from > 0 && Character.isLowSurrogate(prefix.charAt(from))) {
            from++;
        }
        int to = Math.min(suffix.length(), CONTEXT_COMPARED);
        if (to > 0 && to < suffix.length() && Character.isHighSurrogate(suffix.charAt(to - 1))) {
            to--;
        }
        return new Quotes.Selector(selector.exact(), prefix.substring(from), suffix.substring(0, to));
    }

    /**
     * Calls {@code found} with the char index of every occurrence of {@code pattern} in {@code text}, overlapping
     * ones included, in increasing order; O(text + pattern).
     */
    static void occurrences(String text, String pattern, IntConsumer found) {
        int m = pattern.length();
        if (m == 0 || m > text.length()) {
            return;
        }
        int[] border = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
                k = border[k - 1];
            }
            if (pattern.charAt(i) == pattern.charAt(k)) {
                k++;
            }
            border[i] = k;
        }
        for (int i = 0, k = 0; i < text.length(); i++) {
            while (k > 0 && text.charAt(i) != pattern.charAt(k)) {
                k = border[k - 1];
            }
            if (text.charAt(i) == pattern.charAt(k)) {
                k++;
            }
            if (k == m) {
                found.accept(i - m + 1);
                k = border[k - 1];
            }
        }
    }

    /**
     * The occurrence of the selector's exact text whose surroundings agree best with its prefix and suffix, of
     * equally good ones the nearest to {@code hint} (a char index; negative for none: then the first).
     *
     * @return the best occurrence, or null if there is none
     */
    /**
     * The quote at {@code at} if it stands there with all of its context (which no other occurrence can better:
     * {@link #bestExact} would choose it), or null.
     */
    static Hit whollyAt(String text, Quotes.Selector selector, int at) {
        String exact = selector.exact();
        if (at < 0 || !text.startsWith(exact, at) || Anchorer.splitsPair(text, at)
                || Anchorer.splitsPair(text, at + exact.length()) || context(text, at, exact.length(), selector) < 1) {
            return null;
        }
        return new Hit(at, at + exact.length(), 1);
    }

    static Hit bestExact(String text, Quotes.Selector selector, int hint) {
        Best best = new Best(hint);
        String exact = selector.exact();
        occurrences(text, exact, at -> {
            if (!Anchorer.splitsPair(text, at) && !Anchorer.splitsPair(text, at + exact.length())) {
                best.offer(at, at + exact.length(), context(text, at, exact.length(), selector));
            }
        });
        return best.hit;
    }

    /**
     * Like {@link #bestExact}, but every run of white space (line breaks, tabs, no-break spaces) matches every
     * other, and white space at the ends of the quote is ignored: the line breaks of a rendered page against the
     * stored text. The context is compared the same way.
     *
     * @return the best occurrence in char indexes of {@code text}, or null if there is none
     */
    static Hit bestRelaxed(String text, Quotes.Selector selector, int hint) {
        String quote = collapse(selector.exact()).strip();
        if (quote.isEmpty()) {
            return null;
        }
        int[] original = new int[text.length() + 1];
        String collapsed = collapse(text, original);
        Quotes.Selector relaxed = new Quotes.Selector(quote, collapse(selector.prefix()), collapse(selector.suffix()));
        int collapsedHint = hint < 0 ? -1 : indexOf(original, collapsed.length(), hint);
        Best best = new Best(collapsedHint);
        occurrences(collapsed, quote, at -> best.offer(at, at + quote.length(),
                context(collapsed, at, quote.length(), relaxed)));
        if (best.hit == null) {
            return null;
        }
        int start = original[best.hit.start()];
        int end = original[best.hit.end() - 1] + 1;
        return new Hit(start, end, best.hit.context());
    }

    /** The share of the prefix and suffix that the text around {@code [at, at + length)} agrees with. */
    static double context(String text, int at, int length, Quotes.Selector selector) {
        String prefix = selector.prefix();
        String suffix = selector.suffix();
        if (prefix.isEmpty() && suffix.isEmpty()) {
            return 1;
        }
        int p = 0;
        while (p < prefix.length() && at - 1 - p >= 0
                && prefix.charAt(prefix.length() - 1 - p) == text.charAt(at - 1 - p)) {
            p++;
        }
        int s = 0;
        int after = at + length;
        while (s < suffix.length() && after + s < text.length() && suffix.charAt(s) == text.charAt(after + s)) {
            s++;
        }
        return (p + s) / (double) (prefix.length() + suffix.length());
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String collapse(String s) {
        return collapse(s, null);
    }

    /** {@code s} with every run of white space made one space; {@code original[i]} is where char i came from. */
    private static String collapse(String s, int[] original) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = isSpace(c);
            if (space && inSpace) {
                continue;
            }
            if (original != null) {
                original[out.length()] = i;
            }
            out.append(space ? ' ' : c);
            inSpace = space;
        }
        if (original != null) {
            original[out.length()] = s.length();
        }
        return out.toString();
    }

    /** The first collapsed index whose original char index is at least {@code charIndex} (binary search). */
    private static int indexOf(int[] original, int collapsedLength, int charIndex) {
        int low = 0;
        int high = collapsedLength;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (original[mid] < charIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Keeps the best occurrence offered: the most context, then the nearest to the hint, then the first. */
    private static final class Best {
        private final int hint;
        Hit hit;
        private long distance = Long.MAX_VALUE;

        Best(int hint) {
            this.hint = hint;
        }

        void offer(int start, int end, double context) {
            long d = hint < 0 ? 0 : Math.abs((long) start - hint);
            if (hit == null || context > hit.context() || context == hit.context() && d < distance) {
                hit = new Hit(start, end, context);
                distance = d;
            }
        }
    }
}
