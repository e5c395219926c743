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

    private final Map<Claim, ArgumentLabel> argumentLabelling;
    private final Map<Claim, String> explanations;

    AnalysisResult(List<Finding> findings, Map<Claim, ArgumentLabel> labelling, Map<Claim, ArgumentLabel> argumentLabelling,
            Map<Claim, String> explanations) {
        this.findings = List.copyOf(findings);
        this.labelling = Collections.unmodifiableMap(new LinkedHashMap<>(labelling));
        this.argumentLabelling = Collections.unmodifiableMap(new LinkedHashMap<>(argumentLabelling));
        this.explanations = Map.copyOf(explanations);
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
     * Returns the verdict-aware grounded label of a claim: the attacks of claims rated false do not count.
     *
     * @param claim a claim of the analysed case
     * @return its label, or {@link ArgumentLabel#UNDECIDED} for a claim that was not analysed
     */
    public ArgumentLabel label(Claim claim) {
        return labelling.getOrDefault(claim, ArgumentLabel.UNDECIDED);
    }

    /**
     * Returns the grounded label of a claim in the argument as drawn, every attack counted whatever the verdicts.
     *
     * @param claim a claim of the analysed case
     * @return its label, or {@link ArgumentLabel#UNDECIDED} for a claim that was not analysed
     */
    public ArgumentLabel argumentLabel(Claim claim) {
        return argumentLabelling.getOrDefault(claim, ArgumentLabel.UNDECIDED);
    }

    /**
     * Returns the labelling of the argument as drawn, every attack counted.
     *
     * @return every claim of the case with its label, in case order; unmodifiable
     */
    public Map<Claim, ArgumentLabel> argumentLabelling() {
        return argumentLabelling;
    }

    /**
     * Says why a claim stands, falls or is undecided in the verdict-aware reading, naming the claims that contradict it
     * and their verdicts, and what it would be without the verdicts when that differs; for example {@code Falls: “Russian
     * forces have been forced to retreat…” (rated True) contradicts it and stands.}
     *
     * @param claim a claim of the analysed case
     * @return one or two sentences; empty for a claim that was not analysed
     */
    public String explanation(Claim claim) {
        return explanations.getOrDefault(claim, "");
    }

    /**
     * Returns the verdict-aware grounded labelling.
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
