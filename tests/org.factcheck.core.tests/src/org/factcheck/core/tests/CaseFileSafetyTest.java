package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.core.CaseChangedOnDiskException;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving keeps what the user had: permissions, links, the previous version, another program's newer version, and
 * the file itself when the case holds a character that XML cannot.
 */
class CaseFileSafetyTest {

    @TempDir
    Path dir;

    private Path file;
    private Resource resource;
    private byte[] firstVersion;

    @BeforeEach
    void saveFirstVersion() throws IOException {
        file = dir.resolve("case.factcase");
        resource = CaseStore.create(Fixtures.resourceSet(), file, Fixtures.sampleCase());
        CaseStore.save(resource, file);
        firstVersion = Files.readAllBytes(file);
    }

    private CaseFile root() {
        return (CaseFile) resource.getContents().get(0);
    }

    @Test
    void permissionsOfTheCaseAreKept() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        root().setTitle("Private");
        CaseStore.save(resource, file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        root().setTitle("Shared with the group");
        CaseStore.save(resource, file);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).contains("Shared with the group"));
    }

    @Test
    void aReadOnlyCaseIsRefusedAndKept() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        root().setTitle("Never written");
        IOException e = assertThrows(IOException.class, () -> CaseStore.save(resource, file));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertArrayEquals(firstVersion, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("case.factcase.bak")));
        assertEquals(List.of(), temporaries(dir));
    }

    @Test
    void aLinkedCaseIsWrittenThroughToItsTarget() throws Exception {
        Path store = Files.createDirectory(dir.resolve("store"));
        Path real = store.resolve("real.factcase");
        Files.write(real, firstVersion);
        Path link = Files.createSymbolicLink(dir.resolve("linked.factcase"), Path.of("store", "real.factcase"));
        Resource linked = CaseStore.load(Fixtures.resourceSet(), link);
        ((CaseFile) linked.getContents().get(0)).setTitle("Through the link");
        CaseStore.save(linked, link);
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(real).contains("Through the link"));
        assertArrayEquals(firstVersion, Files.readAllBytes(store.resolve("real.factcase.bak")), "backup beside the target");
        assertEquals(List.of(), temporaries(store));
    }

    @Test
    void linksPlantedAtTheOldTemporaryNameAndAtTheLockAreNotWrittenThrough() throws IOException {
        Path canary = dir.resolve("canary.txt");
        Files.writeString(canary, "precious");
        Files.createSymbolicLink(dir.resolve("case.factcase.tmp"), canary);
        root().setTitle("Second");
        CaseStore.save(resource, file);
        assertEquals("precious", Files.readString(canary));
        assertTrue(Files.readString(file).contains("Second"));

        Path lock = dir.resolve(".case.factcase.lock");
        Files.deleteIfExists(lock);
        Files.createSymbolicLink(lock, canary);
        root().setTitle("Third");
        IOException e = assertThrows(IOException.class, () -> CaseStore.save(resource, file));
        assertEquals("precious", Files.readString(canary), "the lock must not write through a link: " + e);
        assertTrue(Files.readString(file).contains("Second"));
    }

    @Test
    void theBackupIsTheVeryFileOfThePreviousVersionNotACopy() throws IOException {
        Object previous = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        root().setTitle("Second");
        CaseStore.save(resource, file);
        Path bak = dir.resolve("case.factcase.bak");
        assertEquals(previous, Files.readAttributes(bak, BasicFileAttributes.class).fileKey(),
                "the backup is the previous file renamed (a link), which a kill cannot leave half-copied");
        assertArrayEquals(firstVersion, Files.readAllBytes(bak));
        byte[] second = Files.readAllBytes(file);
        root().setTitle("Third");
        CaseStore.save(resource, file);
        assertArrayEquals(second, Files.readAllBytes(bak));
    }

    @Test
    void anotherProgramsNewerVersionIsNeverOverwritten() throws Exception {
        Resource other = CaseStore.load(Fixtures.resourceSet(), file);
        ((CaseFile) other.getContents().get(0)).setTitle("Saved by a colleague");
        CaseStore.save(other, file);
        byte[] theirs = Files.readAllBytes(file);

        Resource mine = resource; // saved before the colleague's save, so it has not seen it
        root().setTitle("Mine");
        CaseChangedOnDiskException e = assertThrows(CaseChangedOnDiskException.class, () -> CaseStore.save(mine, file));
        assertTrue(e.getMessage().contains("another program changed it"), e.getMessage());
        assertArrayEquals(theirs, Files.readAllBytes(file));

        Path elsewhere = dir.resolve("mine.factcase");
        CaseStore.save(mine, elsewhere); // saving under another name keeps both
        assertTrue(Files.readString(elsewhere).contains("Mine"));
    }

    @Test
    void aTextXmlCannotHoldStopsTheSaveWithAShortMessage() throws IOException {
        Document document = root().getDocuments().get(0);
        TextSpan span = document.getAnnotations().get(0);
        String longNote = "x".repeat(50_000) + "\u001B[31m" + "y".repeat(50_000);
        span.setNote(longNote);
        IOException e = assertThrows(IOException.class, () -> CaseStore.save(resource, file));
        assertTrue(e.getMessage().contains("U+001B") && e.getMessage().contains("note"), e.getMessage());
        assertTrue(e.getMessage().length() < 500, "the message must not quote the text: " + e.getMessage().length());
        assertArrayEquals(firstVersion, Files.readAllBytes(file));
        assertEquals(List.of(), temporaries(dir));
    }

    @Test
    void theNextOpenRemovesTheTemporaryFilesOfAKilledSave() throws Exception {
        Path leftover = dir.resolve(".case.factcase.0123456789abcdef.tmp");
        Path leftoverBackup = dir.resolve(".case.factcase.fedcba9876543210.bak.tmp");
        Path notOurs = dir.resolve(".case.factcase.notes.tmp");
        for (Path p : List.of(leftover, leftoverBackup, notOurs)) {
            Files.writeString(p, "<?xml version=\"1.0\"?><half", StandardCharsets.UTF_8);
        }
        CaseStore.load(Fixtures.resourceSet(), file);
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(leftoverBackup));
        assertTrue(Files.exists(notOurs), "only names a save makes are removed");
    }

    @Test
    void aLargeCaseWithManyEscapedCharactersOpens() throws Exception {
        // The JDK's secure parser counts references to &amp; &quot; &lt; and stopped at 100,000 of them: a 244 MiB
        // generated case with quotes and ampersands could not be opened.
        Document document = root().getDocuments().get(0);
        document.setText("Tom & Jerry said \"<no>\". ".repeat(60_000));
        document.setTextSha256(org.factcheck.core.text.Hashes.sha256Hex(document.getText()));
        CaseStore.save(resource, file);
        Resource loaded = CaseStore.load(Fixtures.resourceSet(), file);
        assertEquals(document.getText(), ((CaseFile) loaded.getContents().get(0)).getDocuments().get(0).getText());
    }

    /** The temporary files of saves in {@code folder}: {@code .<name>.<random>.tmp}. */
    static List<String> temporaries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp"))
                    .sorted().toList();
        }
    }
}
