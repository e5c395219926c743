package org.factcheck.core.tests.merge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.core.CaseResourceFactory;
import org.factcheck.core.CaseStore;
import org.factcheck.core.text.CodePoints;
import org.factcheck.core.text.Hashes;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.Identifiable;
import org.factcheck.model.TextSpan;

/** Versions of a case for merge tests: copies, their bytes as a case file, and what makes a case valid. */
final class Versions {

    private Versions() {
    }

    /** A copy of roots (a case and its diagrams), ids and references included, in no resource. */
    static List<EObject> copy(List<EObject> roots) {
        return new ArrayList<>(EcoreUtil.copyAll(roots));
    }

    /** The bytes a case file of these roots has (the roots are copied, not moved). */
    static String bytes(List<EObject> roots) {
        Resource r = new CaseResourceFactory().createResource(URI.createURI("memory:/case.factcase"));
        r.getContents().addAll(copy(roots));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            r.save(out, CaseStore.saveOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * What {@code factcheck validate} would call an invalid file, except open conflicts: the model's constraints
     * (EMF's Diagnostician), unique ids, every reference inside these roots, every article's hash matching its
     * text, every span that is not an orphan selecting its quote.
     *
     * @return the problems, empty if valid
     */
    static List<String> problems(List<EObject> roots) {
        List<String> problems = new ArrayList<>();
        CaseFile c = (CaseFile) roots.get(0);
        Diagnostic d = Diagnostician.INSTANCE.validate(c);
        if (d.getSeverity() >= Diagnostic.ERROR) {
            problems.add(d.toString());
        }
        Set<EObject> all = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (EObject root : roots) {
            for (TreeIterator<EObject> it = EcoreUtil.getAllContents(List.of(root)); it.hasNext();) {
                EObject o = it.next();
                all.add(o);
                String id = EcoreUtil.getID(o);
                if (id == null || !ids.add(id)) {
                    problems.add("id missing or twice: " + id);
                }
            }
        }
        for (EObject o : all) {
            for (EReference r : o.eClass().getEAllReferences()) {
                if (r.isContainment() || r.isContainer() || r.isTransient()) {
                    continue;
                }
                Object v = o.eGet(r);
                for (Object t : r.isMany() ? (List<?>) v : v == null ? List.of() : List.of(v)) {
                    if (!all.contains(t)) {
                        problems.add(o.eClass().getName() + " " + EcoreUtil.getID(o) + "." + r.getName()
                                + " refers outside the case: " + ((t instanceof Identifiable i) ? i.getId() : t));
                    }
                }
            }
        }
        for (Document doc : c.getDocuments()) {
            String text = doc.getText() == null ? "" : doc.getText();
            if (doc.getTextSha256() != null && !doc.getTextSha256().equals(Hashes.sha256Hex(text))) {
                problems.add("hash of " + doc.getId() + " does not match its text");
            }
            for (TextSpan s : doc.getAnnotations()) {
                if (s.getAnchorStatus() == AnchorStatus.ORPHANED) {
                    continue;
                }
                if (s.getStart() < 0 || s.getEnd() < s.getStart() || s.getEnd() > CodePoints.length(text)
                        || s.getExact() != null && !s.getExact().equals(s.coveredText())) {
                    problems.add("span " + s.getId() + " " + s.getStart() + "-" + s.getEnd() + " does not select “"
                            + s.getExact() + "”");
                }
            }
        }
        return problems;
    }

    /** @return the conflicts of a case as comparable keys, ours and theirs swapped if asked */
    static Set<String> conflictKeys(CaseFile c, boolean swap, Set<String> excludedKinds) {
        Set<String> keys = new HashSet<>();
        c.getConflicts().stream().filter(x -> !excludedKinds.contains(x.getKind().getName())).forEach(x -> keys.add(
                String.join("|", x.getKind().getName(), x.getObjectId(), x.getFeature(), String.valueOf(x.getBase()),
                        String.valueOf(swap ? x.getTheirs() : x.getOurs()),
                        String.valueOf(swap ? x.getOurs() : x.getTheirs()))));
        return keys;
    }

    static Map<String, EObject> byId(List<EObject> roots) {
        Map<String, EObject> map = new java.util.HashMap<>();
        for (TreeIterator<EObject> it = EcoreUtil.getAllContents(roots); it.hasNext();) {
            EObject o = it.next();
            map.put(EcoreUtil.getID(o), o);
        }
        return map;
    }
}
