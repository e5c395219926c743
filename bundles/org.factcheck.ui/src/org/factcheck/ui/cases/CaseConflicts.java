package org.factcheck.ui.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.model.CaseFile;
import org.factcheck.model.MergeConflict;

/**
 * The open merge conflicts of a case as the parts that mark objects need them: which conflicts are about an object
 * or something it contains (a claim's evidence, an article's spans).
 */
public final class CaseConflicts {

    private CaseConflicts() {
    }

    /** The open conflicts about {@code object} or anything it contains (a case: only those about the case itself). */
    public static List<MergeConflict> of(EObject object) {
        CaseFile caseFile = object == null ? null
                : EcoreUtil.getRootContainer(object) instanceof CaseFile c ? c : null;
        if (caseFile == null || caseFile.getConflicts().isEmpty()) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        ids.add(EcoreUtil.getID(object));
        if (!(object instanceof CaseFile)) {
            object.eAllContents().forEachRemaining(o -> ids.add(EcoreUtil.getID(o)));
        }
        List<MergeConflict> found = new ArrayList<>();
        for (MergeConflict conflict : caseFile.getConflicts()) {
            if (ids.contains(conflict.getObjectId())) {
                found.add(conflict);
            }
        }
        return found;
    }

    /** Whether {@code object} or something it contains has an open conflict. */
    public static boolean has(EObject object) {
        return !of(object).isEmpty();
    }
}
