package org.factcheck.diagram.internal.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.core.checks.CaseChecks;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.checks.CheckResult;
import org.factcheck.model.CaseFile;

/**
 * A copy of a case for its case checks to run on away from the UI thread, which goes on editing the case itself
 * (EMF objects are not for two threads at once). The problems found name the copy's objects; {@link #run()} hands
 * them back naming the case's own, so that the Problems view leads to them.
 */
final class CheckSnapshot {

    private final CaseFile copy;
    private final Map<EObject, EObject> originals = new HashMap<>();

    private CheckSnapshot(CaseFile copy, Map<EObject, EObject> copies) {
        this.copy = copy;
        copies.forEach((original, copied) -> originals.put(copied, original));
    }

    /**
     * Copies a case. On another thread than the one that changes the case the copy may be torn by a change made
     * meanwhile: it may be used only if the case did not change from before the copy until after it (the caller
     * counts the changes). The copy never writes to the case ({@link EcoreUtil.Copier} reads only features that
     * are set, so no list is created lazily).
     *
     * @param caseFile the case
     * @return the copy, in a case resource of the case's URI (checks may look objects up by id)
     */
    static CheckSnapshot of(CaseFile caseFile) {
        EcoreUtil.Copier copier = CaseCopy.of(caseFile);
        return new CheckSnapshot((CaseFile) copier.get(caseFile), copier);
    }

    /** Runs every case check on the copy; on any thread. */
    CheckResult run() {
        CheckResult found = CaseChecks.getDefault().run(copy);
        List<CaseProblem> problems = new ArrayList<>();
        for (CaseProblem problem : found.problems()) {
            problems.add(problem.withElements(problem.elements().stream().map(e -> originals.getOrDefault(e, e)).toList()));
        }
        return new CheckResult(problems, found.failures());
    }
}
