package org.factcheck.cli.internal;

import org.factcheck.core.checks.CaseProblem;

/**
 * One line of {@code factcheck validate}.
 *
 * @param error   true for an error (exit code 1), false for a warning
 * @param where   the object it is about, as a person would name it ("claim “…”")
 * @param message what is wrong, one sentence
 */
record Problem(boolean error, String where, String message) {

    static Problem error(String where, String message) {
        return new Problem(true, where, message);
    }

    static Problem warning(String where, String message) {
        return new Problem(false, where, message);
    }

    /** The line of a check's problem; notes ({@link CaseProblem.Severity#INFO}) are not printed, so callers drop them first. */
    static Problem of(CaseProblem problem) {
        return new Problem(problem.severity() == CaseProblem.Severity.ERROR, problem.where(), problem.message());
    }
}
