package org.factcheck.core.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.core.anchoring.Anchorer;
import org.factcheck.core.anchoring.Placement;
import org.factcheck.core.text.Hashes;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.ConflictKind;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.Document;
import org.factcheck.model.MergeConflict;
import org.factcheck.model.TextSpan;
import org.factcheck.model.notation.Node;

/**
 * Resolves open merge conflicts of a case by taking one side, one conflict at a time (never the whole case
 * blindly). Taking the side the case already holds only closes the conflict. Taking the other side sets its value
 * (a verdict, a statement, an article's text with its spans re-anchored, a span's place), or, where that side had
 * deleted the object, deletes it, provided nothing else in the case still refers to it. The caller makes this one
 * undoable command or saves the case.
 */
public final class Resolutions {

    private static final CasePackage P = CasePackage.eINSTANCE;

    private Resolutions() {
    }

    /**
     * Resolves one conflict.
     *
     * @param roots    the roots of the case's resource (the case first, then its diagrams)
     * @param conflict one of the case's open conflicts
     * @param take     the side whose version is to stand
     * @throws IllegalArgumentException if that side cannot be taken (the sentence says why); nothing is changed
     */
    public static void resolve(List<? extends EObject> roots, MergeConflict conflict, ConflictSide take) {
        CaseFile caseFile = (CaseFile) roots.get(0);
        if (!caseFile.getConflicts().contains(conflict)) {
            throw new IllegalArgumentException("The conflict " + conflict.getId() + " is not open in this case.");
        }
        if (take != conflict.getKept()) {
            EObject object = find(roots, conflict.getObjectId());
            if (object == null) {
                throw new IllegalArgumentException("The " + conflict.getObjectType() + " the conflict is about is no "
                        + "longer in the case; the conflict can only be closed as it is.");
            }
            String value = take == ConflictSide.OURS ? conflict.getOurs() : conflict.getTheirs();
            switch (conflict.getKind()) {
                case CHANGED_ON_BOTH_SIDES, TEXT_CHANGED_ON_BOTH_SIDES -> setValue(roots, object, conflict, value);
                case DELETED_AND_CHANGED -> delete(roots, object, List.of());
                case TARGET_DELETED -> dropReference(roots, object, conflict);
                case SPAN_NOT_PLACED -> dropSpan(roots, (TextSpan) object);
            }
        }
        caseFile.getConflicts().remove(conflict);
    }

