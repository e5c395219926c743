package org.factcheck.core.internal.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.factcheck.core.internal.merge.Snapshot.Obj;
import org.factcheck.model.CasePackage;

/**
 * Puts the merged objects in their containers, in a deterministic order: the three-way merge of each container's
 * list of children ({@link ListMerge}), then children that came there otherwise (moved in, kept after a deletion)
 * in the order of our version, theirs, the base.
 */
final class Tree {

    private final Merger merger;

    Tree(Merger merger) {
        this.merger = merger;
    }

    /** Fills every containment feature of the merged objects; returns the roots, the case first. */
    List<String> arrange() {
        Map<String, Map<EReference, Set<String>>> children = new HashMap<>();
        List<String> rootCandidates = new ArrayList<>();
        for (Obj m : merger.merged.values()) {
            if (m.parent() == null || !merger.merged.containsKey(m.parent())) {
                rootCandidates.add(m.id());
            } else {
                children.computeIfAbsent(m.parent(), k -> new HashMap<>())
                        .computeIfAbsent(m.feature(), k -> new LinkedHashSet<>()).add(m.id());
            }
        }
        for (Obj m : List.copyOf(merger.merged.values())) {
            Map<EReference, Set<String>> mine = children.getOrDefault(m.id(), Map.of());
            List<EStructuralFeature> features = Snapshot.features(m.eClass());
            for (int i = 0; i < features.size(); i++) {
                if (!(features.get(i) instanceof EReference r) || !r.isContainment()) {
                    continue;
                }
                Set<String> here = mine.getOrDefault(r, Set.of());
                List<String> order = order(here, list(merger.base, m.id(), i), list(merger.ours, m.id(), i),
                        list(merger.theirs, m.id(), i));
                if (r.isMany()) {
                    m.values()[i] = List.copyOf(order);
                } else {
                    m.values()[i] = order.isEmpty() ? null : order.get(0);
                    for (String extra : order.subList(Math.min(1, order.size()), order.size())) {
                        merger.log.note("Both sides set the " + Labels.feature(r) + " of " + merger.log.labels().of(m)
                                + "; ours is kept, " + merger.log.labels().of(extra) + " is left out.");
                        remove(extra);
                    }
                }
            }
        }
        List<String> roots = order(new LinkedHashSet<>(rootCandidates), merger.base.roots(), merger.ours.roots(),
                merger.theirs.roots());
        roots.sort((a, b) -> Boolean.compare(!isCase(a), !isCase(b)));
        return roots;
    }

    private boolean isCase(String id) {
        return merger.merged.get(id).eClass() == CasePackage.Literals.CASE_FILE;
    }

    private void remove(String id) {
        Obj gone = merger.merged.remove(id);
        if (gone == null) {
            return;
        }
        List<EStructuralFeature> features = Snapshot.features(gone.eClass());
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i) instanceof EReference r && r.isContainment() && gone.values()[i] != null) {
                for (Object child : r.isMany() ? (List<?>) gone.values()[i] : List.of(gone.values()[i])) {
                    remove((String) child);
                }
            }
        }
    }

    private static List<String> order(Set<String> here, List<String> base, List<String> ours, List<String> theirs) {
        List<String> order = new ArrayList<>(here.size());
        Set<String> placed = new LinkedHashSet<>();
        for (String id : ListMerge.merge(base, ours, theirs)) {
            if (here.contains(id) && placed.add(id)) {
                order.add(id);
            }
        }
        for (String id : here) {
            if (placed.add(id)) {
                order.add(place(id, order, ours, theirs, base), id);
            }
        }
        return order;
    }

    /**
     * Where a child that the list merge left out goes (one side deleted it, the other changed it, or it moved
     * here): after the nearest element before it in the first version that has it; at the end if none has.
     */
    private static int place(String id, List<String> order, List<String> ours, List<String> theirs, List<String> base) {
        for (List<String> version : List.of(ours, theirs, base)) {
            int at = version.indexOf(id);
            if (at < 0) {
                continue;
            }
            for (int i = at - 1; i >= 0; i--) {
                int found = order.indexOf(version.get(i));
                if (found >= 0) {
                    return found + 1;
                }
            }
            return 0;
        }
        return order.size();
    }

    private static List<String> list(Snapshot s, String id, int feature) {
        Obj o = s.get(id);
        if (o == null || feature >= o.values().length || o.values()[feature] == null) {
            return List.of();
        }
        Object v = o.values()[feature];
        if (v instanceof String single) {
            return List.of(single);
        }
        @SuppressWarnings("unchecked")
        List<String> many = (List<String>) v;
        return many;
    }
}
