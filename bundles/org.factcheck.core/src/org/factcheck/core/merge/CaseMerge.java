package org.factcheck.core.merge;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.core.internal.merge.Builder;
import org.factcheck.core.internal.merge.Matching;
import org.factcheck.core.internal.merge.Merger;
import org.factcheck.core.internal.merge.Snapshot;
import org.factcheck.model.CaseFile;

/**
 * The three-way merge of two versions of a case edited apart (ours and theirs) with their common ancestor (the
 * base). Objects are matched by id; every feature is merged on its own:
 * <ul>
 * <li>changes to different objects or different features merge; the same change on both sides is no conflict;
 * objects added on either side are all kept (ours first, then theirs, where both added at the same place);
 * many-valued features such as appearances, tags and aliases merge as sets;</li>
 * <li>explanations, notes, descriptions and rationales edited on both sides merge by words where the edits do not
 * overlap or touch (diff-match-patch);</li>
 * <li>conflicts, each recorded in the merged case ({@link CaseFile#getConflicts()}) with the base, our and their
 * value: a feature changed differently on both sides (the case keeps ours); an object deleted on one side and
 * changed on the other (it is kept, with the changes); an object one side deleted while the other side started to
 * refer to it — a relation, an appearance, evidence citing a span — (it is kept, so nothing dangles); two
 * different verdicts for one claim (its explanations are then not combined either); an article's text changed on
 * both sides (the case keeps ours);</li>
 * <li>when the sides have different texts for an article, the spans the other side made or moved are re-anchored
 * in the kept text through {@link org.factcheck.core.anchoring.Anchorer}; a span that is not found becomes an
 * orphan and a conflict;</li>
 * <li>diagram positions and names never make a conflict: ours are kept, and the merge says so in a note.</li>
 * </ul>
 * The result always is a valid case: every reference points into it, every span lies inside its article's text,
 * every article has the hash of its text. Nothing of the three inputs is changed.
 */
public final class CaseMerge {

    private CaseMerge() {
    }

    /**
     * Merges three versions of a case given as resources.
     *
     * @param base   the common ancestor, or null when the two versions have none
     * @param ours   our version (the one merged into)
     * @param theirs their version (the one merged in)
     * @return the merged case, its new conflicts and notes
     */
    public static MergeResult merge(Resource base, Resource ours, Resource theirs) {
        return merge(base == null ? null : base.getContents(), ours.getContents(), theirs.getContents());
    }

    /**
     * Merges three versions of a case given as the roots of their resources (a case, then its diagrams).
     *
     * @param base   the roots of the common ancestor, or null when there is none
     * @param ours   our roots
     * @param theirs their roots
     * @return the merged case, its new conflicts and notes
     * @throws IllegalArgumentException if a version has no case, an object without id, or an id twice
     */
    public static MergeResult merge(List<? extends EObject> base, List<? extends EObject> ours,
            List<? extends EObject> theirs) {
        Snapshot o = Snapshot.of(ours);
        Snapshot t = Snapshot.of(theirs);
        Snapshot b = base == null ? Snapshot.EMPTY : Snapshot.of(base);
        t = t.renamed(Matching.ids(o, t, base == null));
        b = b.renamed(Matching.ids(o, b, false));
        Merger.Outcome outcome = new Merger(b, o, t).run();
        List<EObject> roots = Builder.build(outcome.objects(), outcome.roots());
        if (roots.isEmpty() || !(roots.get(0) instanceof CaseFile caseFile)) {
            throw new IllegalArgumentException("The versions to merge have no case.");
        }
        caseFile.getConflicts().addAll(outcome.conflicts().stream()
                .filter(c -> caseFile.getConflicts().stream().noneMatch(old -> old.getId().equals(c.getId()))).toList());
        return new MergeResult(roots, outcome.conflicts(), outcome.notes());
    }

    /**
     * Merges two versions without common ancestor.
     *
     * @param ours   our roots
     * @param theirs their roots
     * @return the merged case
     */
    public static MergeResult merge(List<? extends EObject> ours, List<? extends EObject> theirs) {
        return merge((List<? extends EObject>) null, ours, theirs);
    }

}
