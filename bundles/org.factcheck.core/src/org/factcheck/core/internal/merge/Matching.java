package org.factcheck.core.internal.merge;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.factcheck.core.internal.merge.Snapshot.Obj;
import org.factcheck.model.CasePackage;

/**
 * Matches objects of two versions that are the same thing under different ids: always the root case (one file
 * is one case); and, for two versions without common ancestor, the rating scale, and ratings, relation kinds,
 * tags, sources, people and organisations of the same name. Without that, two cases started apart would merge
 * into one with every rating twice.
 */
public final class Matching {

    private static final CasePackage P = CasePackage.eINSTANCE;
    private static final Set<EClass> BY_NAME = Set.of(P.getRating(), P.getRelationKind(), P.getTag(), P.getSource(),
            P.getPerson(), P.getOrganisation(), P.getRatingScale());

    private Matching() {
    }

    /**
     * @param reference the version whose ids are kept
     * @param other     the version whose ids are replaced
     * @param byName    whether to match by name as well (no common ancestor)
     * @return the ids of {@code other} to replace: other id → reference id
     */
    public static Map<String, String> ids(Snapshot reference, Snapshot other, boolean byName) {
        Map<String, String> replace = new HashMap<>();
        String refCase = caseId(reference);
        String otherCase = caseId(other);
        if (refCase != null && otherCase != null && !refCase.equals(otherCase) && !reference.has(otherCase)) {
            replace.put(otherCase, refCase);
        }
        if (!byName) {
            return replace;
        }
        Map<String, String> names = new HashMap<>();
        for (Obj obj : reference.objects().values()) {
            String key = key(obj);
            if (key != null) {
                names.putIfAbsent(key, obj.id());
            }
        }
        for (Obj obj : other.objects().values()) {
            String key = key(obj);
            String match = key == null || reference.has(obj.id()) ? null : names.get(key);
            if (match != null && !other.has(match)) {
                replace.put(obj.id(), match);
            }
        }
        return replace;
    }

    private static String caseId(Snapshot s) {
        for (String root : s.roots()) {
            if (s.get(root).eClass() == P.getCaseFile()) {
                return root;
            }
        }
        return null;
    }

    private static String key(Obj obj) {
        if (!BY_NAME.contains(obj.eClass())) {
            return null;
        }
        if (obj.eClass() == P.getRatingScale()) {
            return "RatingScale";
        }
        String name = Labels.text(obj, obj.eClass() == P.getRating() ? "label" : "name");
        return name == null ? null : obj.eClass().getName() + "\u0000" + name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
