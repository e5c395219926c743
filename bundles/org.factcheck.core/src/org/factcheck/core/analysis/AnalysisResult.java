package org.factcheck.core.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factcheck.model.Claim;

/**
 * What {@link ArgumentAnalysis} found in a case: the problems list and the grounded labelling of its claims.
 * Immutable; it refers to the model objects analysed and goes stale when the model changes.
 */
public final class AnalysisResult {

    private final List<Finding> findings;
    private final Map<Claim, ArgumentLabel> labelling;
    private final Map<Claim, List<Finding>> byClaim = new LinkedHashMap<>();

    AnalysisResult(List<Finding> findings, Map<Claim, ArgumentLabel> labelling) {
        this.findings = List.copyOf(findings);
        this.labelling = Collections.unmodifiableMap(new LinkedHashMap<>(labelling));
        for (Finding finding : this.findings) {
            for (Claim claim : finding.claims()) {
                byClaim.computeIfAbsent(claim, c -> new java.util.ArrayList<>()).add(finding);
            }
        }
    }

    /**
     * Returns the problems list.
     *
     * @return every finding, errors first, then warnings, then information; within a severity in the order of the
     *         case's relations and claims
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the findings that concern a claim.
     *
     * @param claim a claim of the analysed case
     * @return its findings in problems-list order; empty if there are none or the claim was not analysed
     */
    public List<Finding> findingsFor(Claim claim) {
        return List.copyOf(byClaim.getOrDefault(claim, List.of()));
    }

    /**
     * Returns the most serious finding's severity for a claim, for a decoration on its node.
     *
     * @param claim a claim of the analysed case
     * @return the most serious severity among its findings, or empty if it has none
     */
    public Optional<Finding.Severity> worstSeverity(Claim claim) {
        return byClaim.getOrDefault(claim, List.of()).stream().map(Finding::severity).min(Enum::compareTo);
    }

    /**
     * Returns the grounded label of a claim.
     *
     * @param claim a claim of the analysed case
     * @return its label, or {@link ArgumentLabel#UNDECIDED} for a claim that was not analysed
     */
    public ArgumentLabel label(Claim claim) {
        return labelling.getOrDefault(claim, ArgumentLabel.UNDECIDED);
    }

    /**
     * Returns the grounded labelling.
     *
     * @return every claim of the case with its label, in case order; unmodifiable
     */
    public Map<Claim, ArgumentLabel> labelling() {
        return labelling;
    }

    /**
     * Counts the claims with a label.
     *
     * @param label the label
     * @return how many claims have it
     */
    public long count(ArgumentLabel label) {
        return labelling.values().stream().filter(label::equals).count();
    }
}
