package org.factcheck.cli.internal;

import java.util.List;
import java.util.Optional;

import org.factcheck.core.analysis.ArgumentAnalysis;
import org.factcheck.core.analysis.Finding;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;

/**
 * The consistency analysis of a case's claim graph ({@link ArgumentAnalysis}, the same the workbench shows in
 * Argument Problems) as problems of {@code factcheck validate}. Each finding keeps its severity: an
 * {@link Finding.Severity#ERROR error} (two claims that contradict each other both rated true; a verdict against
 * all of its evidence) is an error, a {@link Finding.Severity#WARNING warning} (claims supporting one another in a
 * circle; a verdict on the scale without evidence) a warning. {@link Finding.Severity#INFO Notes} (an off-scale
 * verdict such as Unverifiable without evidence, which is often intended) are not reported: validate answers
 * whether a case is fit to publish, and the workbench lists them.
 * <p>
 * Statements that contradict each other are not a problem in themselves: finding them is what a fact-check is
 * for, and the analysis only objects when the verdicts do not agree with the contradiction.
 */
final class ConsistencyProblems {

    private ConsistencyProblems() {
    }

    /**
     * @param caseFile the case
     * @return the analysis' errors and warnings, errors first
     */
    static List<Problem> of(CaseFile caseFile) {
        return ArgumentAnalysis.analyze(caseFile).findings().stream().map(ConsistencyProblems::problem)
                .flatMap(Optional::stream).toList();
    }

    /**
     * @param finding a finding of the analysis
     * @return the problem, naming the claims concerned ({@code claim “…”}, {@code claims “…” and “…”}) with the
     *         analysis' own sentence; empty for a note
     */
    static Optional<Problem> problem(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> Optional.of(Problem.error(where(finding.claims()), finding.message()));
            case WARNING -> Optional.of(Problem.warning(where(finding.claims()), finding.message()));
            case INFO -> Optional.empty();
        };
    }

    private static String where(List<Claim> claims) {
        if (claims.size() == 1) {
            return CaseChecks.describe(claims.get(0));
        }
        StringBuilder where = new StringBuilder("claims ");
        for (int i = 0; i < claims.size(); i++) {
            where.append(i == 0 ? "" : i == claims.size() - 1 ? " and " : ", ").append(CaseChecks.quote(claims.get(i)));
        }
        return where.toString();
    }
}
