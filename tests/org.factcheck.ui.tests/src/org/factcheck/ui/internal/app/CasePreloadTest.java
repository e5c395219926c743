package org.factcheck.ui.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.core.CaseFileException;
import org.factcheck.core.CaseLock;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases named on the command line are read while the window is built, exactly as File › Open reads them: the
 * session holds the case's lock, a file changed meanwhile is read again as it is now, a broken file fails as it
 * would have, and a case never taken gives its lock back.
 */
class CasePreloadTest {

    @TempDir
    Path temp;

    @Test
    void aCaseReadAheadIsTheCaseOnDiskAndHoldsItsLock() throws Exception {
        Path file = DemoCase.copyTo(temp);
        CasePreload preload = CasePreload.start(List.of(file));
        CaseSession session = preload.take(file);
        try {
            assertEquals(file, session.file());
            assertEquals(read(file).getTitle(), session.caseFile().getTitle());
            assertTrue(session.readOnlyReason().isEmpty(), "the workbench may save it");
            assertTrue(CaseLock.holder(file).isPresent(), "the case is locked for as long as it is open");
        } finally {
            session.dispose();
        }
        assertEquals(Optional.empty(), CaseLock.holder(file), "closing the session gave the lock back");
    }

    @Test
    void aFileWrittenAfterItWasReadIsReadAgain() throws Exception {
        Path file = DemoCase.copyTo(temp);
        CasePreload preload = CasePreload.start(List.of(file));
        // once it is read, another program writes the file
        waitUntilRead(preload, file);
        Resource other = CaseStore.load(new ResourceSetImpl(), file);
        ((CaseFile) other.getContents().get(0)).setTitle("Retitled by a git pull");
        CaseStore.save(other, file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        CaseSession session = preload.take(file);
        try {
            assertEquals("Retitled by a git pull", session.caseFile().getTitle());
            assertFalse(session.changedOnDisk());
        } finally {
            session.dispose();
        }
    }

    @Test
    void aBrokenFileFailsAsFileOpenWouldSayAndLeavesNoLock() throws Exception {
        Path file = temp.resolve("broken.factcase");
        Files.writeString(file, "<?xml version=\"1.0\"?><case:CaseFile xmlns:case=", StandardCharsets.UTF_8);
        String expected = assertThrows(CaseFileException.class, () -> CaseSession.load(file)).getMessage();
        CasePreload preload = CasePreload.start(List.of(file));
        assertEquals(expected, assertThrows(CaseFileException.class, () -> preload.take(file)).getMessage());
        assertEquals(Optional.empty(), CaseLock.holder(file), "nothing holds its lock");
    }

    @Test
    void aCaseNeverTakenGivesItsLockBack() throws Exception {
        Path file = DemoCase.copyTo(temp);
        CasePreload preload = CasePreload.start(List.of(file));
        waitUntilRead(preload, file);
        assertTrue(CaseLock.holder(file).isPresent());
        preload.discardUntaken();
        long deadline = System.currentTimeMillis() + 5000;
        while (CaseLock.holder(file).isPresent() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(Optional.empty(), CaseLock.holder(file), "the lock was released");
    }

    @Test
    void aCaseNotReadAheadIsReadWhenTaken() throws Exception {
        Path file = DemoCase.copyTo(temp);
        CaseSession session = CasePreload.start(List.of()).take(file);
        try {
            assertEquals(read(file).getTitle(), session.caseFile().getTitle());
        } finally {
            session.dispose();
        }
    }

    private static void waitUntilRead(CasePreload preload, Path file) throws Exception {
        long deadline = System.currentTimeMillis() + 5000;
        while (!preload.done(file)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the case was never read");
            }
            Thread.sleep(5);
        }
    }

    private static CaseFile read(Path file) throws CaseFileException {
        return (CaseFile) CaseStore.load(new ResourceSetImpl(), file).getContents().get(0);
    }
}
