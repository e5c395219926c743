package org.factcheck.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.core.CaseStore;
import org.factcheck.core.internal.merge.Snapshot;
import org.factcheck.core.internal.merge.Snapshot.Obj;
import org.factcheck.core.merge.CaseMerge;
import org.factcheck.core.merge.MergeResult;
import org.factcheck.model.CasePackage;
import org.factcheck.model.MergeConflict;
import org.factcheck.model.notation.NotationPackage;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded property tests of the three-way merge: both sides of the demo case get random edit scripts
 * ({@link EditScript}: the same few claims, articles and boxes on both sides, so that conflicts are common), and
 * for every trial
 * <ul>
 * <li>the merged case is valid (model constraints, no reference outside it, hashes, spans);</li>
 * <li>no change made on one side only is dropped, unless a conflict names it;</li>
 * <li>merge(base, X, X) = X, merge(base, base, X) = X and merge(base, X, base) = X, byte for byte;</li>
 * <li>the conflicts are the same when the sides are swapped (base, ours and theirs values swapped), except spans
 * that could not be placed: which of two changed texts of an article is kept decides which side's spans move;</li>
 * <li>every 20th merged case is saved as a file, loads again and saves to the same bytes.</li>
 * </ul>
 * {@code -Dmerge.trials=N} and {@code -Dmerge.seed=S} change the number of trials (default 1,000) and the seed; a
 * failure names the trial's own seed and both edit scripts.
 */
class MergePropertiesTest {

    private static final CasePackage P = CasePackage.eINSTANCE;
    private static List<EObject> base;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadDemo() throws Exception {
        Resource r = CaseStore.load(new ResourceSetImpl(), DemoCase.file());
        base = Versions.copy(r.getContents());
    }

    @Test
    void mergeKeepsEveryChangeAndIsValidSymmetricAndIdempotent() throws Exception {
        int trials = Integer.getInteger("merge.trials", 1000);
        Random master = new Random(Long.getLong("merge.seed", 20261201L));
        int withConflicts = 0;
        int clean = 0;
        for (int trial = 0; trial < trials; trial++) {
            long seed = master.nextLong();
            Random random = new Random(seed);
            List<EObject> ours = Versions.copy(base);
            List<EObject> theirs = Versions.copy(base);
            EditScript oursScript = new EditScript(random);
            EditScript theirsScript = new EditScript(random);
            oursScript.apply(ours, 1 + random.nextInt(8));
            theirsScript.apply(theirs, 1 + random.nextInt(8));
            String context = "trial " + trial + " (seed " + seed + ")\nours: " + oursScript.log + "\ntheirs: "
                    + theirsScript.log;
            try {
                MergeResult m = CaseMerge.merge(base, ours, theirs);
                List<String> problems = Versions.problems(m.roots());
                assertTrue(problems.isEmpty(), "invalid merge: " + problems);
                keepsOneSidedChanges(ours, theirs, m);
                MergeResult swapped = CaseMerge.merge(base, theirs, ours);
                keepsOneSidedChanges(theirs, ours, swapped);
                Set<String> excluded = Set.of("SPAN_NOT_PLACED");
                assertEquals(Versions.conflictKeys(m.caseFile(), false, excluded),
                        Versions.conflictKeys(swapped.caseFile(), true, excluded), "conflicts are not symmetric");
                String oursBytes = Versions.bytes(ours);
                assertEquals(oursBytes, Versions.bytes(CaseMerge.merge(base, ours, ours).roots()), "merge(b, X, X)");
                assertEquals(oursBytes, Versions.bytes(CaseMerge.merge(base, base, ours).roots()), "merge(b, b, X)");
                assertEquals(oursBytes, Versions.bytes(CaseMerge.merge(base, ours, base).roots()), "merge(b, X, b)");
                if (trial % 20 == 0) {
                    Path file = dir.resolve("merged-" + trial + ".factcase");
                    m.save(file);
                    Resource loaded = CaseStore.load(new ResourceSetImpl(), file);
                    assertEquals(Files.readString(file), Versions.bytes(loaded.getContents()), "reloaded bytes");
                }
                if (m.clean()) {
                    clean++;
                } else {
                    withConflicts++;
                }
            } catch (AssertionError | RuntimeException e) {
                fail(context + "\n" + e.getMessage(), e);
            }
        }
        System.out.println("Merge properties: " + trials + " trials, " + clean + " clean, " + withConflicts
                + " with conflicts");
        // The generator must exercise both outcomes, or the properties say little.
        assertTrue(clean > trials / 10 && withConflicts > trials / 10, clean + " clean, " + withConflicts + " with conflicts");
    }

