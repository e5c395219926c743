package org.factcheck.core.anchoring;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.factcheck.core.text.CodePointIndex;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;

/**
 * Places the spans of a document in a new version of its text.
 * <p>
 * For every span, in this order:
 * <ol>
 * <li>its old position is carried through the differences between the old and the new text (a character diff);
 * that gives the <em>expected position</em>, a hint;</li>
 * <li>every occurrence of its exact quote is a candidate; the one whose surroundings agree best with the span's
 * stored prefix and suffix wins, and of equally good ones the nearest to the expected position. The span is
 * {@link AnchorStatus#ANCHORED} there if at least a quarter of its context agrees or the quote is long
 * ({@value #DISTINCTIVE_LENGTH} code points or more) and so unlikely to occur by chance;</li>
 * <li>otherwise the most similar text is looked for: the text now at the expected position, and the places
 * where the beginning and the end of the quote are found approximately (Bitap search). The best one is taken
 * if its similarity (1 − edit distance / length) reaches the threshold: {@link AnchorStatus#FUZZY};</li>
 * <li>otherwise the span is {@link AnchorStatus#ORPHANED}: it keeps its quote and waits, at its expected position
 * with no length, for a person to re-attach it.</li>
 * </ol>
 * Offsets are Unicode code points, as everywhere in a case file; a match never splits a surrogate pair.
 */
public final class Anchorer {

    /** The similarity a fuzzy match needs by default. */
    public static final double DEFAULT_THRESHOLD = 0.75;
    /** From this length (in code points) an exact quote is trusted even where its context changed. */
    public static final int DISTINCTIVE_LENGTH = 32;
    /** The share of the stored context that must agree for a short exact quote to be trusted. */
    static final double CONTEXT_NEEDED = 0.25;
    /** The longest quote {@link #locate} searches for, in code points. */
    public static final int MAX_QUOTE_LENGTH = 10_000;
    /** The longest quote {@link #locate} looks for as similar text, in code points. */
    public static final int MAX_FUZZY_QUOTE_LENGTH = 1_000;
    /** Bitap searches at most this many chars of a pattern at once. */
    private static final int BITAP_CHARS = 32;

    private final double threshold;

    /** An anchorer with the {@link #DEFAULT_THRESHOLD}. */
    public Anchorer() {
        this(DEFAULT_THRESHOLD);
    }

    /**
     * @param threshold the similarity a fuzzy match needs, greater than 0 and at most 1
     * @throws IllegalArgumentException if the threshold is out of range
     */
    public Anchorer(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The score threshold must be above 0 and at most 1, not " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * Works out where every span of a document goes in a new version of its text. Changes nothing.
     *
     * @param document the document, with its current text and spans
     * @param newText  the new version of its text (normalized the way importers normalize)
     * @return one placement per span
     */
    public Reanchoring reanchor(Document document, String newText) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(newText, "newText");
        Texts texts = new Texts(document.getText() == null ? "" : document.getText(), newText);
        List<Placement> placements = new ArrayList<>(document.getAnnotations().size());
        for (TextSpan span : document.getAnnotations()) {
            placements.add(place(texts, span));
        }
        return new Reanchoring(document, newText, placements);
    }

