package org.factcheck.core.internal.checks;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.checks.CaseProblem.Severity;
import org.factcheck.model.CaseFile;
import org.factcheck.model.MergeConflict;

/** Every open merge conflict is an error: the case holds one side's value, chosen by no one. */
public final class ConflictsCheck implements CaseCheck {

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        List<CaseProblem> problems = new ArrayList<>();
        for (MergeConflict conflict : caseFile.getConflicts()) {
            EObject object = caseFile.eResource() == null ? null : caseFile.eResource().getEObject(conflict.getObjectId());
            String message = "unresolved merge conflict: " + conflict.getMessage();
            problems.add(object != null ? CaseProblem.of(Severity.ERROR, object, message)
                    : CaseProblem.of(Severity.ERROR, List.of(), conflict.getObjectType() + " " + conflict.getObjectId(),
                            message));
        }
        return problems;
    }
}
