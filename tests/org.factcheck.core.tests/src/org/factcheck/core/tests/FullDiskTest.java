package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save on a full disk fails without touching the case or its backup, and leaves no temporary file. Runs on a small
 * tmpfs, which only the super-user can mount; skipped (with that reason) otherwise.
 */
class FullDiskTest {

    @TempDir
    Path parent;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = Files.createDirectory(parent.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes());
        mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        assumeTrue(mounted, "a small tmpfs could not be mounted (needs root): " + output.strip());
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullDiskKeepsTheCaseAndItsBackup() throws IOException {
        Path file = disk.resolve("case.factcase");
        Resource resource = CaseStore.create(Fixtures.resourceSet(), file, Fixtures.sampleCase());
        CaseFile root = (CaseFile) resource.getContents().get(0);
        CaseStore.save(resource, file);
        root.setTitle("Second");
        CaseStore.save(resource, file); // now there is a backup
        byte[] saved = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(disk.resolve("case.factcase.bak"));

        FileStore store = Files.getFileStore(disk);
        Path filler = disk.resolve("filler");
        Files.write(filler, new byte[(int) Math.max(0, store.getUsableSpace() - 8192)]);
        root.getDocuments().get(0).setText(root.getDocuments().get(0).getText() + "x".repeat(64 * 1024));
        root.getDocuments().get(0).setTextSha256(org.factcheck.core.text.Hashes.sha256Hex(root.getDocuments().get(0).getText()));
        IOException e = assertThrows(IOException.class, () -> CaseStore.save(resource, file));
        assertArrayEquals(saved, Files.readAllBytes(file), "the case is unchanged: " + e);
        assertArrayEquals(backup, Files.readAllBytes(disk.resolve("case.factcase.bak")), "the old backup is kept");
        assertEquals(List.of(), CaseFileSafetyTest.temporaries(disk));
    }
}