    /**
     * Finds a quote with its context in a text: where an annotation made elsewhere (another tool, another copy of
     * the article) belongs. The same search as {@link #reanchor}: every occurrence of the exact quote is a
     * candidate, the one whose surroundings agree best with the prefix and suffix wins, and only between equally
     * good ones does the expected position decide. The result is {@link AnchorStatus#ANCHORED} when the occurrence
     * is trusted (see the class comment); {@link AnchorStatus#FUZZY}, for a person to confirm, when its context
     * disagrees and the quote is short, when it was found only with white space relaxed (any run matching any
     * other, a page's line breaks against the stored text), or when only similar text was found (Bitap search,
     * similarity at least the threshold).
     * <p>
     * The work is linear in the text and the quote: quotes longer than {@value #MAX_QUOTE_LENGTH} code points are
     * refused, and only quotes of at most {@value #MAX_FUZZY_QUOTE_LENGTH} are looked for as similar text (the
     * edit distance that measures the similarity grows with the square of the quote's length); longer ones must
     * occur exactly or with white space relaxed.
     *
     * @param text          the text to search
     * @param quote         the quote, not empty, with the text expected before and after it (may be empty)
     * @param expectedStart where the quote is said to start, in code points of {@code text}, or a negative number
     *                      when nothing is said; only a tie-breaker
     * @return where the quote is, or empty if it is nowhere near
     * @throws IllegalArgumentException if the quote is empty or longer than {@value #MAX_QUOTE_LENGTH} code points
     */
    public Optional<Located> locate(String text, Quotes.Selector quote, int expectedStart) {
        Objects.requireNonNull(text, "text");
        return locate(text, CodePointIndex.of(text), quote, expectedStart);
    }

    /**
     * {@link #locate(String, Quotes.Selector, int)} in a text whose code point index the caller made once, for the
     * many quotes of one text (an import of thousands of annotations of one article). Where the quote stands at
     * the expected position with all of its context, that place is taken at once: no other occurrence could be
     * better (see {@link #locate(String, Quotes.Selector, int)}), so an annotation whose positions fit costs the
     * length of its quote, not of the text.
     *
     * @param text          the text to search
     * @param index         {@link CodePointIndex#of} this text
     * @param quote         the quote, not empty, with the text expected before and after it (may be empty)
     * @param expectedStart where the quote is said to start, in code points, or a negative number
     * @return where the quote is, or empty if it is nowhere near
     * @throws IllegalArgumentException if the quote is empty or too long, or the index is not of a text this long
     */
    public Optional<Located> locate(String text, CodePointIndex index, Quotes.Selector quote, int expectedStart) {
        Objects.requireNonNull(text, "text");
        if (index.toCharIndex(index.length()) != text.length()) {
            throw new IllegalArgumentException("The index is of a text of another length than this one.");
        }
        int length = quote.exact().codePointCount(0, quote.exact().length());
        if (length == 0 || length > MAX_QUOTE_LENGTH) {
            throw new IllegalArgumentException("A quote must have 1 to " + MAX_QUOTE_LENGTH
                    + " characters to be searched for, not " + length + ".");
        }
        Quotes.Selector selector = QuoteSearch.bounded(quote);
        int hint = expectedStart < 0 || expectedStart > index.length() ? -1 : index.toCharIndex(expectedStart);
        QuoteSearch.Hit hit = QuoteSearch.whollyAt(text, selector, hint);
        if (hit == null) {
            hit = QuoteSearch.bestExact(text, selector, hint);
        }
        if (hit != null) {
            AnchorStatus status = trusted(hit, quote.exact()) ? AnchorStatus.ANCHORED : AnchorStatus.FUZZY;
            return Optional.of(located(index, status, hit.start(), hit.end(), hit.context(), 1));
        }
        DiffMatchPatch dmp = dmp(text.length());
        hit = QuoteSearch.bestRelaxed(text, selector, hint);
        if (hit != null) {
            double score = similarity(dmp, quote.exact(), text.substring(hit.start(), hit.end()));
            return Optional.of(located(index, AnchorStatus.FUZZY, hit.start(), hit.end(), hit.context(), score));
        }
        if (length > MAX_FUZZY_QUOTE_LENGTH) {
            return Optional.empty();
        }
        int[] region = new int[2];
        double score = fuzzyMatch(text, dmp, quote.exact(), null, Math.max(0, hint), region);
        if (score < threshold) {
            return Optional.empty();
        }
        double context = QuoteSearch.context(text, region[0], region[1] - region[0], selector);
        return Optional.of(located(index, AnchorStatus.FUZZY, region[0], region[1], context, score));
    }

