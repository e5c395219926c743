package org.factcheck.core.analysis;

import java.util.IntSummaryStatistics;

import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Rating;

/**
 * Which side of its case's rating scale a verdict is on. The scale's scored ratings span a range of values
 * (the default scale: False 1 … True 5); ratings above the middle of that range are on the true side, ratings
 * below it on the false side, a rating exactly in the middle (Half true) and ratings off the scale
 * (Unverifiable) on neither.
 */
final class Verdicts {

    enum Side { TRUE, FALSE, NEITHER, NONE }

    private final double middle;

    private Verdicts(double middle) {
        this.middle = middle;
    }

    static Verdicts of(CaseFile caseFile) {
        IntSummaryStatistics values = new IntSummaryStatistics();
        if (caseFile.getRatingScale() != null) {
            caseFile.getRatingScale().getRatings().stream().filter(Rating::isScored).mapToInt(Rating::getValue)
                    .forEach(values);
        }
        return new Verdicts(values.getCount() == 0 ? 0 : (values.getMin() + values.getMax()) / 2.0);
    }

    Side side(Claim claim) {
        Rating verdict = claim.getVerdict();
        if (verdict == null) {
            return Side.NONE;
        }
        if (!verdict.isScored() || verdict.getValue() == middle) {
            return Side.NEITHER;
        }
        return verdict.getValue() > middle ? Side.TRUE : Side.FALSE;
    }
}
