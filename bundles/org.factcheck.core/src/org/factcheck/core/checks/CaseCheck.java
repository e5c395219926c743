package org.factcheck.core.checks;

import java.util.List;

import org.factcheck.model.CaseFile;

/**
 * A check of a case, contributed through the extension point {@code org.factcheck.core.caseChecks}. The
 * problems it finds are printed by {@code factcheck validate} (errors make it exit with code 1) and listed in
 * the workbench's Problems view, alongside those of the built-in checks. It is called only through
 * {@link CaseChecks}, with a time budget; a check that throws, returns {@code null} or hangs is reported and
 * disabled for the session.
 * <p>
 * One instance is created on first use; it may be called from a worker thread. It must only read the case.
 *
 * @since 0.1.0
 */
public interface CaseCheck {

    /**
     * Checks a case.
     *
     * @param caseFile the case, to read only
     * @return the problems found, never {@code null} (an empty list when all is well)
     * @throws Exception if the check cannot run; it is then reported and disabled for the session, so a check
     *                   should rather report what it cannot judge as a {@link CaseProblem}
     */
    List<CaseProblem> check(CaseFile caseFile) throws Exception;
}
