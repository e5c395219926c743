package org.factcheck.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.core.CaseStore;
import org.factcheck.core.merge.CaseDiff;
import org.factcheck.core.merge.CaseUpdate;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.notation.Diagram;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking another version of a case into an open one in place, and noticing a file changed on disk. */
class CaseUpdateTest {

    @TempDir
    Path dir;

    private static CaseFile caseOf(Resource r) {
        return (CaseFile) r.getContents().get(0);
    }

    @Test
    void anOpenCaseBecomesTheOtherVersionKeepingTheObjectsBothHave() throws Exception {
        Resource open = CaseStore.load(new ResourceSetImpl(), DemoCase.file());
        Resource other = CaseStore.load(new ResourceSetImpl(), DemoCase.file());
        CaseFile theirs = caseOf(other);
        theirs.getClaims().get(0).setStatement("Reworded elsewhere");
        theirs.getClaims().get(1).setVerdict(theirs.getRatingScale().getRatings().get(0));
        Claim gone = theirs.getClaims().get(theirs.getClaims().size() - 1);
        theirs.getRelations().removeIf(r -> r.getSource() == gone || r.getTarget() == gone);
        other.getContents().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast)
                .forEach(d -> d.getNodes().removeIf(n -> n.getElement() == gone));
        EcoreUtil.delete(gone, true);
        Claim added = CaseFactory.eINSTANCE.createClaim();
        added.setId("a-claim-added-elsewhere");
        added.setStatement("A new claim");
        theirs.getClaims().add(0, added);

        Claim first = caseOf(open).getClaims().get(0);
        String goneId = caseOf(open).getClaims().get(caseOf(open).getClaims().size() - 1).getId();
        List<EObject> before = List.copyOf(EcoreUtil.copyAll(open.getContents()));
        ChangeRecorder recorder = new ChangeRecorder(open);
        CaseUpdate.apply(open, other.getContents());
        ChangeDescription change = recorder.endRecording();

        assertTrue(CaseDiff.between(other.getContents(), open.getContents()).isEmpty(),
                "the open case equals the other version: " + CaseDiff.between(other.getContents(), open.getContents()));
        assertSame(first, caseOf(open).getClaims().get(1), "a claim both have is the same object, now second");
        assertEquals("Reworded elsewhere", first.getStatement());
        assertEquals("A new claim", caseOf(open).getClaims().get(0).getStatement());
        assertNull(open.getEObject(goneId), "what the other version lacks is gone");
        assertEquals("a-claim-added-elsewhere", caseOf(open).getClaims().get(0).getId(), "a new object keeps its id");

        change.applyAndReverse();
        assertTrue(CaseDiff.between(before, open.getContents()).isEmpty(), "recorded, the update undoes completely");
        assertSame(first, caseOf(open).getClaims().get(0));
    }

    @Test
    void aFileReplacedByAnotherProgramIsNoticedAndItsVersionCanBeTaken() throws Exception {
        Path file = DemoCase.copyTo(dir);
        Resource open = CaseStore.load(new ResourceSetImpl(), file);
        assertFalse(CaseStore.changedOnDisk(open));
        Object read = CaseStore.diskVersion(open);

        Resource elsewhere = CaseStore.load(new ResourceSetImpl(), file);
        caseOf(elsewhere).setTitle("Changed by another program");
        Path written = dir.resolve("elsewhere.factcase");
        CaseStore.save(elsewhere, written);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertTrue(CaseStore.changedOnDisk(open));
        Object now = CaseStore.currentDiskVersion(file);
        CaseStore.setDiskVersion(open, now);
        assertFalse(CaseStore.changedOnDisk(open), "standing on the new version");
        CaseStore.setDiskVersion(open, read);
        assertTrue(CaseStore.changedOnDisk(open), "and back on the old one");
    }
}
