package org.factcheck.core.internal.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.factcheck.core.anchoring.Anchorer;
import org.factcheck.core.anchoring.Placement;
import org.factcheck.core.anchoring.Reanchoring;
import org.factcheck.core.internal.merge.Snapshot.Obj;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CasePackage;
import org.factcheck.model.ConflictKind;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;

/**
 * Where the spans of the merged case lie. A span's position (offsets, quote, context, anchor status) is one
 * value: it is never combined from both sides. Where the sides have different texts for an article, the merged
 * case holds one of them, and every span the other side made or moved is re-anchored in it through the core's
 * {@link Anchorer}; a span that cannot be found becomes an orphan and a conflict, never a loss.
 */
final class SpanPlacer {

    private static final CasePackage P = CasePackage.eINSTANCE;
    /** The features that make up a span's position. */
    static final Set<EStructuralFeature> POSITION = Set.of(P.getTextSpan_Start(), P.getTextSpan_End(),
            P.getTextSpan_Exact(), P.getTextSpan_Prefix(), P.getTextSpan_Suffix(), P.getTextSpan_AnchorStatus());

    private final Merger merger;

    SpanPlacer(Merger merger) {
        this.merger = merger;
    }

    /** Merges the position of a span of an article whose text is the same on both sides. */
    static void positionAsOne(Merger merger, Obj b, Obj o, Obj t, Obj m) {
        boolean oursMoved = b == null || !samePosition(b, o);
        boolean theirsMoved = b == null || !samePosition(b, t);
        if (!theirsMoved || samePosition(o, t)) {
            copyPosition(o, m);
        } else if (!oursMoved) {
            copyPosition(t, m);
        } else {
            copyPosition(o, m);
            Labels labels = merger.log.labels();
            merger.log.feature(ConflictKind.CHANGED_ON_BOTH_SIDES, o, P.getTextSpan_Start(), value(b), value(o),
                    value(t), ConflictSide.OURS, "The place of " + labels.of(o) + " was changed on both sides: we marked "
                            + Labels.quote(Labels.text(o, "exact")) + ", they marked "
                            + Labels.quote(Labels.text(t, "exact")) + "; ours is kept.");
        }
    }

    private static Object value(Obj span) {
        return span == null ? null : span.get(P.getTextSpan_Start()) + "–" + span.get(P.getTextSpan_End());
    }

    static boolean samePosition(Obj a, Obj b) {
        for (EStructuralFeature f : POSITION) {
            if (!Objects.equals(a.get(f), b.get(f))) {
                return false;
            }
        }
        return true;
    }

    private static void copyPosition(Obj from, Obj to) {
        List<EStructuralFeature> features = Snapshot.features(to.eClass());
        for (EStructuralFeature f : POSITION) {
            to.values()[features.indexOf(f)] = from.get(f);
        }
    }

    /** Places the spans of the articles whose texts differ between the sides. */
    void place() {
        for (String docId : merger.textsApart) {
            Obj doc = merger.merged.get(docId);
            if (doc != null) {
                place(doc);
            }
        }
    }

    private void place(Obj doc) {
        Object text = doc.get(P.getDocument_Text());
        boolean oursKept = Objects.equals(text, merger.ours.get(doc.id()).get(P.getDocument_Text()));
        Snapshot kept = oursKept ? merger.ours : merger.theirs;
        Snapshot other = oursKept ? merger.theirs : merger.ours;
        String otherText = Objects.toString(other.get(doc.id()).get(P.getDocument_Text()), "");
        List<Obj> toPlace = new ArrayList<>();
        for (Obj m : merger.merged.values()) {
            if (m.eClass() != P.getTextSpan() || !doc.id().equals(m.parent())) {
                continue;
            }
            Obj k = kept.get(m.id());
            Obj x = other.get(m.id());
            Obj b = merger.base.get(m.id());
            boolean inKept = k != null && doc.id().equals(k.parent());
            boolean inOther = x != null && doc.id().equals(x.parent());
            boolean otherMoved = inOther && (b == null || !samePosition(b, x));
            if (inKept && !otherMoved) {
                copyPosition(k, m);
            } else if (inOther) {
                copyPosition(x, m);
                toPlace.add(m);
            } else if (k != null) {
                copyPosition(k, m);
            }
        }
        if (!toPlace.isEmpty()) {
            reanchor(doc, otherText, Objects.toString(text, ""), toPlace, oursKept);
        }
    }

    private void reanchor(Obj doc, String from, String to, List<Obj> spans, boolean oursKept) {
        Document scratch = CaseFactory.eINSTANCE.createDocument();
        scratch.setText(from);
        for (Obj m : spans) {
            TextSpan s = CaseFactory.eINSTANCE.createTextSpan();
            s.setStart((Integer) m.get(P.getTextSpan_Start()));
            s.setEnd((Integer) m.get(P.getTextSpan_End()));
            s.setExact((String) m.get(P.getTextSpan_Exact()));
            s.setPrefix((String) m.get(P.getTextSpan_Prefix()));
            s.setSuffix((String) m.get(P.getTextSpan_Suffix()));
            AnchorStatus status = (AnchorStatus) m.get(P.getTextSpan_AnchorStatus());
            s.setAnchorStatus(status == null ? AnchorStatus.ANCHORED : status);
            scratch.getAnnotations().add(s);
        }
        Reanchoring result = new Anchorer().reanchor(scratch, to);
        Labels labels = merger.log.labels();
        String changer = oursKept ? "us" : "them";
        String maker = oursKept ? "they" : "we";
        for (int i = 0; i < spans.size(); i++) {
            Obj m = spans.get(i);
            Placement p = result.placements().get(i);
            Obj before = new Obj(m.id(), m.eClass(), m.parent(), m.feature(), m.values().clone());
            List<EStructuralFeature> features = Snapshot.features(m.eClass());
            m.values()[features.indexOf(P.getTextSpan_Start())] = p.start();
            m.values()[features.indexOf(P.getTextSpan_End())] = p.end();
            m.values()[features.indexOf(P.getTextSpan_Exact())] = p.selector().exact();
            m.values()[features.indexOf(P.getTextSpan_Prefix())] = p.selector().prefix();
            m.values()[features.indexOf(P.getTextSpan_Suffix())] = p.selector().suffix();
            m.values()[features.indexOf(P.getTextSpan_AnchorStatus())] = p.status();
            if (p.status() == AnchorStatus.ORPHANED) {
                merger.log.feature(ConflictKind.SPAN_NOT_PLACED, m, P.getTextSpan_Exact(),
                        valueOf(merger.base, m), oursKept ? null : before.get(P.getTextSpan_Exact()),
                        oursKept ? before.get(P.getTextSpan_Exact()) : null,
                        oursKept ? ConflictSide.THEIRS : ConflictSide.OURS,
                        "The " + labels.of(before) + " that " + maker + " marked was not found in the text of "
                                + labels.of(doc) + " as changed by " + changer
                                + "; it is kept as an orphan, to be attached to the right words again.");
            } else if (p.status() == AnchorStatus.FUZZY) {
                merger.log.note("The " + labels.of(before) + " was found only approximately in the text of "
                        + labels.of(doc) + " as changed by " + changer + "; a person should confirm it.");
            }
        }
    }

    private static Object valueOf(Snapshot s, Obj m) {
        Obj o = s.get(m.id());
        return o == null ? null : o.get(P.getTextSpan_Exact());
    }
}
