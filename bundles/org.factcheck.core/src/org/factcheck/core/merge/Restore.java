package org.factcheck.core.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.core.text.Abbreviations;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;
import org.factcheck.model.notation.Node;

/**
 * Gives a claim of the open case the state it had in an earlier version of the case (a commit): its attributes
 * (statement, explanation, status, dates…), its references (claimant, verdict, appearances, tags) and its evidence
 * with theirs, matched by id. Only the claim changes: the rest of the case stays as it is, and nothing is left
 * pointing at an object that is not in the case:
 * <ul>
 * <li>a reference of that version whose object is no longer in the case (a rating, a person, a span, a tag since
 * deleted) is left out of a list, and a single reference (verdict, claimant, an evidence's span or source) keeps its
 * present value; each such case is one note;</li>
 * <li>evidence the claim has now but did not have then is removed, with its boxes in diagrams, unless something
 * else still refers to it: then it stays, with a note;</li>
 * <li>evidence of that version that another claim holds now moves back to this claim; evidence deleted since is
 * made again with its id;</li>
 * <li>a claim deleted since is added again, at its old place in the list of claims.</li>
 * </ul>
 * The relations between claims are objects of their own and are not restored. The caller makes this one undoable
 * command (an EMF change recorder around it) or saves the case.
 */
public final class Restore {

    private Restore() {
    }

    /**
     * Restores one claim.
     *
     * @param current the roots of the open case (the case first, then its diagrams); changed in place
     * @param then    the roots of the earlier version; only read
     * @param claimId the claim's id
     * @return what could not be restored as it was, in words; empty when the claim is exactly as it was then
     * @throws IllegalArgumentException if the earlier version has no such claim; nothing is changed
     */
    public static List<String> claim(List<? extends EObject> current, List<? extends EObject> then, String claimId) {
        Claim old = null;
        for (EObject o : then.isEmpty() ? List.<EObject>of() : ((CaseFile) then.get(0)).getClaims()) {
            if (claimId.equals(EcoreUtil.getID(o))) {
                old = (Claim) o;
            }
        }
        if (old == null) {
            throw new IllegalArgumentException("That version of the case has no claim " + claimId + ".");
        }
        CaseFile caseFile = (CaseFile) current.get(0);
        Map<String, EObject> index = new HashMap<>();
        for (TreeIterator<EObject> it = EcoreUtil.getAllContents(current); it.hasNext();) {
            EObject o = it.next();
            String id = EcoreUtil.getID(o);
            if (id != null) {
                index.putIfAbsent(id, o);
            }
        }
        List<String> notes = new ArrayList<>();
        Claim claim = index.get(claimId) instanceof Claim c ? c : null;
        if (claim == null) {
            claim = CaseFactory.eINSTANCE.createClaim();
            claim.setId(claimId);
            int at = ((CaseFile) then.get(0)).getClaims().indexOf(old);
            caseFile.getClaims().add(Math.min(at, caseFile.getClaims().size()), claim);
            index.put(claimId, claim);
            notes.add("The claim had been deleted: it is in the case again.");
        }
        attributes(old, claim);
        List<Evidence> wanted = new ArrayList<>();
        Map<Evidence, Evidence> pairs = new HashMap<>();
        for (Evidence e : old.getEvidence()) {
            Evidence now = index.get(e.getId()) instanceof Evidence x ? x : null;
            if (now == null) {
                now = CaseFactory.eINSTANCE.createEvidence();
                index.put(e.getId(), now);
            } else if (now.getClaim() != null && now.getClaim() != claim) {
                notes.add("The evidence " + label(e) + " is moved back from the claim " + label(now.getClaim())
                        + ".");
            }
            attributes(e, now);
            wanted.add(now);
            pairs.put(e, now);
        }
        Set<Evidence> staying = new HashSet<>(wanted);
        for (Evidence e : List.copyOf(claim.getEvidence())) {
            if (staying.contains(e)) {
                continue;
            }
            List<EStructuralFeature.Setting> usages = usages(current, e);
            if (usages.stream().allMatch(s -> s.getEObject() instanceof Node)) {
                usages.forEach(s -> EcoreUtil.remove(s.getEObject()));
            } else {
                wanted.add(e);
                notes.add("The evidence " + label(e) + " was added later; it stays, because "
                        + label(usages.stream().filter(s -> !(s.getEObject() instanceof Node)).findFirst().orElseThrow()
                                .getEObject())
                        + " refers to it.");
            }
        }
        setList(claim.getEvidence(), wanted);
        references(old, claim, index, notes);
        for (Map.Entry<Evidence, Evidence> pair : pairs.entrySet()) {
            references(pair.getKey(), pair.getValue(), index, notes);
        }
        return notes;
    }

