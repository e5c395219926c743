package org.factcheck.core.analysis;

import java.util.List;
import java.util.Objects;

import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;

/**
 * One entry of the problems list: something in the case a fact-checker should look at.
 *
 * @param kind      what was found
 * @param severity  how serious it is
 * @param message   a complete sentence for a person, quoting the claims concerned
 * @param claims    the claims concerned, never empty; the first is the one to show first
 * @param relations the relations concerned (the contradiction, the relations of a support cycle), possibly empty
 */
public record Finding(Kind kind, Severity severity, String message, List<Claim> claims, List<ClaimRelation> relations) {

    /** What a finding is about. */
    public enum Kind {
        /** Two claims contradict each other (a relation of polarity ATTACK) yet both are rated on the true side of the scale. */
        CONTRADICTION_BETWEEN_TRUE_CLAIMS,
        /** A claim rated false whose evidence only supports it, or rated true whose evidence only refutes it. */
        VERDICT_AGAINST_EVIDENCE,
        /** A claim with a verdict and no evidence at all. */
        VERDICT_WITHOUT_EVIDENCE,
        /** Claims that support each other in a circle (relations of polarity SUPPORT), so none is supported from outside it. */
        SUPPORT_CYCLE,
        /**
         * As the argument is drawn (every attack counted), a claim rated on the false side of the scale stands and
         * defeats a claim rated on the true side.
         */
        FALSE_CLAIM_DEFEATS_TRUE_CLAIM,
        /** A claim rated on the true side falls in the verdict-aware reading, defeated by claims not rated true. */
        VERDICT_AGAINST_LABEL
    }

    /** How serious a finding is; the problems list shows errors first. */
    public enum Severity {
        /** The case contradicts itself: a published verdict would be wrong somewhere. */
        ERROR,
        /** Probably a mistake or a gap to fill before publishing. */
        WARNING,
        /** Worth a look, often intended. */
        INFO
    }

    /**
     * Creates a finding.
     *
     * @throws NullPointerException     if an argument is {@code null}
     * @throws IllegalArgumentException if {@code claims} is empty
     */
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        claims = List.copyOf(claims);
        relations = List.copyOf(relations);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("A finding concerns at least one claim");
        }
    }
}
