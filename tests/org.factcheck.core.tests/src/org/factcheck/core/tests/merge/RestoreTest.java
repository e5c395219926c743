package org.factcheck.core.tests.merge;

import static org.factcheck.core.tests.merge.CaseMergeTest.c;
import static org.factcheck.core.tests.merge.CaseMergeTest.deleteClaim;
import static org.factcheck.core.tests.merge.CaseMergeTest.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.core.CaseStore;
import org.factcheck.core.merge.CaseDiff;
import org.factcheck.core.merge.Change;
import org.factcheck.core.merge.Restore;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;
import org.factcheck.model.Rating;
import org.factcheck.model.Stance;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Restoring a claim's earlier state: exactly as it was, the rest untouched, never a dangling reference, undoable. */
class RestoreTest {

    private List<EObject> then;
    private List<EObject> now;

    @BeforeEach
    void versions() throws Exception {
        Resource r = CaseStore.load(new ResourceSetImpl(), DemoCase.file());
        then = Versions.copy(r.getContents());
        now = Versions.copy(then);
    }

    /** A claim of the version with evidence, by its index among the claims. */
    private static int withEvidence(List<EObject> version) {
        List<Claim> claims = c(version).getClaims();
        for (int i = 0; i < claims.size(); i++) {
            if (!claims.get(i).getEvidence().isEmpty() && claims.get(i).getVerdict() != null) {
                return i;
            }
        }
        throw new AssertionError("the demo case has a rated claim with evidence");
    }

    private static Rating another(List<EObject> version, Rating not) {
        return c(version).getRatingScale().getRatings().stream().filter(x -> x != not).findFirst().orElseThrow();
    }

    @Test
    void theClaimGetsItsStatementVerdictAndEvidenceBackAndTheRestStaysAsItIs() {
        int i = withEvidence(now);
        Claim claim = c(now).getClaims().get(i);
        String expected = Versions.bytes(then);
        claim.setStatement("Reworded since.");
        claim.setVerdict(another(now, claim.getVerdict()));
        Evidence first = claim.getEvidence().get(0);
        claim.getEvidence().remove(first);
        Evidence later = CaseFactory.eINSTANCE.createEvidence();
        later.setId(UUID.randomUUID().toString());
        later.setStance(Stance.SUPPORTS);
        later.setNote("Found later.");
        claim.getEvidence().add(later);
        Claim other = c(now).getClaims().get(i == 0 ? 1 : 0);
        other.setStatement("Another claim, changed since: not restored.");

        ChangeRecorder recorder = new ChangeRecorder(now);
        List<String> notes = Restore.claim(now, then, claim.getId());
        ChangeDescription change = recorder.endRecording();
        recorder.dispose();

        assertEquals(List.of(), notes);
        assertEquals(List.of(), Versions.problems(now));
        List<Change> left = CaseDiff.between(then, now);
        assertEquals(1, left.size(), left::toString);
        assertEquals(other.getId(), left.get(0).objectId(), "only the other claim still differs");
        assertEquals(List.of(), CaseDiff.about(then, now, claim.getId()), "the claim is as it was");
        other.setStatement(((org.factcheck.model.CaseFile) then.get(0)).getClaims().get(i == 0 ? 1 : 0).getStatement());
        assertEquals(expected, Versions.bytes(now));

        change.applyAndReverse(); // undo
        assertEquals("Reworded since.", claim.getStatement());
        assertTrue(claim.getEvidence().contains(later));
        assertFalse(claim.getEvidence().contains(first));
    }

    @Test
    void referencesToObjectsNoLongerInTheCaseAreLeftOutAndSaidSo() {
        int i = withEvidence(then);
        Claim old = c(then).getClaims().get(i);
        Rating gone = CaseFactory.eINSTANCE.createRating();
        gone.setId(UUID.randomUUID().toString());
        gone.setLabel("Half true, since dropped");
        c(then).getRatingScale().getRatings().add(gone);
        old.setVerdict(gone);
        TextSpan deleted = span(c(then).getDocuments().get(0), 0, 12);
        old.getAppearances().add(deleted);
        old.getEvidence().get(0).setSpan(deleted);
        Claim claim = c(now).getClaims().get(i);
        Rating present = claim.getVerdict();

        List<String> notes = Restore.claim(now, then, claim.getId());

        assertEquals(present, claim.getVerdict(), "the verdict it had then is gone: it keeps its present one");
        assertFalse(claim.getAppearances().stream().anyMatch(s -> s.getId().equals(deleted.getId())));
        assertEquals(List.of(), Versions.problems(now), "no dangling reference");
        assertEquals(3, notes.size(), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("Half true, since dropped")
                && n.contains("keeps its present verdict")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("The appearance") && n.contains("left out")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("The span")), notes::toString);
    }

    @Test
    void aClaimDeletedSinceComesBackAtItsPlace() {
        int i = withEvidence(now);
        Claim claim = c(now).getClaims().get(i);
        String id = claim.getId();
        deleteClaim(now, claim);
        List<String> notes = Restore.claim(now, then, id);
        Claim back = c(now).getClaims().get(i);
        assertEquals(id, back.getId());
        assertEquals(c(then).getClaims().get(i).getStatement(), back.getStatement());
        assertEquals(c(then).getClaims().get(i).getEvidence().size(), back.getEvidence().size());
        assertEquals(List.of("The claim had been deleted: it is in the case again."), notes);
        assertEquals(List.of(), Versions.problems(now));
        assertEquals(List.of(), CaseDiff.about(then, now, id).stream()
                .filter(ch -> ch.objectId().equals(id) || back.getEvidence().stream().anyMatch(e -> e.getId().equals(ch.objectId())))
                .toList(), "the claim and its evidence are as they were (its relations are not restored)");
    }

    @Test
    void aClaimThatVersionDidNotHaveIsRefusedAndNothingChanges() {
        String before = Versions.bytes(now);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Restore.claim(now, then, "no-such-claim"));
        assertTrue(e.getMessage().contains("has no claim"), e.getMessage());
        assertEquals(before, Versions.bytes(now));
    }

    @Test
    void theDiffAboutOneClaimHasOnlyItsOwnChanges() {
        Claim a = c(now).getClaims().get(0);
        Claim b = c(now).getClaims().get(1);
        a.setStatement("A, changed.");
        b.setStatement("B, changed.");
        List<Change> aboutA = CaseDiff.about(then, now, a.getId());
        assertEquals(1, aboutA.size(), aboutA::toString);
        assertTrue(aboutA.get(0).text().contains("A, changed."), aboutA.get(0).text());
        assertNotEquals(CaseDiff.between(then, now).size(), aboutA.size());
    }
}
