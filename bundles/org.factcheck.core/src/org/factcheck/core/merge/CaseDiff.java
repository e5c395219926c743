package org.factcheck.core.merge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
     * The differences about one object: a claim with its evidence and the relations from or to it, a document with
     * its spans, or any other object with what it contains; in the order of {@link #between}.
     *
     * @param old the roots of the old version
     * @param now the roots of the new version
     * @param id  the id of the object (in either version, or both)
     * @return the changes from {@code old} to {@code now} that are about it; empty if none
     */
    public static List<Change> about(List<? extends EObject> old, List<? extends EObject> now, String id) {
        return about(between(old, now), old, now, id);
    }

    /**
     * The same, from the changes {@link #between} already found for the two versions (a history that shows many
     * objects' changes computes each commit's diff once).
     *
     * @param changes the changes from {@code old} to {@code now}
     */
    public static List<Change> about(List<Change> changes, List<? extends EObject> old, List<? extends EObject> now,
            String id) {
        Set<String> ids = new HashSet<>();
        ids.add(id);
        collect(old, id, ids);
        collect(now, id, ids);
        return changes.stream().filter(c -> ids.contains(c.objectId())).toList();
    }

    /** Adds the ids of what the object contains and, for a claim, of its relations. */
    private static void collect(List<? extends EObject> roots, String id, Set<String> ids) {
        for (TreeIterator<EObject> it = EcoreUtil.getAllContents(roots); it.hasNext();) {
            EObject o = it.next();
            if (id.equals(EcoreUtil.getID(o))) {
                o.eAllContents().forEachRemaining(inner -> {
                    String innerId = EcoreUtil.getID(inner);
                    if (innerId != null) {
                        ids.add(innerId);
                    }
                });
                it.prune();
            } else if (o instanceof org.factcheck.model.ClaimRelation r
                    && (r.getSource() != null && id.equals(r.getSource().getId())
                            || r.getTarget() != null && id.equals(r.getTarget().getId()))) {
                ids.add(r.getId());
            }
        }
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
