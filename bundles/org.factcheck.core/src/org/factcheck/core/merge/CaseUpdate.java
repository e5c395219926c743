package org.factcheck.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Makes an open case equal to another version of it <em>in place</em>, object by object matched by id: an object
 * both versions have stays the same Java object and only the values that differ are set; objects only the other
 * version has are created, objects it lacks are removed. So whatever shows the open case (editors on a claim, a
 * diagram's boxes, a selection) keeps pointing at the same objects, learns of exactly what changed through EMF's
 * notifications, and an EMF change recorder around the update makes it one undoable change.
 * <p>
 * This is how the workbench takes a newer file from disk (a {@code git pull}) or the result of a
 * {@link CaseMerge}: it merges nothing itself.
 */
public final class CaseUpdate {

    private CaseUpdate() {
    }

    /**
     * Updates {@code target} so that its contents equal {@code roots}; {@code roots} are only read.
     *
     * @param target the resource of the open case
     * @param roots  the version to take: a case, then its diagrams (objects with ids, as {@link CaseMerge} makes them)
     */
    public static void apply(Resource target, List<? extends EObject> roots) {
        Map<String, EObject> existing = new HashMap<>();
        for (TreeIterator<EObject> it = target.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            String id = EcoreUtil.getID(o);
            if (id != null) {
                existing.putIfAbsent(id, o);
            }
        }
        Map<EObject, EObject> map = new IdentityHashMap<>();
        List<EObject> sources = new ArrayList<>();
        for (TreeIterator<EObject> it = EcoreUtil.getAllContents(roots); it.hasNext();) {
            EObject source = it.next();
            String id = EcoreUtil.getID(source);
            EObject kept = id == null ? null : existing.get(id);
            map.put(source, kept != null && kept.eClass() == source.eClass() ? kept : EcoreUtil.create(source.eClass()));
            sources.add(source);
        }
        // Values first, so that a new object has its id when it is attached (else the resource would give it one).
        for (EObject source : sources) {
            for (EAttribute a : source.eClass().getEAllAttributes()) {
                if (copied(a)) {
                    sync(map.get(source), a, source, map);
                }
            }
        }
        @SuppressWarnings("unchecked")
        EList<Object> contents = (EList<Object>) (EList<?>) target.getContents();
        setList(contents, mapped(roots, map));
        for (EObject source : sources) {
            for (EReference r : source.eClass().getEAllContainments()) {
                if (copied(r)) {
                    sync(map.get(source), r, source, map);
                }
            }
        }
        for (EObject source : sources) {
            for (EReference r : source.eClass().getEAllReferences()) {
                if (copied(r) && !r.isContainment() && !r.isContainer()) {
                    sync(map.get(source), r, source, map);
                }
            }
        }
    }

    private static boolean copied(EStructuralFeature f) {
        return f.isChangeable() && !f.isTransient() && !f.isDerived() && !f.isVolatile();
    }

    private static void sync(EObject target, EStructuralFeature f, EObject source, Map<EObject, EObject> map) {
        if (f.isMany()) {
            @SuppressWarnings("unchecked")
            EList<Object> have = (EList<Object>) target.eGet(f);
            setList(have, mapped((List<?>) source.eGet(f), map));
            return;
        }
        if (!source.eIsSet(f)) {
            if (target.eIsSet(f)) {
                target.eUnset(f);
            }
            return;
        }
        Object value = source.eGet(f);
        Object want = value instanceof EObject o && f instanceof EReference ? map.getOrDefault(o, o) : value;
        if (!target.eIsSet(f) || !Objects.equals(target.eGet(f), want)) {
            target.eSet(f, want);
        }
    }

    private static List<Object> mapped(List<?> values, Map<EObject, EObject> map) {
        List<Object> result = new ArrayList<>(values.size());
        for (Object v : values) {
            result.add(v instanceof EObject o ? map.getOrDefault(o, o) : v);
        }
        return result;
    }

    private static void setList(EList<Object> have, List<Object> want) {
        if (!have.equals(want)) {
            ECollections.setEList(have, want);
        }
    }
}
