package org.factcheck.core.anchoring;

import org.factcheck.core.text.Quotes;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.TextSpan;

/**
 * Where one span goes in the new text of its document.
 *
 * @param span     the span, still unchanged (it keeps its old offsets until the placement is applied)
 * @param status   {@link AnchorStatus#ANCHORED} when its exact quote was found with its context,
 *                 {@link AnchorStatus#FUZZY} when only a similar text was found (the score is at least the
 *                 threshold), {@link AnchorStatus#ORPHANED} when nothing good enough was found
 * @param start    the new start in code points of the new text; for an orphan the place where the span is
 *                 expected (its old position carried through the changes), with {@code end == start}
 * @param end      the new end in code points, exclusive
 * @param score    how well the new place matches: 1 for the exact quote, the similarity of the text for a fuzzy
 *                 match, the best similarity that was found for an orphan
 * @param selector the quote with its context at the new place; for an orphan the span's old quote, kept so that
 *                 a person can find the words again and nothing is lost
 */
public record Placement(TextSpan span, AnchorStatus status, int start, int end, double score, Quotes.Selector selector) {

    /**
     * @return whether applying this placement changes the span (offsets, quote, context or status)
     */
    public boolean changesSpan() {
        return span.getStart() != start || span.getEnd() != end || span.getAnchorStatus() != status
                || !selector.exact().equals(span.getExact()) || !selector.prefix().equals(nullToEmpty(span.getPrefix()))
                || !selector.suffix().equals(nullToEmpty(span.getSuffix()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
