package org.factcheck.diagram.internal.badges;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.diagram.decorators.ClaimDecorators;
import org.factcheck.diagram.decorators.Decoration;
import org.factcheck.diagram.internal.analysis.CaseCopy;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;

/**
 * A copy of a case for the claim decorators to read away from the UI thread, which goes on editing the case itself
 * (EMF objects are not for two threads at once): the decorators are handed the copy's claims, and the
 * decorations come back for the case's own claims. The copy is private to one run of the decorators and is
 * never written, so every decorator of the run sees the same, unchanging case.
 */
final class DecorationSnapshot {

    /** The claims of the copy to decorate, each with its original. */
    private final Map<Claim, Claim> originals;

    private DecorationSnapshot(Map<Claim, Claim> originals) {
        this.originals = originals;
    }

    /**
     * Copies a case; on the thread that owns it.
     *
     * @param caseFile the case
     * @param claims   the claims of the case to decorate
     * @return the copy, in a case resource of the case's URI
     */
    static DecorationSnapshot of(CaseFile caseFile, Collection<Claim> claims) {
        EcoreUtil.Copier copier = CaseCopy.of(caseFile);
        Map<Claim, Claim> originals = new LinkedHashMap<>();
        for (Claim claim : claims) {
            EObject copied = copier.get(claim);
            if (copied instanceof Claim c) {
                originals.put(c, claim);
            }
        }
        return new DecorationSnapshot(originals);
    }

    /** @return how many claims it decorates */
    int size() {
        return originals.size();
    }

    /**
     * Runs the decorators on the copy; on any thread.
     *
     * @return the decorations of every claim, keyed by the case's own claims
     */
    Map<Claim, List<Decoration>> decorate(ClaimDecorators decorators) {
        Map<Claim, List<Decoration>> found = decorators.decorate(new ArrayList<>(originals.keySet()));
        Map<Claim, List<Decoration>> result = new HashMap<>();
        found.forEach((copy, decorations) -> result.put(originals.get(copy), List.copyOf(decorations)));
        return result;
    }
}