    private static Located located(CodePointIndex index, AnchorStatus status, int startChar, int endChar,
            double context, double score) {
        int start = index.toCodePointOffset(startChar);
        return new Located(status, start, Math.max(start, index.toCodePointOffset(endChar)), context, score);
    }

    private Placement place(Texts texts, TextSpan span) {
        Quotes.Selector old = texts.oldSelector(span);
        int[] oldChars = texts.oldChars(span, old.exact());
        int hint = oldChars == null ? 0 : texts.carry(oldChars[0]);
        String exact = old.exact();
        if (exact.isEmpty()) {
            return texts.placement(span, oldChars == null ? AnchorStatus.ORPHANED : span.getAnchorStatus(), hint, hint,
                    1, old);
        }
        int found = exactMatch(texts.now, exact, old, hint);
        if (found >= 0) {
            return texts.placement(span, AnchorStatus.ANCHORED, found, found + exact.length(), 1, null);
        }
        QuoteSearch.Hit relaxed = QuoteSearch.bestRelaxed(texts.now, old, hint);
        if (relaxed != null && trusted(relaxed, exact)) {
            return texts.placement(span, AnchorStatus.FUZZY, relaxed.start(), relaxed.end(),
                    similarity(texts.dmp, exact, texts.now.substring(relaxed.start(), relaxed.end())), null);
        }
        int[] region = new int[2];
        int[] expected = oldChars == null ? null : new int[] { hint, texts.carry(oldChars[1]) };
        double score = fuzzyMatch(texts.now, texts.dmp, exact, expected, hint, region);
        if (score >= threshold) {
            return texts.placement(span, AnchorStatus.FUZZY, region[0], region[1], score, null);
        }
        return texts.placement(span, AnchorStatus.ORPHANED, hint, hint, Math.max(score, 0), old);
    }

    /** The char index of the best trusted occurrence of {@code exact}, or -1. */
    private static int exactMatch(String text, String exact, Quotes.Selector old, int hint) {
        if (text.startsWith(exact, hint) && QuoteSearch.context(text, hint, exact.length(), old) == 1) {
            return hint; // the usual case: nothing changed around the span
        }
        QuoteSearch.Hit best = QuoteSearch.bestExact(text, old, hint);
        return best != null && trusted(best, exact) ? best.start() : -1;
    }

    /** Whether an occurrence is trusted: enough of its context agrees, or the quote is too long to recur by chance. */
    private static boolean trusted(QuoteSearch.Hit hit, String exact) {
        return hit.context() >= CONTEXT_NEEDED || exact.codePointCount(0, exact.length()) >= DISTINCTIVE_LENGTH;
    }

    /**
     * Looks for the text most similar to {@code exact}; stores its char range in {@code region} and returns its
     * similarity (0 if nothing was found).
     */
    private static double fuzzyMatch(String text, DiffMatchPatch bitap, String exact, int[] expected, int hint,
            int[] region) {
        List<int[]> candidates = new ArrayList<>();
        if (expected != null) {
            candidates.add(expected);
        }
        int headLength = Math.min(BITAP_CHARS, exact.length());
        int head = bitap.matchMain(text, exact.substring(0, headLength), hint);
        int tailStart = exact.length() - headLength;
        int tail = bitap.matchMain(text, exact.substring(tailStart), Math.min(text.length(), hint + tailStart));
        if (head >= 0) {
            candidates.add(new int[] { head, head + exact.length() });
        }
        if (tail >= 0) {
            candidates.add(new int[] { tail - tailStart, tail + headLength });
        }
        if (head >= 0 && tail >= head && tail + headLength - head <= 2 * exact.length()) {
            candidates.add(new int[] { head, tail + headLength });
        }
        double best = 0;
        for (int[] candidate : candidates) {
            int start = Math.max(0, Math.min(candidate[0], text.length()));
            int end = Math.max(start, Math.min(candidate[1], text.length()));
            double similarity = similarity(bitap, exact, text.substring(start, end));
            if (similarity > best) {
                best = similarity;
                region[0] = start;
                region[1] = end;
            }
        }
        return best;
    }