    private static void setValue(List<? extends EObject> roots, EObject object, MergeConflict conflict, String value) {
        if (conflict.getFeature() == null || conflict.getFeature().isEmpty()) {
            throw new IllegalArgumentException("The object was moved on both sides: move it where it belongs, then "
                    + "close the conflict.");
        }
        EStructuralFeature f = object.eClass().getEStructuralFeature(conflict.getFeature());
        if (object instanceof TextSpan span && f == P.getTextSpan_Start()) {
            place(span, value);
        } else if (object instanceof Document doc && f == P.getDocument_Text()) {
            replaceText(doc, value == null ? "" : value);
        } else if (f instanceof EAttribute a) {
            if (a.isMany()) {
                @SuppressWarnings("unchecked")
                EList<Object> list = (EList<Object>) object.eGet(a);
                List<Object> values = new ArrayList<>();
                for (String v : value == null || value.isEmpty() ? new String[0] : value.split("\n")) {
                    values.add(EcoreUtil.createFromString(a.getEAttributeType(), v));
                }
                list.clear();
                list.addAll(values);
            } else {
                object.eSet(a, value == null ? null : EcoreUtil.createFromString(a.getEAttributeType(), value));
            }
        } else if (f instanceof EReference r) {
            List<EObject> targets = new ArrayList<>();
            for (String id : value == null || value.isEmpty() ? new String[0] : value.split(" ")) {
                EObject target = find(roots, id);
                if (target == null) {
                    throw new IllegalArgumentException("That side's " + r.getName() + " (" + id
                            + ") is no longer in the case.");
                }
                targets.add(target);
            }
            if (r.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) object.eGet(r);
                list.clear();
                list.addAll(targets);
            } else {
                object.eSet(r, targets.isEmpty() ? null : targets.get(0));
            }
        } else {
            throw new IllegalArgumentException("A " + object.eClass().getName() + " has no " + conflict.getFeature() + ".");
        }
    }

    /** Puts a span at "start–end" of its article's current text. */
    private static void place(TextSpan span, String value) {
        String[] range = value == null ? new String[0] : value.split("–");
        Document doc = span.getDocument();
        if (range.length != 2 || doc == null || doc.getText() == null) {
            throw new IllegalArgumentException("That side's place of the span cannot be used.");
        }
        int start = Integer.parseInt(range[0]);
        int end = Integer.parseInt(range[1]);
        Quotes.Selector sel = Quotes.selector(doc.getText(), start, end);
        span.setStart(start);
        span.setEnd(end);
        span.setExact(sel.exact());
        span.setPrefix(sel.prefix());
        span.setSuffix(sel.suffix());
        span.setAnchorStatus(AnchorStatus.ANCHORED);
    }

    /** Gives an article the other side's text and re-anchors its spans in it. */
    private static void replaceText(Document doc, String text) {
        List<Placement> placements = new Anchorer().reanchor(doc, text).placements();
        doc.setText(text);
        doc.setTextSha256(Hashes.sha256Hex(text));
        for (Placement p : placements) {
            TextSpan s = p.span();
            s.setStart(p.start());
            s.setEnd(p.end());
            s.setExact(p.selector().exact());
            s.setPrefix(p.selector().prefix());
            s.setSuffix(p.selector().suffix());
            s.setAnchorStatus(p.status());
        }
    }

    /** Removes the reference the other side made to an object it deleted, then the object if nothing needs it. */
    private static void dropReference(List<? extends EObject> roots, EObject referrer, MergeConflict conflict) {
        EStructuralFeature f = referrer.eClass().getEStructuralFeature(conflict.getFeature());
        String targetId = difference(conflict.getKept() == ConflictSide.OURS ? conflict.getOurs() : conflict.getTheirs(),
                conflict.getBase());
        EObject target = find(roots, targetId);
        if (referrer instanceof ClaimRelation && !f.isMany()) {
            delete(roots, referrer, List.of());
        } else if (f.isMany()) {
            ((EList<?>) referrer.eGet(f)).remove(target);
        } else {
            referrer.eSet(f, null);
        }
        if (target != null && usages(roots, target, List.of()).isEmpty()) {
            delete(roots, target, List.of());
        }
    }

    private static String difference(String value, String base) {
        Set<String> old = new HashSet<>(List.of(base == null ? new String[0] : base.split(" ")));
        for (String id : value == null ? new String[0] : value.split(" ")) {
            if (!old.contains(id)) {
                return id;
            }
        }
        return value;
    }

    /** Deletes a span that could not be placed, with its places among appearances and evidence. */
    private static void dropSpan(List<? extends EObject> roots, TextSpan span) {
        for (EStructuralFeature.Setting s : usages(roots, span, List.of())) {
            if (s.getEStructuralFeature().isMany()) {
                ((EList<?>) s.get(false)).remove(span);
            } else {
                s.unset();
            }
        }
        EcoreUtil.remove(span);
    }

    /** Deletes an object with its contents and the diagram boxes that show it; refuses if something refers to it. */
    private static void delete(List<? extends EObject> roots, EObject object, List<EObject> alsoGoing) {
        Collection<EStructuralFeature.Setting> usages = usages(roots, object, alsoGoing);
        List<EObject> nodes = new ArrayList<>();
        for (EStructuralFeature.Setting s : usages) {
            if (s.getEObject() instanceof Node node) {
                nodes.add(node);
            } else {
                throw new IllegalArgumentException("It cannot be deleted: "
                        + s.getEObject().eClass().getName() + " " + EcoreUtil.getID(s.getEObject())
                        + " still refers to it. Remove that first, then resolve the conflict.");
            }
        }
        nodes.forEach(EcoreUtil::remove);
        EcoreUtil.remove(object);
    }

    /** The references to an object or anything it contains from outside it. */
    private static Collection<EStructuralFeature.Setting> usages(List<? extends EObject> roots, EObject object,
            List<EObject> alsoGoing) {
        Set<EObject> inside = new HashSet<>();
        inside.add(object);
        object.eAllContents().forEachRemaining(inside::add);
        inside.addAll(alsoGoing);
        List<EStructuralFeature.Setting> found = new ArrayList<>();
        Map<EObject, Collection<EStructuralFeature.Setting>> all = EcoreUtil.UsageCrossReferencer.findAll(inside, roots);
        for (Collection<EStructuralFeature.Setting> settings : all.values()) {
            for (EStructuralFeature.Setting s : settings) {
                if (!inside.contains(s.getEObject()) && !(s.getEStructuralFeature() instanceof EReference r
                        && (r.isContainment() || r.isContainer() || r.isTransient()))) {
                    found.add(s);
                }
            }
        }
        return found;
    }

    static EObject find(List<? extends EObject> roots, String id) {
        if (id == null) {
            return null;
        }
        EObject root = roots.get(0);
        if (root.eResource() != null) {
            EObject found = root.eResource().getEObject(id);
            if (found != null) {
                return found;
            }
        }
        for (TreeIterator<EObject> it = EcoreUtil.getAllContents(roots); it.hasNext();) {
            EObject o = it.next();
            if (id.equals(EcoreUtil.getID(o))) {
                return o;
            }
        }
        return null;
    }

    /** The text attributes whose two versions can stand together, one after the other. */
    private static final Set<String> PROSE = Set.of("statement", "shortStatement", "explanation", "note",
            "description", "rationale", "title");

    /** What stands between the two versions when both are kept. */
    public static final String BOTH_SEPARATOR = "\n\n——— their version ———\n\n";

    /**
     * Whether both sides of a conflict can be kept, and if not why.
     *
     * @param roots    the roots of the case's resource
     * @param conflict one of its open conflicts
     * @return null if {@link #keepBoth} can resolve it, else the reason in words
     */
    public static String whyNotBoth(List<? extends EObject> roots, MergeConflict conflict) {
        String feature = conflict.getFeature() == null ? "" : conflict.getFeature();
        return switch (conflict.getKind()) {
            case DELETED_AND_CHANGED -> null; // the changed object stays
            case TARGET_DELETED -> null; // the reference stays, and the object it points to
            case SPAN_NOT_PLACED -> null; // the new text stays, and the span as an orphan
            case TEXT_CHANGED_ON_BOTH_SIDES -> "An article has one text, and its spans are anchored in it: take one "
                    + "side (the other side's spans are re-anchored), or edit the article afterwards.";
            case CHANGED_ON_BOTH_SIDES -> {
                if (feature.isEmpty()) {
                    yield "An object has one place: keep it where one side put it.";
                }
                if (feature.equals("verdict")) {
                    yield "A claim has one verdict: choose one; the other side's reasoning can go into the "
                            + "explanation.";
                }
                if (conflict.getObjectType() != null && conflict.getObjectType().equals("TextSpan")) {
                    yield "A span marks one stretch of the article: choose one side's words (then mark the other "
                            + "words as a span of their own if both matter).";
                }
                EObject object = find(roots, conflict.getObjectId());
                EStructuralFeature f = object == null ? null : object.eClass().getEStructuralFeature(feature);
                if (object == null) {
                    yield "The object is no longer in the case.";
                }
                if (PROSE.contains(feature) && f instanceof EAttribute a && !a.isMany()
                        && a.getEAttributeType().getInstanceClass() == String.class) {
                    yield null;
                }
                yield "A " + conflict.getObjectType() + " has one " + feature + ": choose one side, or edit it.";
            }
        };
    }

    /**
     * Keeps both sides of a conflict where both can exist: two texts (a statement, an explanation, a note…) one
     * after the other with {@link #BOTH_SEPARATOR} between them, ours first; an object deleted on one side and
     * changed on the other stays with the changes; a reference to an object the other side deleted stays, and so
     * does that object; a span that could not be placed in the other side's new text stays as an orphan.
     *
     * @throws IllegalArgumentException if both cannot be kept ({@link #whyNotBoth} says why); nothing is changed
     */
    public static void keepBoth(List<? extends EObject> roots, MergeConflict conflict) {
        String why = whyNotBoth(roots, conflict);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        CaseFile caseFile = (CaseFile) roots.get(0);
        if (!caseFile.getConflicts().contains(conflict)) {
            throw new IllegalArgumentException("The conflict " + conflict.getId() + " is not open in this case.");
        }
        switch (conflict.getKind()) {
            case DELETED_AND_CHANGED -> resolve(roots, conflict,
                    conflict.getOurs() != null ? ConflictSide.OURS : ConflictSide.THEIRS);
            case TARGET_DELETED, SPAN_NOT_PLACED -> resolve(roots, conflict,
                    conflict.getKept() == null ? ConflictSide.OURS : conflict.getKept());
            default -> {
                EObject object = find(roots, conflict.getObjectId());
                String ours = conflict.getOurs() == null ? "" : conflict.getOurs();
                String theirs = conflict.getTheirs() == null ? "" : conflict.getTheirs();
                String both = ours.isBlank() ? theirs : theirs.isBlank() || ours.equals(theirs) ? ours
                        : ours + BOTH_SEPARATOR + theirs;
                object.eSet(object.eClass().getEStructuralFeature(conflict.getFeature()), both);
                caseFile.getConflicts().remove(conflict);
            }
        }
    }

    /**
     * @param kind a kind of conflict
     * @return what taking the side that the case does not hold does, in words
     */
    public static String whatTakingTheOtherSideDoes(ConflictKind kind) {
        return switch (kind) {
            case CHANGED_ON_BOTH_SIDES -> "sets that side's value";
            case TEXT_CHANGED_ON_BOTH_SIDES -> "sets that side's text and re-anchors the article's spans in it";
            case DELETED_AND_CHANGED -> "deletes the object, as that side did";
            case TARGET_DELETED -> "removes the reference, and the object if nothing else needs it";
            case SPAN_NOT_PLACED -> "deletes the span that could not be placed";
        };
    }
}
