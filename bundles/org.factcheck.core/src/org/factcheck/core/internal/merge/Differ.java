package org.factcheck.core.internal.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.factcheck.core.internal.merge.Snapshot.Obj;
import org.factcheck.core.merge.Change;
import org.factcheck.core.merge.Change.Kind;
import org.factcheck.model.CasePackage;
import org.factcheck.model.notation.NotationPackage;

/** Computes {@link org.factcheck.core.merge.CaseDiff}'s changes and descriptions. */
public final class Differ {

    private static final CasePackage P = CasePackage.eINSTANCE;
    private static final NotationPackage N = NotationPackage.eINSTANCE;
    private static final Set<EStructuralFeature> BOX = Set.of(N.getNode_X(), N.getNode_Y(), N.getNode_Width(),
            N.getNode_Height());

    private final Snapshot old;
    private final Snapshot now;
    private final Labels oldLabels;
    private final Labels newLabels;
    private final List<Change> changes = new ArrayList<>();

    /**
     * @param old the old version
     * @param now the new version
     */
    public Differ(Snapshot old, Snapshot now) {
        this.old = old;
        this.now = now;
        this.oldLabels = new Labels(id -> old.has(id) ? old.get(id) : now.get(id));
        this.newLabels = new Labels(id -> now.has(id) ? now.get(id) : old.get(id));
    }

    /** @return the changes, in the order described by {@code CaseDiff} */
    public List<Change> changes() {
        for (Obj n : now.objects().values()) {
            Obj o = old.get(n.id());
            if (o == null) {
                if (n.parent() == null || old.has(n.parent())) {
                    add(Kind.ADDED, n, "", null, null, newLabels.of(n) + " added" + contents(now, n));
                }
            } else {
                compare(o, n);
            }
        }
        for (Obj o : old.objects().values()) {
            if (!now.has(o.id()) && (o.parent() == null || now.has(o.parent()))) {
                add(Kind.DELETED, o, "", null, null, oldLabels.of(o) + " deleted" + contents(old, o));
            }
        }
        return List.copyOf(changes);
    }

    private void compare(Obj o, Obj n) {
        if (!Objects.equals(o.parent(), n.parent()) && o.parent() != null && n.parent() != null) {
            add(Kind.MOVED, n, "", oldLabels.of(o.parent()), newLabels.of(n.parent()),
                    newLabels.of(n) + " moved from " + oldLabels.of(o.parent()) + " to " + newLabels.of(n.parent()));
        }
        if (o.eClass() != n.eClass()) {
            add(Kind.CHANGED, n, "", o.eClass().getName(), n.eClass().getName(),
                    oldLabels.of(o) + " became " + newLabels.of(n));
            return;
        }
        List<EStructuralFeature> features = Snapshot.features(n.eClass());
        boolean spanMoved = false;
        boolean boxMoved = false;
        for (int i = 0; i < features.size(); i++) {
            EStructuralFeature f = features.get(i);
            Object a = o.values()[i];
            Object b = n.values()[i];
            if (Objects.equals(a, b) || f instanceof EReference r && r.isContainment()
                    || f == P.getDocument_TextSha256()) {
                continue;
            }
            if (n.eClass() == P.getTextSpan() && SpanPlacer.POSITION.contains(f) && f != P.getTextSpan_AnchorStatus()) {
                spanMoved = true;
            } else if (BOX.contains(f)) {
                boxMoved = true;
            } else if (f == P.getDocument_Text()) {
                int before = a == null ? 0 : ((String) a).length();
                int after = b == null ? 0 : ((String) b).length();
                add(Kind.CHANGED, n, f.getName(), null, null, "text of " + newLabels.of(n) + " changed ("
                        + String.format("%,d", before) + " → " + String.format("%,d", after) + " characters)");
            } else if (f.isMany()) {
                many(n, f, (List<?>) a, (List<?>) b);
            } else {
                String from = oldLabels.value(f, a);
                String to = newLabels.value(f, b);
                add(Kind.CHANGED, n, f.getName(), a == null ? null : from, b == null ? null : to,
                        Labels.feature(f) + " of " + newLabels.of(n) + " changed from " + from + " to " + to);
            }
        }
        if (spanMoved) {
            String to = Labels.quote((String) n.get(P.getTextSpan_Exact()));
            add(Kind.MOVED, n, "", oldLabels.of(o), to, oldLabels.of(o) + " moved to " + to + " ("
                    + o.get(P.getTextSpan_Start()) + "–" + o.get(P.getTextSpan_End()) + " → "
                    + n.get(P.getTextSpan_Start()) + "–" + n.get(P.getTextSpan_End()) + ")");
        }
        if (boxMoved) {
            add(Kind.MOVED, n, "", null, null, newLabels.of(n) + " moved or resized (" + box(o) + " → " + box(n) + ")");
        }
    }

