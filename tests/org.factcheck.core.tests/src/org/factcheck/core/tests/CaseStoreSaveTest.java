package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.factcheck.core.CaseResource;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.Source;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreSaveTest {

    @TempDir
    Path dir;

    private Path file;
    private Path tmp;
    private Path bak;
    private Resource resource;
    private byte[] firstVersion;

    @BeforeEach
    void saveFirstVersion() throws IOException {
        file = dir.resolve("case.factcase");
        tmp = dir.resolve("case.factcase.tmp");
        bak = dir.resolve("case.factcase.bak");
        resource = CaseStore.create(Fixtures.resourceSet(), file, Fixtures.sampleCase());
        CaseStore.save(resource, file);
        firstVersion = Files.readAllBytes(file);
    }

    private CaseFile root() {
        return (CaseFile) resource.getContents().get(0);
    }

    @Test
    void firstSaveLeavesNeitherBackupNorTemporaryFile() throws IOException {
        assertFalse(Files.exists(bak));
        assertEquals(List.of(), temporaries());
        assertTrue(new String(firstVersion, StandardCharsets.UTF_8).contains("Kremlin borders"));
    }

    @Test
    void savingAgainKeepsThePreviousVersionAsBak() throws IOException {
        root().setTitle("Second version");
        CaseStore.save(resource, file);
        assertArrayEquals(firstVersion, Files.readAllBytes(bak));
        assertTrue(Files.readString(file).contains("Second version"));
        assertEquals(List.of(), temporaries());
        assertFalse(resource.isModified());
    }

    @Test
    void failingSerializationLeavesTheFileUntouched() throws IOException {
        Resource failing = new CaseResource(URI.createFileURI(file.toString())) {
            @Override
            public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
                out.write("<?xml version=\"1.0\"?><half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full (simulated)");
            }
        };
        failing.getContents().add(CaseFactory.eINSTANCE.createCaseFile());
        IOException e = assertThrows(IOException.class, () -> CaseStore.save(failing, file));
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertArrayEquals(firstVersion, Files.readAllBytes(file));
        assertEquals(List.of(), temporaries(), "temporary file left behind");
        assertFalse(Files.exists(bak), "backup written although nothing was saved");
    }

    @Test
    void runtimeExceptionDuringSerializationBecomesAnIOException() throws IOException {
        Resource failing = new CaseResource(URI.createFileURI(file.toString())) {
            @Override
            public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
                out.write(new byte[4096]);
                throw new IllegalStateException("bug in a model class (simulated)");
            }
        };
        IOException e = assertThrows(IOException.class, () -> CaseStore.save(failing, file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("simulated"), e.getMessage());
        assertArrayEquals(firstVersion, Files.readAllBytes(file));
        assertEquals(List.of(), temporaries());
    }

    @Test
    void aFolderAtTheOldTemporaryNameIsNeitherUsedNorDeleted() throws IOException {
        Files.createDirectory(tmp);
        Files.writeString(tmp.resolve("keep.txt"), "not ours");
        root().setTitle("Written all the same");
        CaseStore.save(resource, file);
        assertTrue(Files.readString(file).contains("Written all the same"));
        assertEquals("not ours", Files.readString(tmp.resolve("keep.txt")), "someone else's folder must not be touched");
        assertArrayEquals(firstVersion, Files.readAllBytes(bak));
        assertEquals(List.of(), temporaries());
    }

    /** The temporary files of saves of {@code file}: {@code .case.factcase.<random>.tmp}. */
    private List<String> temporaries() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".case.factcase.") && n.endsWith(".tmp")).sorted().toList();
        }
    }

    @Test
    void readOnlyFolderLeavesTheFileUntouched() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir), "running with a user (root) that ignores permissions");
            root().setTitle("Never written");
            assertThrows(IOException.class, () -> CaseStore.save(resource, file));
            assertArrayEquals(firstVersion, Files.readAllBytes(file));
            assertEquals(List.of(), temporaries());
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void savingIntoAMissingFolderFailsWithoutCreatingAnything() {
        Path missing = dir.resolve("missing").resolve("case.factcase");
        assertThrows(IOException.class, () -> CaseStore.save(resource, missing));
        assertFalse(Files.exists(missing.getParent()));
    }

    @Test
    void referenceToAnObjectOutsideTheCaseFailsTheSaveAndKeepsTheFile() throws Exception {
        CaseStore.save(resource, file);
        byte[] before = Files.readAllBytes(file);
        Document document = root().getDocuments().get(0);
        Source stray = CaseFactory.eINSTANCE.createSource();
        stray.setName("Never added");
        document.setOutlet(stray);
        IOException failure = assertThrows(IOException.class, () -> CaseStore.save(resource, file));
        assertTrue(failure.getMessage().contains("not part of it"), failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file on disk is unchanged");
        assertEquals(List.of(), temporaries(), "no temporary file remains");
    }
}
