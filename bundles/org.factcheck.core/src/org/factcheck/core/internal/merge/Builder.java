package org.factcheck.core.internal.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.factcheck.core.internal.merge.Snapshot.Obj;

/** Makes EMF objects of merged snapshot objects. */
public final class Builder {

    private Builder() {
    }

    /**
     * Creates the objects, sets their values, puts them in their containers and resolves references by id.
     *
     * @param objects the merged objects by id
     * @param roots   the ids of the roots
     * @return the roots, in order, not in any resource
     */
    @SuppressWarnings("unchecked")
    public static List<EObject> build(Map<String, Obj> objects, List<String> roots) {
        Map<String, EObject> created = new HashMap<>(objects.size() * 2);
        for (Obj obj : objects.values()) {
            EObject e = EcoreUtil.create(obj.eClass());
            EAttribute id = obj.eClass().getEIDAttribute();
            e.eSet(id != null ? id : obj.eClass().getEStructuralFeature("id"), obj.id());
            created.put(obj.id(), e);
        }
        for (Obj obj : objects.values()) {
            EObject e = created.get(obj.id());
            List<EStructuralFeature> features = Snapshot.features(obj.eClass());
            for (int i = 0; i < features.size(); i++) {
                EStructuralFeature f = features.get(i);
                Object value = obj.values()[i];
                if (value == null) {
                    continue;
                }
                if (f instanceof EAttribute) {
                    if (f.isMany()) {
                        ((EList<Object>) e.eGet(f)).addAll((List<Object>) value);
                    } else {
                        e.eSet(f, value);
                    }
                } else if (f.isMany()) {
                    InternalEList<EObject> list = (InternalEList<EObject>) e.eGet(f);
                    List<?> ids = (List<?>) value;
                    // Children are placed once each by the merge; references may repeat and are made distinct.
                    java.util.Collection<EObject> targets = ((EReference) f).isContainment()
                            ? new ArrayList<>(ids.size()) : new LinkedHashSet<>();
                    for (Object target : ids) {
                        EObject t = created.get(target);
                        if (t != null) {
                            targets.add(t);
                        }
                    }
                    // Distinct already: skips the linear uniqueness check of each addition.
                    list.addAllUnique(targets instanceof List<EObject> l ? l : List.copyOf(targets));
                } else {
                    EObject t = created.get(value);
                    if (t != null) {
                        e.eSet(f, t);
                    }
                }
            }
        }
        List<EObject> result = new ArrayList<>();
        for (String root : roots) {
            result.add(created.get(root));
        }
        return result;
    }
}