    /**
     * Every feature one side changed and the other did not has the changed value in the merged case, unless a
     * conflict is recorded about it; every object one side added is there; every object one side deleted (and the
     * other left alone) is gone unless a conflict keeps it.
     */
    private static void keepsOneSidedChanges(List<EObject> side, List<EObject> other, MergeResult m) {
        Snapshot b = Snapshot.of(base);
        Snapshot s = Snapshot.of(side);
        Snapshot x = Snapshot.of(other);
        Snapshot merged = Snapshot.of(m.roots());
        Set<String> conflicted = new HashSet<>();
        List<String> conflictValues = new ArrayList<>();
        for (MergeConflict c : m.caseFile().getConflicts()) {
            conflicted.add(c.getObjectId() + "." + c.getFeature());
            conflicted.add(c.getObjectId() + ".");
            conflictValues.add(c.getBase() + " " + c.getOurs() + " " + c.getTheirs());
        }
        for (Obj so : s.objects().values()) {
            Obj bo = b.get(so.id());
            Obj mo = merged.get(so.id());
            if (bo == null) {
                if (mo == null && !(so.eClass() == NotationPackage.Literals.NODE
                        && !merged.has((String) so.get(NotationPackage.Literals.NODE__ELEMENT)))) {
                    fail("added " + so.eClass().getName() + " " + so.id() + " is missing");
                }
                continue;
            }
            Obj xo = x.get(so.id());
            if (mo == null) {
                assertTrue(xo == null, "kept on both sides but missing: " + so.id());
                continue;
            }
            if (xo == null || conflicted.contains(so.id() + ".")) {
                continue;
            }
            List<EStructuralFeature> features = Snapshot.features(so.eClass());
            for (int i = 0; i < features.size(); i++) {
                EStructuralFeature f = features.get(i);
                Object vb = bo.values()[i];
                Object vs = so.values()[i];
                Object vx = xo.values()[i];
                if (Objects.equals(vs, vb) || !Objects.equals(vx, vb) || f instanceof EReference r && r.isContainment()
                        || conflicted.contains(so.id() + "." + f.getName()) || f == P.getDocument_TextSha256()
                        || so.eClass() == P.getTextSpan() && textChangedBy(x, b, so.parent())) {
                    continue;
                }
                Object vm = mo.values()[i];
                if (f.isMany()) {
                    for (Object added : (List<?>) vs) {
                        assertTrue(((List<?>) vb).contains(added) || ((List<?>) vm).contains(added),
                                f.getName() + " of " + so.id() + " lost " + added);
                    }
                    for (Object removed : (List<?>) vb) {
                        assertTrue(((List<?>) vs).contains(removed) || !((List<?>) vm).contains(removed)
                                || conflictValues.stream().anyMatch(v -> v.contains(String.valueOf(removed))),
                                f.getName() + " of " + so.id() + " still has " + removed);
                    }
                } else {
                    assertEquals(vs, vm, f.getName() + " of " + so.eClass().getName() + " " + so.id());
                }
            }
        }
        for (Obj bo : b.objects().values()) {
            Obj xo = x.get(bo.id());
            if (!s.has(bo.id()) && xo != null && merged.has(bo.id()) && !conflicted.contains(bo.id() + ".")) {
                assertTrue(conflictValues.stream().anyMatch(v -> v.contains(bo.id())),
                        "deleted " + bo.eClass().getName() + " " + bo.id() + " came back without a conflict");
            }
        }
    }

    private static boolean textChangedBy(Snapshot side, Snapshot b, String docId) {
        Obj d = side.get(docId);
        Obj bd = b.get(docId);
        return d == null || bd == null || !Objects.equals(d.get(P.getDocument_Text()), bd.get(P.getDocument_Text()));
    }
}
