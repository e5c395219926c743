package org.factcheck.core.checks;

import java.util.List;

import org.factcheck.core.extensions.ContributionFailure;

/**
 * What {@link CaseChecks#run} found: the problems of every check that ran (in the order the checks ran, each
 * check's in its own order) and the checks that failed during this run.
 *
 * @since 0.1.0
 */
public final class CheckResult {

    private final List<CaseProblem> problems;
    private final List<ContributionFailure> failures;

    /**
     * @param problems the problems
     * @param failures the checks that failed during the run
     */
    public CheckResult(List<CaseProblem> problems, List<ContributionFailure> failures) {
        this.problems = List.copyOf(problems);
        this.failures = List.copyOf(failures);
    }

    /** @return the problems, each tagged with its check's id */
    public List<CaseProblem> problems() {
        return problems;
    }

    /** @return the checks that failed during this run (each also reported once and disabled) */
    public List<ContributionFailure> failures() {
        return failures;
    }

    /**
     * @param severity a severity
     * @return how many problems have it
     */
    public long count(CaseProblem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
