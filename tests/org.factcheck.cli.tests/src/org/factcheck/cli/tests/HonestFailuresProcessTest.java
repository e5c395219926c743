package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.cli.tests.Factcheck.Result;
import org.factcheck.core.CaseLock;
import org.factcheck.testing.CountingServer;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong gets a message and a non-zero exit, and changes nothing: out of memory, an output that is the
 * input, an article with a character a case cannot hold, a case another program is writing, a read-only case, and a
 * case that refers to files or addresses outside itself.
 */
class HonestFailuresProcessTest {

    @TempDir
    Path temp;

    private Path demo;
    private byte[] original;

    @BeforeEach
    void copyDemo() throws Exception {
        demo = DemoCase.copyTo(temp.resolve("demo"));
        original = Files.readAllBytes(demo);
    }

    @Test
    void runningOutOfMemoryIsAnErrorWithAMessageNeverExitZero() throws Exception {
        Path big = temp.resolve("big.factcase");
        // 40 M characters of Cyrillic text: 80 MB in memory, as Java keeps it in UTF-16
        CaseWritersProcessTest.writeLargeCase(big, 100, 400_000, "Песков заявил, что границы будут уточнены. ");
        Path article = Fixtures.write(temp, "more.txt", "More\n\nPeskov said the borders are clear.\n");
        byte[] before = Files.readAllBytes(big);
        Map<String, String> small = Map.of("FACTCHECK_VMARGS", "-Xmx64m");
        List<Result> r = Factcheck.runAll(small, List.of(List.of("validate", big.toString()),
                List.of("import", article.toString(), "--into", big.toString())));
        for (Result result : r) {
            assertEquals(5, result.exitCode(), result.toString());
            assertTrue(result.err().contains("out of memory") && result.err().contains("FACTCHECK_VMARGS"), result.toString());
        }
        assertArrayEquals(before, Files.readAllBytes(big), "nothing changed");
        // With the heap the start script chooses for the file's size, the same commands work.
        List<Result> sized = Factcheck.runAll(List.of("validate", big.toString()));
        assertTrue(sized.get(0).exitCode() <= 1, sized.get(0).toString());
    }

    @Test
    void anOutputThatIsTheInputIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("link.factcase"), demo);
        List<Result> r = Factcheck.runAll(List.of("export", "--format", "csv", demo.toString(), "-o", demo.toString()),
                List.of("export", "--format", "csv", demo.toString(), "-o", link.toString()),
                List.of("import", link.toString(), "--into", demo.toString()));
        for (Result result : r) {
            assertEquals(2, result.exitCode(), result.toString());
            assertTrue(result.err().contains("the case file itself") || result.err().contains("is the case itself"),
                    result.toString());
        }
        assertArrayEquals(original, Files.readAllBytes(demo));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aControlCharacterLateInAnArticleIsRefusedWithItsPlaceAndNotDumped() throws Exception {
        String line = "Peskov said the borders of the Kherson region would be clarified with the residents.\n";
        String text = "A late escape\n\n" + line.repeat(120) + "So \u001B[2J he added.\n" + line.repeat(5);
        Path article = Fixtures.write(temp, "late.txt", text);
        Result r = Factcheck.run("import", article.toString(), "--into", demo.toString());
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.err().contains("U+001B") && r.err().contains("line 123, column 4"), r.toString());
        assertTrue(r.err().length() < 600 && !r.err().contains("Exception"), "short, no stack trace: " + r);
        assertArrayEquals(original, Files.readAllBytes(demo));
    }

    @Test
    void aCaseAnotherProgramIsWritingIsNotChangedAndTheHolderIsNamed() throws Exception {
        Path article = Fixtures.write(temp, "a.txt", "Another article\n\nPeskov said nothing new today.\n");
        CaseLock.setProgramName("the test's own workbench");
        try (CaseLock lock = CaseLock.acquire(demo, java.time.Duration.ZERO)) {
            Result r = Factcheck.runAll(Map.of("FACTCHECK_LOCK_WAIT", "1"),
                    List.of(List.of("import", article.toString(), "--into", demo.toString()))).get(0);
            assertEquals(7, r.exitCode(), r.toString());
            assertTrue(r.err().contains("is being written by the test's own workbench (pid "
                    + ProcessHandle.current().pid() + ","), r.toString());
        }
        assertArrayEquals(original, Files.readAllBytes(demo));
        Result after = Factcheck.run("import", article.toString(), "--into", demo.toString());
        assertEquals(0, after.exitCode(), "released, the case can be written: " + after);
    }

    @Test
    void aReadOnlyCaseIsNotOverwritten() throws Exception {
        Path article = Fixtures.write(temp, "b.txt", "Yet another article\n\nPeskov said the referendum was final.\n");
        Files.setPosixFilePermissions(demo, PosixFilePermissions.fromString("r--r--r--"));
        Result r = Factcheck.run("import", article.toString(), "--into", demo.toString());
        assertEquals(4, r.exitCode(), r.toString());
        assertTrue(r.err().contains("read-only"), r.toString());
        assertArrayEquals(original, Files.readAllBytes(demo));
    }

    @Test
    void aCaseThatRefersOutsideItselfIsRefusedByEveryCommandAndNothingIsFetched() throws Exception {
        try (CountingServer server = new CountingServer()) {
            String text = Files.readString(demo, StandardCharsets.UTF_8);
            Matcher claimant = Pattern.compile("claimant=\"([^\"]+)\"").matcher(text);
            assertTrue(claimant.find());
            Path hostile = temp.resolve("hostile.factcase");
            Files.writeString(hostile, text.substring(0, claimant.start()) + "claimant=\"fc:Person "
                    + server.url("remote.factcase#x") + "\"" + text.substring(claimant.end()));
            Path out = temp.resolve("out.csv");
            List<Result> r = Factcheck.runAll(List.of("validate", hostile.toString()), List.of("stats", hostile.toString()),
                    List.of("export", "--format", "csv", hostile.toString(), "-o", out.toString()));
            for (Result result : r) {
                assertEquals(3, result.exitCode(), result.toString());
                assertTrue(result.err().contains("outside the case file") && result.err().contains("(line "),
                        result.toString());
            }
            assertTrue(!Files.exists(out));
            assertEquals(0, server.connections(), "no command contacted the address");
        }
    }
}