    /** 1 − edit distance / length of the longer. */
    private static double similarity(DiffMatchPatch dmp, String a, String b) {
        int longest = Math.max(a.length(), b.length());
        if (longest == 0) {
            return 1;
        }
        return 1 - dmp.diffLevenshtein(dmp.diffMain(a, b, false)) / (double) longest;
    }

    /** A diff-match-patch set up for texts of this length. */
    private static DiffMatchPatch dmp(int textLength) {
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = 2f;
        // Bitap: a far match costs at most a quarter of the score, so a moved paragraph is still found
        dmp.matchDistance = Math.max(1000, 4 * textLength);
        return dmp;
    }

    static boolean splitsPair(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1));
    }

    /** The old and the new text, their code point indexes and the differences between them. */
    private static final class Texts {
        final String before;
        final String now;
        final CodePointIndex beforeIndex;
        final CodePointIndex nowIndex;
        final DiffMatchPatch dmp;
        final LinkedList<DiffMatchPatch.Diff> diffs;

        Texts(String before, String now) {
            this.before = before;
            this.now = now;
            beforeIndex = CodePointIndex.of(before);
            nowIndex = CodePointIndex.of(now);
            dmp = dmp(now.length());
            diffs = before.equals(now) ? new LinkedList<>() : dmp.diffMain(before, now, false);
        }

        /** The old quote and context: as stored, or taken from the old text where nothing is stored. */
        Quotes.Selector oldSelector(TextSpan span) {
            if (span.getExact() != null) {
                return new Quotes.Selector(span.getExact(), span.getPrefix() == null ? "" : span.getPrefix(),
                        span.getSuffix() == null ? "" : span.getSuffix());
            }
            if (validIn(span, beforeIndex)) {
                return Quotes.selector(before, span.getStart(), span.getEnd());
            }
            return new Quotes.Selector("", "", "");
        }

        /** The span's old char range, if its offsets are trustworthy (in range and covering its quote). */
        int[] oldChars(TextSpan span, String exact) {
            if (span.getAnchorStatus() == AnchorStatus.ORPHANED || !validIn(span, beforeIndex)) {
                return null;
            }
            int start = beforeIndex.toCharIndex(span.getStart());
            int end = beforeIndex.toCharIndex(span.getEnd());
            return before.substring(start, end).equals(exact) ? new int[] { start, end } : null;
        }

        private static boolean validIn(TextSpan span, CodePointIndex index) {
            return span.getStart() >= 0 && span.getStart() <= span.getEnd() && span.getEnd() <= index.length();
        }

        /** An old char index carried through the differences to the new text. */
        int carry(int oldChar) {
            int carried = diffs.isEmpty() ? oldChar : dmp.diffXIndex(diffs, oldChar);
            return Math.max(0, Math.min(carried, now.length()));
        }

        /** A placement from char offsets in the new text; {@code keep} is the quote kept for an orphan. */
        Placement placement(TextSpan span, AnchorStatus status, int startChar, int endChar, double score,
                Quotes.Selector keep) {
            int start = splitsPair(now, startChar) ? startChar - 1 : startChar;
            int end = splitsPair(now, endChar) ? endChar + 1 : endChar;
            int startCp = nowIndex.toCodePointOffset(start);
            int endCp = Math.max(startCp, nowIndex.toCodePointOffset(end));
            Quotes.Selector selector = keep != null ? keep : selector(startCp, endCp);
            return new Placement(span, status, startCp, endCp, score, selector);
        }

        /** {@link Quotes#selector} of the new text, through the index (the text may be long, the spans many). */
        private Quotes.Selector selector(int startCp, int endCp) {
            return Quotes.selector(now, nowIndex, startCp, endCp);
        }
    }
}
