package org.factcheck.diagram.internal.analysis;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.core.CaseResource;
import org.factcheck.model.CaseFile;

/**
 * A private copy of a case for contributions to read away from the UI thread (case checks, diagram decorators).
 * The copy lives in a case resource of the case's URI, whose id map lookups by id need (EMF's unique-id check looks
 * up every id). {@link EcoreUtil.Copier} reads only features that are set, so copying never writes to the case; on a
 * thread other than the one that changes the case the copy may be torn by a change made meanwhile, and the caller
 * must count the changes to know.
 */
public final class CaseCopy {

    private CaseCopy() {
    }

    /**
     * @param caseFile the case
     * @return the copier: {@code get(caseFile)} is the copy, {@code get(object)} the copy of any object of the case
     */
    public static EcoreUtil.Copier of(CaseFile caseFile) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        CaseFile copy = (CaseFile) copier.copy(caseFile);
        copier.copyReferences();
        Resource original = caseFile.eResource();
        Resource resource = new CaseResource(original == null ? URI.createURI("copy.factcase") : original.getURI());
        resource.getContents().add(copy);
        return copier;
    }
}
