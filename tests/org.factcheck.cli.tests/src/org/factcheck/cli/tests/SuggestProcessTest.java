package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factcheck.cli.tests.Factcheck.Result;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factcheck suggest} in the materialized product, as a user runs it. What it prints with a detector is tested
 * in this process (SuggestCommandTest): whether the product ships a detector depends on which bundles it has, so here
 * only what holds either way — the help, a document that does not exist, and that the case is left as it was.
 */
class SuggestProcessTest {

    @TempDir
    Path temp;

    @Test
    void suggestIsListedExplainsItselfAndRefusesAnUnknownDocumentWithoutChangingTheCase() throws Exception {
        Path demo = DemoCase.copyTo(temp.resolve("demo"));
        byte[] before = Files.readAllBytes(demo);
        List<Result> r = Factcheck.runAll(List.of("--help"), List.of("suggest", "--help"),
                List.of("suggest", demo.toString(), "--document", "No such article"),
                List.of("suggest", demo.toString(), "--format", "yaml"));
        assertTrue(r.get(0).out().contains("suggest"), r.get(0).toString());
        assertTrue(r.get(0).out().contains("9  suggest: no claim detector"), r.get(0).toString());
        Result help = r.get(1);
        assertEquals(0, help.exitCode(), help.toString());
        assertTrue(help.out().startsWith("Usage: factcheck suggest CASE.factcase [--document ID-OR-TITLE]"), help.toString());
        Result unknown = r.get(2);
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("no article with the id or title “No such article”"), unknown.toString());
        assertEquals("", unknown.out());
        Result format = r.get(3);
        assertEquals(2, format.exitCode(), format.toString());
        assertTrue(format.err().contains("unknown format “yaml”: tsv or json."), format.toString());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(demo)), "suggest only reads the case");
    }
}
