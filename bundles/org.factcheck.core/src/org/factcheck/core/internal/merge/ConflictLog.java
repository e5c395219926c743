package org.factcheck.core.internal.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.core.internal.merge.Snapshot.Obj;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.ConflictKind;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.MergeConflict;

/** Collects the conflicts and the notes of one merge. */
final class ConflictLog {

    private final Map<String, MergeConflict> conflicts = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Labels labels;

    ConflictLog(Labels labels) {
        this.labels = labels;
    }

    Labels labels() {
        return labels;
    }

    /**
     * Records a conflict about one feature of an object.
     *
     * @param kept the side whose value the merged case holds
     */
    void feature(ConflictKind kind, Obj obj, EStructuralFeature feature, Object base, Object ours, Object theirs,
            ConflictSide kept, String message) {
        add(kind, obj, feature.getName(), text(feature, base), text(feature, ours), text(feature, theirs), kept, message);
    }

    /** Records a conflict about an object as a whole; the values say which side has it ("present"). */
    void object(ConflictKind kind, Obj obj, boolean inBase, boolean inOurs, boolean inTheirs, ConflictSide kept,
            String message) {
        add(kind, obj, "", inBase ? "present" : null, inOurs ? "present" : null, inTheirs ? "present" : null, kept,
                message);
    }

    private void add(ConflictKind kind, Obj obj, String feature, String base, String ours, String theirs,
            ConflictSide kept, String message) {
        String key = kind + "\u0000" + obj.id() + "\u0000" + feature;
        if (conflicts.containsKey(key)) {
            return;
        }
        MergeConflict c = CaseFactory.eINSTANCE.createMergeConflict();
        // Named after what it is about, so that merging the same versions again gives the same file.
        c.setId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
        c.setKind(kind);
        c.setObjectId(obj.id());
        c.setObjectType(obj.eClass().getName());
        c.setFeature(feature);
        c.setKept(kept);
        c.setMessage(message);
        c.setBase(base);
        c.setOurs(ours);
        c.setTheirs(theirs);
        conflicts.put(key, c);
    }

    void note(String note) {
        notes.add(note);
    }

    List<MergeConflict> conflicts() {
        return List.copyOf(conflicts.values());
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** A value as written in a case file: attribute values converted by their data type, references as ids. */
    static String text(EStructuralFeature feature, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object v : list) {
                parts.add(text(feature, v));
            }
            return String.join(feature instanceof EAttribute ? "\n" : " ", parts);
        }
        if (feature instanceof EAttribute a) {
            return EcoreUtil.convertToString(a.getEAttributeType(), value);
        }
        return (String) value;
    }
}
