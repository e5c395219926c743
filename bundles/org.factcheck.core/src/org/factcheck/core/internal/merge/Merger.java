package org.factcheck.core.internal.merge;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.factcheck.core.internal.merge.Snapshot.Obj;
import org.factcheck.model.CasePackage;
import org.factcheck.model.ConflictKind;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.notation.NotationPackage;

/**
 * The three-way merge of snapshots, by id: which objects the merged case has, and the value of each of their
 * features. See {@code org.factcheck.core.merge.CaseMerge} for the rules.
 */
public final class Merger {

    private static final CasePackage P = CasePackage.eINSTANCE;
    /** Long texts that merge by words when both sides edited them apart. */
    private static final Set<String> PROSE = Set.of("explanation", "note", "description", "rationale");

    final Snapshot base;
    final Snapshot ours;
    final Snapshot theirs;
    final ConflictLog log;
    /** The objects of the merged case and their merged values (containment features filled in last). */
    final Map<String, Obj> merged;
    /** Documents whose text differs between the sides: their spans' positions are placed by {@link SpanPlacer}. */
    final Set<String> textsApart = new LinkedHashSet<>();

    /**
     * @param base   the common ancestor ({@link Snapshot#EMPTY} if none)
     * @param ours   our version
     * @param theirs their version
     */
    public Merger(Snapshot base, Snapshot ours, Snapshot theirs) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.merged = new LinkedHashMap<>((ours.objects().size() + theirs.objects().size() / 8) * 4 / 3 + 16);
        this.log = new ConflictLog(new Labels(id -> {
            Obj o = ours.get(id);
            if (o == null) {
                o = theirs.get(id);
            }
            return o == null ? base.get(id) : o;
        }));
    }

    /** @return the merged snapshot, the conflicts and the notes */
    public Outcome run() {
        for (Obj doc : ours.objects().values()) {
            Obj other = theirs.get(doc.id());
            if (doc.eClass() == P.getDocument() && other != null
                    && !Objects.equals(doc.get(P.getDocument_Text()), other.get(P.getDocument_Text()))) {
                textsApart.add(doc.id());
            }
        }
        Deque<String> work = new ArrayDeque<>();
        for (String id : order()) {
            if (keep(id)) {
                work.add(id);
            }
        }
        closure(work);
        dropNodesOfDeletedElements();
        new SpanPlacer(this).place();
        List<String> roots = new Tree(this).arrange();
        return new Outcome(merged, roots, log.conflicts(), log.notes());
    }

    /**
     * What a merge produced.
     *
     * @param objects   the merged objects by id; containment features hold the children in order
     * @param roots     the ids of the roots: the case, then its diagrams
     * @param conflicts the conflicts found, as model objects not yet in a case
     * @param notes     information for the user (positions taken from one side, spans found approximately)
     */
    public record Outcome(Map<String, Obj> objects, List<String> roots,
            List<org.factcheck.model.MergeConflict> conflicts, List<String> notes) {
    }

    /** Every id of the three versions: ours in tree order, then theirs', then the base's. */
    private Set<String> order() {
        Set<String> ids = new LinkedHashSet<>((ours.objects().size() + theirs.objects().size() / 8) * 4 / 3 + 16);
        ids.addAll(ours.objects().keySet());
        ids.addAll(theirs.objects().keySet());
        ids.addAll(base.objects().keySet());
        return ids;
    }

    /** Whether an object is in the merged case before references are followed; records delete/change conflicts. */
    private boolean keep(String id) {
        Obj b = base.get(id);
        Obj o = ours.get(id);
        Obj t = theirs.get(id);
        if (o != null && t != null) {
            return true;
        }
        if (b == null) {
            return o != null || t != null;
        }
        if (o == null && t == null) {
            return false;
        }
        Obj kept = o != null ? o : t;
        Snapshot keeper = o != null ? ours : theirs;
        if (!changed(b, kept, keeper)) {
            return false;
        }
        if (isNotation(kept.eClass())) {
            log.note(log.labels().of(kept) + " was removed on one side and changed on the other: it is removed.");
            return false;
        }
        String who = o != null ? "we" : "they";
        String other = o != null ? "they" : "we";
        log.object(ConflictKind.DELETED_AND_CHANGED, kept, true, o != null, t != null,
                o != null ? ConflictSide.OURS : ConflictSide.THEIRS,
                log.labels().of(kept) + " was deleted by " + (other.equals("we") ? "us" : "them") + " but changed by "
                        + (who.equals("we") ? "us" : "them") + "; it is kept with the changes.");
        return true;
    }

    /** Whether a side changed an object (its own values or its place; evidence also through its span). */
    private boolean changed(Obj b, Obj side, Snapshot snapshot) {
        if (!Objects.equals(b.parent(), side.parent())) {
            return true;
        }
        if (side.eClass() == P.getTextSpan()) {
            return spanChanged(b, side, snapshot);
        }
        if (!sameValues(b, side)) {
            return true;
        }
        if (side.eClass() == P.getEvidence()) {
            String span = (String) side.get(P.getEvidence_Span());
            Obj sb = base.get(span);
            Obj ss = snapshot.get(span);
            return span != null && sb != null && ss != null && spanChanged(sb, ss, snapshot);
        }
        return false;
    }

    /** A span moved only because its side changed the article's text (re-anchoring) counts as unchanged. */
    private boolean spanChanged(Obj b, Obj side, Snapshot snapshot) {
        Obj doc = snapshot.get(side.parent());
        Obj baseDoc = base.get(side.parent());
        boolean reanchored = doc != null && baseDoc != null
                && !Objects.equals(doc.get(P.getDocument_Text()), baseDoc.get(P.getDocument_Text()));
        List<EStructuralFeature> features = Snapshot.features(side.eClass());
        for (int i = 0; i < features.size(); i++) {
            if (!(reanchored && SpanPlacer.POSITION.contains(features.get(i)))
                    && !Objects.equals(b.values()[i], side.values()[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether two versions of an object have the same values, children aside. */
    static boolean sameValues(Obj a, Obj b) {
        if (a.eClass() != b.eClass()) {
            return false;
        }
        List<EStructuralFeature> features = Snapshot.features(a.eClass());
        for (int i = 0; i < features.size(); i++) {
            if (!(features.get(i) instanceof EReference r && r.isContainment())
                    && !Objects.equals(a.values()[i], b.values()[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isNotation(EClass eClass) {
        return eClass.getEPackage() == NotationPackage.eINSTANCE;
    }

    /** Merges every kept object, then keeps what they refer to and what contains them. */
    private void closure(Deque<String> work) {
        Set<String> queued = new java.util.HashSet<>(work.size() * 4 / 3 + 16);
        queued.addAll(work);
        while (!work.isEmpty()) {
            String id = work.poll();
            Obj m = mergeObject(id);
            merged.put(id, m);
            if (m.parent() != null && !queued.contains(m.parent())) {
                Obj parent = any(m.parent());
                log.object(ConflictKind.DELETED_AND_CHANGED, parent, base.has(parent.id()), ours.has(parent.id()),
                        theirs.has(parent.id()), ours.has(parent.id()) ? ConflictSide.OURS : ConflictSide.THEIRS,
                        log.labels().of(parent) + " was deleted on one side, but the other side changed or added "
                                + log.labels().of(m) + " in it; it is kept.");
                queued.add(m.parent());
                work.add(m.parent());
            }
            List<EStructuralFeature> features = Snapshot.features(m.eClass());
            for (int i = 0; i < features.size(); i++) {
                if (!(features.get(i) instanceof EReference r) || r.isContainment()
                        || r == NotationPackage.Literals.NODE__ELEMENT) {
                    continue;
                }
                for (String target : ids(m.values()[i])) {
                    if (queued.contains(target)) {
                        continue;
                    }
                    Obj gone = any(target);
                    if (gone == null) {
                        m.values()[i] = without(m.values()[i], target);
                        log.note(log.labels().of(m) + " referred to an object no version has (" + target
                                + "); the reference is left out.");
                        continue;
                    }
                    log.feature(ConflictKind.TARGET_DELETED, m, r, valueIn(base, id, r), valueIn(ours, id, r),
                            valueIn(theirs, id, r), ours.has(target) ? ConflictSide.OURS : ConflictSide.THEIRS,
                            log.labels().of(gone) + " was deleted on one side, but " + log.labels().of(m)
                                    + " refers to it (" + Labels.feature(r) + ") on the other; it is kept.");
                    queued.add(target);
                    work.add(target);
                }
            }
        }
    }

    private void dropNodesOfDeletedElements() {
        merged.values().removeIf(m -> {
            if (m.eClass() != NotationPackage.Literals.NODE) {
                return false;
            }
            String element = (String) m.get(NotationPackage.Literals.NODE__ELEMENT);
            if (element == null || merged.containsKey(element)) {
                return false;
            }
            log.note("The diagram's box of " + log.labels().of(element) + " is removed with it.");
            return true;
        });
    }

    private static List<String> ids(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) value;
        return list;
    }

    private static Object without(Object value, String id) {
        return value instanceof List<?> list ? list.stream().filter(v -> !v.equals(id)).toList() : null;
    }

    private static Object valueIn(Snapshot s, String id, EStructuralFeature f) {
        Obj o = s.get(id);
        return o == null ? null : o.get(f);
    }

    Obj any(String id) {
        Obj o = ours.get(id);
        if (o == null) {
            o = theirs.get(id);
        }
        return o == null ? base.get(id) : o;
    }

    /** The merged values of one object (containment features are left to {@link Tree}). */
    private Obj mergeObject(String id) {
        Obj b = base.get(id);
        Obj o = ours.get(id);
        Obj t = theirs.get(id);
        if (o == null || t == null || o.eClass() != t.eClass()) {
            Obj only = o != null ? o : t != null ? t : b;
            return new Obj(id, only.eClass(), only.parent(), only.feature(), only.values().clone());
        }
        if (o.eClass() == t.eClass() && Objects.equals(o.parent(), t.parent()) && o.feature() == t.feature()
                && sameValues(o, t)) {
            // Both sides agree (the usual case: unchanged, or changed alike).
            return new Obj(id, o.eClass(), o.parent(), o.feature(), o.values().clone());
        }
        if (b != null && b.eClass() != o.eClass()) {
            b = null;
        }
        List<EStructuralFeature> features = Snapshot.features(o.eClass());
        Object[] values = new Object[features.size()];
        boolean verdictsApart = o.eClass() == P.getClaim()
                && conflicting(b, o, t, features.indexOf(P.getClaim_Verdict()));
        boolean textApart = textsApart.contains(o.parent()) && o.eClass() == P.getTextSpan();
        for (int i = 0; i < features.size(); i++) {
            EStructuralFeature f = features.get(i);
            Object vb = b == null ? null : b.values()[i];
            Object vo = o.values()[i];
            Object vt = t.values()[i];
            if (f instanceof EReference r && r.isContainment()) {
                values[i] = vo;
            } else if (f.isMany()) {
                values[i] = ListMerge.merge(vb == null ? List.of() : (List<Object>) vb, (List<Object>) vo,
                        (List<Object>) vt);
            } else if (!conflicting(b, o, t, i)) {
                values[i] = Objects.equals(vo, vb) ? vt : vo;
            } else {
                values[i] = vo;
                // A span's position is merged as one value, a hash follows its text: neither is a conflict of its own.
                if (!(o.eClass() == P.getTextSpan() && SpanPlacer.POSITION.contains(f))
                        && f != P.getDocument_TextSha256()) {
                    values[i] = resolve(o, f, vb, vo, vt, verdictsApart);
                }
            }
        }
        Obj m = new Obj(id, o.eClass(), parent(b, o, t), o.parent() == null ? null : feature(b, o, t), values);
        if (o.eClass() == P.getDocument()) {
            // The hash follows the text it was computed from.
            int text = features.indexOf(P.getDocument_Text());
            int hash = features.indexOf(P.getDocument_TextSha256());
            values[hash] = Objects.equals(values[text], o.values()[text]) ? o.values()[hash] : t.values()[hash];
        }
        if (o.eClass() == P.getTextSpan() && !textApart) {
            SpanPlacer.positionAsOne(this, b, o, t, m);
        }
        return m;
    }

    private boolean conflicting(Obj b, Obj o, Obj t, int i) {
        Object vb = b == null ? null : b.values()[i];
        Object vo = o.values()[i];
        Object vt = t.values()[i];
        return !Objects.equals(vo, vt) && !Objects.equals(vo, vb) && !Objects.equals(vt, vb);
    }

    /** Both sides changed a single value differently: merge prose by words, else record a conflict, keep ours. */
    private Object resolve(Obj o, EStructuralFeature f, Object vb, Object vo, Object vt, boolean verdictsApart) {
        Labels labels = log.labels();
        String what = Labels.feature(f) + " of " + labels.of(o);
        if (PROSE.contains(f.getName()) && !(verdictsApart && f == P.getClaim_Explanation())) {
            String text = TextMerge.merge((String) vb, (String) vo, (String) vt);
            if (text != null) {
                return text;
            }
        }
        if (isNotation(o.eClass())) {
            log.note("The " + what + " was changed on both sides; ours is kept (" + labels.value(f, vo) + ", theirs "
                    + labels.value(f, vt) + ").");
            return vo;
        }
        if (f == P.getDocument_Text()) {
            log.feature(ConflictKind.TEXT_CHANGED_ON_BOTH_SIDES, o, f, vb, vo, vt, ConflictSide.OURS,
                    "The text of " + labels.of(o) + " was changed on both sides; the case holds ours, theirs is kept "
                            + "in this conflict.");
            return vo;
        }
        String verdictNote = verdictsApart && f == P.getClaim_Explanation()
                ? " (the verdicts differ too, so the explanations are not combined)" : "";
        log.feature(ConflictKind.CHANGED_ON_BOTH_SIDES, o, f, vb, vo, vt, ConflictSide.OURS,
                "The " + what + " was changed on both sides" + verdictNote + ": ours " + labels.value(f, vo)
                        + ", theirs " + labels.value(f, vt) + " (it was " + labels.value(f, vb) + ").");
        return vo;
    }

    private String parent(Obj b, Obj o, Obj t) {
        String pb = b == null ? null : b.parent();
        if (Objects.equals(o.parent(), t.parent()) || Objects.equals(t.parent(), pb)) {
            return o.parent();
        }
        if (Objects.equals(o.parent(), pb)) {
            return t.parent();
        }
        log.object(ConflictKind.CHANGED_ON_BOTH_SIDES, o, b != null, true, true, ConflictSide.OURS,
                log.labels().of(o) + " was moved on both sides, to " + log.labels().of(o.parent()) + " by us and to "
                        + log.labels().of(t.parent()) + " by them; it stays where we put it.");
        return o.parent();
    }

    private EReference feature(Obj b, Obj o, Obj t) {
        String parent = parent(b, o, t);
        return Objects.equals(parent, o.parent()) ? o.feature() : t.feature();
    }
}