    /** Sets every stored attribute of {@code target} to its value in {@code source}, ids included. */
    private static void attributes(EObject source, EObject target) {
        for (EAttribute a : source.eClass().getEAllAttributes()) {
            if (!stored(a)) {
                continue;
            }
            if (a.isMany()) {
                @SuppressWarnings("unchecked")
                EList<Object> have = (EList<Object>) target.eGet(a);
                setList(have, new ArrayList<>((List<?>) source.eGet(a)));
            } else if (!source.eIsSet(a)) {
                if (target.eIsSet(a)) {
                    target.eUnset(a);
                }
            } else if (!target.eIsSet(a) || !Objects.equals(target.eGet(a), source.eGet(a))) {
                target.eSet(a, source.eGet(a));
            }
        }
    }

    /** Sets the cross-references of {@code target} to the objects of the case with the ids {@code source} had. */
    private static void references(EObject source, EObject target, Map<String, EObject> index, List<String> notes) {
        for (EReference r : source.eClass().getEAllReferences()) {
            if (!stored(r) || r.isContainment() || r.isContainer()) {
                continue;
            }
            if (r.isMany()) {
                List<Object> want = new ArrayList<>();
                for (Object v : (List<?>) source.eGet(r)) {
                    EObject found = index.get(EcoreUtil.getID((EObject) v));
                    if (found != null && r.getEReferenceType().isInstance(found)) {
                        want.add(found);
                    } else {
                        notes.add("The " + words(r) + " " + label((EObject) v) + " of " + label(source)
                                + " is no longer in the case; it is left out.");
                    }
                }
                @SuppressWarnings("unchecked")
                EList<Object> have = (EList<Object>) target.eGet(r);
                setList(have, want);
                continue;
            }
            EObject v = (EObject) source.eGet(r);
            if (v == null) {
                if (target.eGet(r) != null) {
                    target.eSet(r, null);
                }
                continue;
            }
            EObject found = index.get(EcoreUtil.getID(v));
            if (found == null || !r.getEReferenceType().isInstance(found)) {
                EObject present = (EObject) target.eGet(r);
                notes.add("The " + words(r) + " " + label(v) + " of " + label(source)
                        + " is no longer in the case; " + (present == null ? "it stays without one."
                                : "it keeps its present " + words(r) + ", " + label(present) + "."));
            } else if (target.eGet(r) != found) {
                target.eSet(r, found);
            }
        }
    }

    private static boolean stored(EStructuralFeature f) {
        return f.isChangeable() && !f.isTransient() && !f.isDerived() && !f.isVolatile();
    }

    private static <T> void setList(EList<T> have, List<T> want) {
        if (!have.equals(want)) {
            ECollections.setEList(have, want);
        }
    }

    /** The references to an object (or what it contains) from outside it, containment aside. */
    private static List<EStructuralFeature.Setting> usages(List<? extends EObject> roots, EObject object) {
        Set<EObject> inside = new HashSet<>();
        inside.add(object);
        object.eAllContents().forEachRemaining(inside::add);
        List<EStructuralFeature.Setting> found = new ArrayList<>();
        for (Collection<EStructuralFeature.Setting> settings : EcoreUtil.UsageCrossReferencer.findAll(inside, roots)
                .values()) {
            for (EStructuralFeature.Setting s : settings) {
                if (!inside.contains(s.getEObject()) && !(s.getEStructuralFeature() instanceof EReference r
                        && (r.isContainment() || r.isContainer() || r.isTransient()))) {
                    found.add(s);
                }
            }
        }
        return found;
    }

    private static String words(EReference r) {
        return switch (r.getName()) {
            case "appearances" -> "appearance";
            case "tags" -> "tag";
            default -> r.getName();
        };
    }

    /** An object in words: its label, name, title, quote or statement, quoted and shortened; else its kind and id. */
    static String label(EObject o) {
        for (String name : List.of("label", "name", "title", "exact", "statement", "note")) {
            EStructuralFeature f = o.eClass().getEStructuralFeature(name);
            if (f != null && o.eGet(f) instanceof String s && !s.isBlank()) {
                return "“" + Abbreviations.shorten(s.strip().replace('\n', ' '), 60) + "”";
            }
        }
        return o.eClass().getName() + " " + EcoreUtil.getID(o);
    }
}
