package org.factcheck.core.internal.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One version of a case flattened to its objects by id: for each object its class, its container and the values
 * of the features a merge compares (references as ids). Comparing and merging work on snapshots, never on the
 * EMF objects, so the three versions of a merge can come from anywhere and nothing of them is changed.
 */
public final class Snapshot {

    /** A snapshot with no objects: the base of two versions without common ancestor. */
    public static final Snapshot EMPTY = new Snapshot(new LinkedHashMap<>(), List.of());

    /**
     * One object.
     *
     * @param id      its id
     * @param eClass  its class
     * @param parent  the id of its container, null for a root
     * @param feature the containment feature of the container that holds it, null for a root
     * @param values  one value per {@link #features(EClass) merged feature}: the value of a single attribute, a
     *                list of values for a many-valued attribute, the id (or null) of a single reference, a list of
     *                ids for a many-valued one; containment features hold the ids of the children
     */
    public record Obj(String id, EClass eClass, String parent, EReference feature, Object[] values) {

        /** @return the value of a feature, as described for {@link Obj#values()} */
        public Object get(EStructuralFeature f) {
            int i = features(eClass).indexOf(f);
            return i < 0 ? null : values[i];
        }
    }

    private static final Map<EClass, List<EStructuralFeature>> FEATURES = new ConcurrentHashMap<>();

    private final Map<String, Obj> objects;
    private final List<String> roots;

    private Snapshot(Map<String, Obj> objects, List<String> roots) {
        this.objects = objects;
        this.roots = roots;
    }

    /**
     * Flattens the contents of a resource (its roots: a case and its diagrams).
     *
     * @param roots the roots, in order
     * @return the snapshot
     * @throws IllegalArgumentException if an object has no id or two objects share one
     */
    public static Snapshot of(List<? extends EObject> roots) {
        Map<String, Obj> objects = new LinkedHashMap<>(expectedSize(roots));
        List<String> rootIds = new ArrayList<>();
        for (EObject root : roots) {
            rootIds.add(add(root, null, null, objects));
        }
        return new Snapshot(objects, List.copyOf(rootIds));
    }

    /** A capacity for the map of a case's objects: its resource's id map knows how many there are. */
    private static int expectedSize(List<? extends EObject> roots) {
        if (!roots.isEmpty() && roots.get(0).eResource() instanceof org.eclipse.emf.ecore.resource.impl.ResourceImpl r
                && r.getIntrinsicIDToEObjectMap() != null && !r.getIntrinsicIDToEObjectMap().isEmpty()) {
            return r.getIntrinsicIDToEObjectMap().size() * 4 / 3 + 16;
        }
        return 1024;
    }

    private static String add(EObject object, String parent, EReference feature, Map<String, Obj> objects) {
        String id = id(object);
        List<EStructuralFeature> features = features(object.eClass());
        Object[] values = new Object[features.size()];
        Obj obj = new Obj(id, object.eClass(), parent, feature, values);
        if (objects.put(id, obj) != null) {
            throw new IllegalArgumentException("Two objects of the case have the id " + id + ".");
        }
        for (int i = 0; i < values.length; i++) {
            EStructuralFeature f = features.get(i);
            Object value = object.eGet(f, false);
            if (f instanceof EAttribute) {
                values[i] = f.isMany() ? List.copyOf(nonNull((List<?>) value)) : value;
            } else if (((EReference) f).isContainment()) {
                if (f.isMany()) {
                    List<String> ids = new ArrayList<>();
                    for (EObject child : (EList<? extends EObject>) value) {
                        ids.add(add(child, id, (EReference) f, objects));
                    }
                    values[i] = List.copyOf(ids);
                } else {
                    values[i] = value == null ? null : add((EObject) value, id, (EReference) f, objects);
                }
            } else if (f.isMany()) {
                List<String> ids = new ArrayList<>();
                for (EObject target : (EList<? extends EObject>) value) {
                    ids.add(referenceId(target));
                }
                values[i] = List.copyOf(ids);
            } else {
                values[i] = value == null ? null : referenceId((EObject) value);
            }
        }
        return id;
    }

    private static List<?> nonNull(List<?> list) {
        return list.stream().filter(Objects::nonNull).toList();
    }

    private static String referenceId(EObject target) {
        String id = target.eIsProxy() ? ((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI().fragment()
                : EcoreUtil.getID(target);
        if (id == null) {
            throw new IllegalArgumentException("A " + target.eClass().getName() + " is referred to but has no id.");
        }
        return id;
    }

    private static String id(EObject object) {
        String id = EcoreUtil.getID(object);
        if (id == null) {
            throw new IllegalArgumentException("A " + object.eClass().getName() + " of the case has no id.");
        }
        return id;
    }

    /**
     * The features a merge compares: every stored, changeable feature except the id and the reference to the
     * container, in the order of {@link EClass#getEAllStructuralFeatures()}.
     *
     * @param eClass a class of the case or notation model
     * @return its merged features
     */
    public static List<EStructuralFeature> features(EClass eClass) {
        return FEATURES.computeIfAbsent(eClass, c -> c.getEAllStructuralFeatures().stream()
                .filter(f -> !f.isTransient() && !f.isDerived() && !f.isVolatile() && f.isChangeable())
                .filter(f -> !(f instanceof EReference r && r.isContainer()))
                .filter(f -> !(f instanceof EAttribute a && (a.isID() || a.getName().equals("id"))))
                .toList());
    }

    /** @return the objects by id, in the order of the containment tree */
    public Map<String, Obj> objects() {
        return objects;
    }

    /** @return the ids of the roots, in order */
    public List<String> roots() {
        return roots;
    }

    /**
     * @param id an id
     * @return the object, or null
     */
    public Obj get(String id) {
        return id == null ? null : objects.get(id);
    }

    /**
     * @param id an id
     * @return whether the snapshot has the object
     */
    public boolean has(String id) {
        return objects.containsKey(id);
    }

    /**
     * The same snapshot with some ids replaced (objects and references to them), for matching objects of two
     * versions that were created apart (the root case, the rating scale, ratings, relation kinds and tags of the
     * same name).
     *
     * @param replacements old id → new id
     * @return the renamed snapshot
     */
    public Snapshot renamed(Map<String, String> replacements) {
        if (replacements.isEmpty()) {
            return this;
        }
        Map<String, Obj> renamed = new LinkedHashMap<>(objects.size() * 4 / 3 + 16);
        for (Obj obj : objects.values()) {
            List<EStructuralFeature> features = features(obj.eClass());
            Object[] values = obj.values().clone();
            for (int i = 0; i < values.length; i++) {
                if (features.get(i) instanceof EReference) {
                    values[i] = rename(values[i], replacements);
                }
            }
            String id = replacements.getOrDefault(obj.id(), obj.id());
            renamed.put(id, new Obj(id, obj.eClass(), (String) rename(obj.parent(), replacements), obj.feature(), values));
        }
        List<String> rootIds = roots.stream().map(r -> replacements.getOrDefault(r, r)).toList();
        return new Snapshot(renamed, rootIds);
    }

    private static Object rename(Object value, Map<String, String> replacements) {
        if (value instanceof String id) {
            return replacements.getOrDefault(id, id);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> replacements.getOrDefault((String) v, (String) v)).toList();
        }
        return value;
    }
}
