package org.factcheck.core.anchoring;

import org.factcheck.model.AnchorStatus;

/**
 * Where {@link Anchorer#locate} found a quote.
 *
 * @param status  {@link AnchorStatus#ANCHORED} for a trusted exact occurrence, {@link AnchorStatus#FUZZY} for one
 *                that needed relaxing (for a person to confirm); never {@link AnchorStatus#ORPHANED}
 * @param start   the start in code points of the text searched
 * @param end     the end in code points, exclusive
 * @param context the share of the given prefix and suffix that the text around it agrees with, 0 to 1 (1 when
 *                none was given)
 * @param score   1 for the exact quote, else the similarity of the text found (1 − edit distance / length)
 */
public record Located(AnchorStatus status, int start, int end, double context, double score) {

    /**
     * Orders two places found for the same quote (in different texts): a trusted one before one that needed
     * relaxing, then by agreeing context, then by score.
     *
     * @param other another place
     * @return a negative number, zero or a positive number as this place is worse, as good or better
     */
    public int compareQuality(Located other) {
        int byStatus = Boolean.compare(status == AnchorStatus.ANCHORED, other.status == AnchorStatus.ANCHORED);
        if (byStatus != 0) {
            return byStatus;
        }
        int byContext = Double.compare(context, other.context);
        return byContext != 0 ? byContext : Double.compare(score, other.score);
    }
}
