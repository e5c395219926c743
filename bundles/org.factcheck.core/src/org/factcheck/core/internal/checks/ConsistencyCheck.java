package org.factcheck.core.internal.checks;

import java.util.List;

import org.factcheck.core.analysis.ArgumentAnalysis;
import org.factcheck.core.analysis.Finding;
import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.checks.CaseProblem.Severity;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;

/**
 * The consistency analysis of a case's claim graph ({@link ArgumentAnalysis}) as problems. Each finding keeps
 * its severity: an error (two claims that contradict each other both rated true; a verdict against all of its
 * evidence), a warning (claims supporting one another in a circle; a verdict on the scale without evidence)
 * or a note (an off-scale verdict such as Unverifiable without evidence, often intended), which
 * {@code factcheck validate} leaves out.
 * <p>
 * Statements that contradict each other are not a problem in themselves: finding them is what a fact-check is
 * for, and the analysis only objects when the verdicts do not agree with the contradiction.
 */
public final class ConsistencyCheck implements CaseCheck {

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        return ArgumentAnalysis.analyze(caseFile).findings().stream().map(ConsistencyCheck::problem).toList();
    }

    /**
     * @param finding a finding of the analysis
     * @return the problem, naming the claims concerned ({@code claim “…”}, {@code claims “…” and “…”}) with the
     *         analysis' own sentence
     */
    public static CaseProblem problem(Finding finding) {
        Severity severity = switch (finding.severity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
        };
        return CaseProblem.of(severity, finding.claims(), where(finding.claims()), finding.message());
    }

    private static String where(List<Claim> claims) {
        if (claims.size() == 1) {
            return Labels.describe(claims.get(0));
        }
        StringBuilder where = new StringBuilder("claims ");
        for (int i = 0; i < claims.size(); i++) {
            where.append(i == 0 ? "" : i == claims.size() - 1 ? " and " : ", ").append(Labels.quote(claims.get(i)));
        }
        return where.toString();
    }
}
