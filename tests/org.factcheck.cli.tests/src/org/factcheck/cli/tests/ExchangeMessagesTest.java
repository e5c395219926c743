package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factcheck.cli.tests.Factcheck.Result;
import org.factcheck.core.CaseFiles;
import org.factcheck.core.CaseStore;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line says about the exchange formats (issue 10): a Hypothesis export with a page note and a
 * reply is imported, {@code help import} names Hypothesis JSON, a JSON-LD file with a number as context is refused,
 * and the statistics of a case without spans have no stray separator.
 */
class ExchangeMessagesTest {

    @TempDir
    Path temp;

    private Path demo;

    @BeforeEach
    void copyDemo() throws Exception {
        demo = DemoCase.copyTo(temp.resolve("demo"));
    }

    @Test
    void aHypothesisExportWithAPageNoteAndAReplyIsImported() throws Exception {
        Path export = Files.writeString(temp.resolve("hypothesis.json"), """
                {"export_date": "2026-11-20T10:00:00.000Z", "annotations": [
                  {"id": "n1", "uri": "https://example.org/retake", "text": "Check the whole page.", "tags": [],
                   "target": [{"source": "https://example.org/retake"}]},
                  {"id": "q1", "uri": "https://example.org/retake", "text": "Compare with the law.", "tags": [],
                   "target": [{"source": "https://example.org/retake", "selector": [
                     {"type": "TextQuoteSelector", "exact": "There is no contradiction here"}]}]},
                  {"id": "r1", "uri": "https://example.org/retake", "text": "Agreed.", "references": ["q1"], "tags": [],
                   "target": [{"source": "https://example.org/retake"}]}]}""", StandardCharsets.UTF_8);
        Path context42 = Files.writeString(temp.resolve("context.jsonld"), """
                {"@context": 42, "type": "Annotation", "target": {"source": "https://example.org/retake",
                  "selector": {"type": "TextQuoteSelector", "exact": "There is no contradiction here"}}}""",
                StandardCharsets.UTF_8);
        List<Result> r = Factcheck.runAll(List.of("import", export.toString(), "--into", demo.toString()),
                List.of("help", "import"));
        assertEquals(0, r.get(0).exitCode(), r.get(0).toString());
        assertTrue(r.get(0).out().startsWith(export + ": 1 annotation added to 1 document"), r.get(0).toString());
        assertTrue(r.get(1).out().contains("\n  W3C JSON-LD, Hypothesis JSON .jsonld, .json\n"), r.get(1).toString());

        Result refused = Factcheck.run("import", context42.toString(), "--into", demo.toString());
        assertEquals(3, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("is not valid JSON-LD: “@context” at /@context is a number (42)"),
                refused.toString());
    }

    @Test
    void statisticsOfACaseWithoutSpansEndTheLineAfterTheCount() throws Exception {
        Path empty = temp.resolve("empty.factcase");
        CaseStore.save(CaseStore.create(Fixtures.resourceSet(), empty, CaseFiles.newCase("Nothing yet")), empty);
        Result stats = Factcheck.run("stats", empty.toString());
        assertEquals(0, stats.exitCode(), stats.toString());
        assertTrue(stats.out().contains("\n  Spans          0\n"), stats.toString());
    }
}