    private void many(Obj n, EStructuralFeature f, List<?> a, List<?> b) {
        Set<Object> before = new HashSet<>(a);
        Set<Object> after = new HashSet<>(b);
        for (Object v : b) {
            if (!before.contains(v)) {
                add(Kind.CHANGED, n, f.getName(), null, newLabels.value(f, v),
                        newLabels.value(f, v) + " added to the " + Labels.feature(f) + " of " + newLabels.of(n));
            }
        }
        for (Object v : a) {
            if (!after.contains(v)) {
                add(Kind.CHANGED, n, f.getName(), oldLabels.value(f, v), null,
                        oldLabels.value(f, v) + " removed from the " + Labels.feature(f) + " of " + newLabels.of(n));
            }
        }
        if (before.equals(after)) {
            add(Kind.CHANGED, n, f.getName(), null, null, "the " + Labels.feature(f) + " of " + newLabels.of(n)
                    + " were reordered");
        }
    }

    private static String box(Obj node) {
        return node.get(N.getNode_X()) + "," + node.get(N.getNode_Y()) + " " + node.get(N.getNode_Width()) + "×"
                + node.get(N.getNode_Height());
    }

    /** " (with 3 spans, 2 evidence)" for an object added or deleted with contents. */
    private static String contents(Snapshot s, Obj obj) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        count(s, obj, counts);
        if (counts.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> parts.add(n + " " + Labels.words(type) + (n == 1 || type.equals("Evidence") ? "" : "s")));
        return " (with " + String.join(", ", parts) + ")";
    }

    private static void count(Snapshot s, Obj obj, java.util.Map<String, Integer> counts) {
        List<EStructuralFeature> features = Snapshot.features(obj.eClass());
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i) instanceof EReference r && r.isContainment() && obj.values()[i] != null) {
                for (Object child : r.isMany() ? (List<?>) obj.values()[i] : List.of(obj.values()[i])) {
                    Obj c = s.get((String) child);
                    if (c != null) {
                        counts.merge(c.eClass().getName(), 1, Integer::sum);
                        count(s, c, counts);
                    }
                }
            }
        }
    }

    private void add(Kind kind, Obj obj, String feature, String from, String to, String text) {
        changes.add(new Change(kind, obj.eClass().getName(), obj.id(), feature, from, to,
                Character.toUpperCase(text.charAt(0)) + text.substring(1) + "."));
    }

    /**
     * The lines of {@code CaseDiff.describe}.
     *
     * @param s a version
     * @return the text
     */
    public static String describe(Snapshot s) {
        Labels labels = new Labels(s::get);
        StringBuilder out = new StringBuilder();
        for (Obj obj : s.objects().values()) {
            out.append(labels.of(obj)).append('\n');
            List<EStructuralFeature> features = Snapshot.features(obj.eClass());
            for (int i = 0; i < features.size(); i++) {
                EStructuralFeature f = features.get(i);
                Object v = obj.values()[i];
                if (v == null || f instanceof EReference r && r.isContainment() || v instanceof List<?> l && l.isEmpty()
                        || f == P.getTextSpan_Prefix() || f == P.getTextSpan_Suffix()) {
                    continue;
                }
                if (f == P.getDocument_Text() || f instanceof EAttribute && v instanceof String text && text.contains("\n")) {
                    out.append("    ").append(Labels.feature(f)).append(":\n");
                    for (String line : ((String) v).split("\n", -1)) {
                        out.append("        ").append(line).append('\n');
                    }
                } else {
                    String value = f instanceof EAttribute && v instanceof String text ? "“" + text + "”" : labels.value(f, v);
                    out.append("    ").append(Labels.feature(f)).append(": ").append(value).append('\n');
                }
            }
        }
        return out.toString();
    }
}
