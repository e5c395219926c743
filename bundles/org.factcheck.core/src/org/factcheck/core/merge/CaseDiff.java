package org.factcheck.core.merge;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.factcheck.core.internal.merge.Differ;
import org.factcheck.core.internal.merge.Snapshot;

/**
 * The differences between two versions of a case in a fact-checker's words, matched by id: "verdict of claim “…”
 * changed from Mostly false to False", "evidence … added", "span … moved", "claim … deleted".
 * <p>
 * The order is deterministic: the new version's objects in the order of its tree (documents and their spans,
 * sources, actors, claims with their evidence, relations, …, then diagrams), each with its feature changes in the
 * order of the model, then what was deleted in the order of the old version. An object added or deleted with its
 * contents is one change that counts them.
 */
public final class CaseDiff {

    private CaseDiff() {
    }

    /**
     * @param old the roots of the old version (a case, then its diagrams)
     * @param now the roots of the new version
     * @return the changes from {@code old} to {@code now}; empty if they are the same
     */
    public static List<Change> between(List<? extends EObject> old, List<? extends EObject> now) {
        return new Differ(Snapshot.of(old), Snapshot.of(now)).changes();
    }

    /**
     * The case as lines of text in words, one fact per line (an object, then each of its values indented), for
     * tools that compare lines: git's {@code textconv}, so that {@code git diff} and {@code git log -p} show a case's
     * changes in words.
     *
     * @param roots the roots of a case
     * @return the lines, each ending in a line feed
     */
    public static String describe(List<? extends EObject> roots) {
        return Differ.describe(Snapshot.of(roots));
    }
}
