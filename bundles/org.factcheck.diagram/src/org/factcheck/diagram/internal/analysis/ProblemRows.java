package org.factcheck.diagram.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.core.analysis.Finding;
import org.factcheck.core.checks.CaseChecks;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.checks.CheckDescriptor;
import org.factcheck.core.checks.CheckResult;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.model.Claim;

/**
 * The rows of the Problems view: the findings of the argument analysis, the problems of the other case checks
 * (the consistency check reports the same findings, so its problems are left out), and the case checks still
 * installed that failed in this session. Each row is a {@link Finding}, a {@link CaseProblem} or a {@link ContributionFailure}.
 */
final class ProblemRows {

    private ProblemRows() {
    }

    static List<Object> of(List<Finding> findings, CheckResult checks) {
        List<Object> rows = new ArrayList<>(findings);
        if (checks != null) {
            checks.problems().stream().filter(p -> !CaseChecks.CONSISTENCY.equals(p.checkId())).forEach(rows::add);
        }
        rows.addAll(CaseChecks.getDefault().failures());
        rows.sort(java.util.Comparator.comparingInt(ProblemRows::rank));
        return rows;
    }

    /** Errors first, then warnings, then notes; in each, the order of the analysis and the checks. */
    private static int rank(Object row) {
        return switch (severity(row)) {
            case ERROR -> 0;
            case WARNING -> 1;
            case INFO -> 2;
        };
    }

    /** @return the severity, in the analysis' terms (the diagram's colours are defined for them) */
    static Finding.Severity severity(Object row) {
        if (row instanceof Finding finding) {
            return finding.severity();
        }
        if (row instanceof CaseProblem problem) {
            return Finding.Severity.valueOf(problem.severity().name());
        }
        return Finding.Severity.ERROR;
    }

    static String message(Object row) {
        if (row instanceof Finding finding) {
            return finding.message();
        }
        if (row instanceof CaseProblem problem) {
            return capitalized(problem.where()) + ": " + problem.message();
        }
        return "The case check " + ((ContributionFailure) row).message();
    }

    static String kind(Object row) {
        if (row instanceof Finding finding) {
            return words(finding.kind().name());
        }
        if (row instanceof CaseProblem problem) {
            return CaseChecks.getDefault().descriptors().stream().filter(d -> d.id().equals(problem.checkId()))
                    .map(CheckDescriptor::name).findFirst().orElse(String.valueOf(problem.checkId()));
        }
        return "Failed check";
    }

    /** @return the claims a row is about (what selecting it selects) */
    static List<Claim> claims(Object row) {
        if (row instanceof Finding finding) {
            return finding.claims();
        }
        if (row instanceof CaseProblem problem) {
            return problem.elements().stream().filter(Claim.class::isInstance).map(Claim.class::cast).toList();
        }
        return List.of();
    }

    static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
