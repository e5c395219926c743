package org.factcheck.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.core.CaseStore;
import org.factcheck.core.detectors.ClaimDetector;
import org.factcheck.core.detectors.ClaimDetectors;
import org.factcheck.core.detectors.DetectorDescriptor;
import org.factcheck.core.text.CodePoints;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.DismissedSuggestion;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.detector.TestClaimDetector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code factcheck suggest} in this process, with the test detector contributed by org.factcheck.testing.detector (and,
 * for the failure cases, detectors made here): the TSV and JSON output, the document filter, what is left out, and
 * the errors.
 */
class SuggestCommandTest {

    @TempDir
    Path temp;

    private Path demo;

    /** What one run printed. */
    private record Run(int exit, String out, String err) {
        List<String[]> rows() {
            List<String> lines = out.lines().toList();
            assertEquals("document\tstart\tend\tspeaker\tkind\tscore\ttext", lines.get(0), out);
            return lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)).toList();
        }
    }

    @BeforeEach
    void copy() throws Exception {
        demo = DemoCase.copyTo(temp.resolve("demo"));
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), "test").run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static CaseFile load(Path file) throws Exception {
        return (CaseFile) CaseStore.load(new ResourceSetImpl(), file).getContents().get(0);
    }

    private Path variant(String name, Consumer<CaseFile> change) throws Exception {
        Path file = temp.resolve(name + ".factcase");
        Files.copy(demo, file);
        Resource r = CaseStore.load(new ResourceSetImpl(), file);
        change.accept((CaseFile) r.getContents().get(0));
        CaseStore.save(r, file);
        return file;
    }

    @Test
    void tsvHasOneSuggestionPerLineWithCodePointOffsetsIntoTheArticle() throws Exception {
        Run r = run("suggest", demo.toString());
        assertEquals(0, r.exit(), r.toString());
        List<String[]> rows = r.rows();
        assertTrue(rows.size() >= 5, r.out());
        CaseFile c = load(demo);
        for (String[] row : rows) {
            assertEquals(7, row.length, String.join("|", row));
            Document d = c.getDocuments().stream().filter(x -> x.getId().equals(row[0])).findFirst().orElseThrow();
            int start = Integer.parseInt(row[1]);
            int end = Integer.parseInt(row[2]);
            assertTrue(start < end, String.join("|", row));
            assertTrue(List.of("direct", "indirect", "check-worthy").contains(row[4]), row[4]);
            double score = Double.parseDouble(row[5]);
            assertTrue(score >= 0 && score <= 1);
            assertEquals(CodePoints.substring(d.getText(), start, end).replace("\n", "\\n"), row[6]);
            for (TextSpan span : d.getAnnotations()) {
                if (span.getKind() == SpanKind.CLAIM_APPEARANCE) {
                    assertFalse(span.getStart() < end && start < span.getEnd(), "overlaps the claim appearance “"
                            + span.getExact() + "”: " + row[6]);
                }
            }
        }
        assertTrue(rows.stream().anyMatch(row -> row[3].equals("Dmitry Peskov") && row[4].equals("indirect")),
                "Peskov's reported speech, matched to the case's person: " + r.out());
    }

    @Test
    void jsonIsAValidArrayOfTheSameSuggestionsWithEscapedText() throws Exception {
        Run tsv = run("suggest", demo.toString());
        Run json = run("suggest", demo.toString(), "--format", "json");
        assertEquals(0, json.exit(), json.toString());
        JsonNode array = new ObjectMapper().readTree(json.out());
        assertTrue(array.isArray());
        List<String[]> rows = tsv.rows();
        assertEquals(rows.size(), array.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode o = array.get(i);
            assertEquals(rows.get(i)[0], o.get("document").asText());
            assertEquals(Integer.parseInt(rows.get(i)[1]), o.get("start").asInt());
            assertEquals(Integer.parseInt(rows.get(i)[2]), o.get("end").asInt());
            assertEquals(rows.get(i)[4], o.get("kind").asText());
            assertEquals(rows.get(i)[6], o.get("text").asText().replace("\n", "\\n"));
            assertTrue(o.has("statement") && o.has("reason") && o.has("speakerId") && o.has("score"), o.toString());
            assertEquals("org.factcheck.testing.detector.reportedSpeech", o.get("detector").asText());
        }
        assertEquals(rows.size() + 2, json.out().strip().lines().count(), "one object per line between [ and ]");
        assertTrue(json.out().contains("\\\""), "the quotation marks of the article are escaped");
        JsonNode peskov = null;
        for (JsonNode o : array) {
            if ("Dmitry Peskov".equals(o.get("speaker").asText())) {
                peskov = o;
            }
        }
        CaseFile c = load(demo);
        String peskovId = c.getActors().stream().filter(a -> "Dmitry Peskov".equals(a.getName())).findFirst()
                .orElseThrow().getId();
        assertEquals(peskovId, peskov.get("speakerId").asText());
    }

    @Test
    void theDocumentOptionTakesAnIdOrATitleAndAnUnknownOneIsAUsageError() throws Exception {
        CaseFile c = load(demo);
        Document second = c.getDocuments().get(1);
        Run byId = run("suggest", demo.toString(), "--document", second.getId());
        Run byTitle = run("suggest", demo.toString(), "-d", second.getTitle().toUpperCase());
        assertEquals(0, byId.exit(), byId.toString());
        assertEquals(byId.out(), byTitle.out());
        assertFalse(byId.rows().isEmpty());
        assertTrue(byId.rows().stream().allMatch(row -> row[0].equals(second.getId())), byId.out());

        Run unknown = run("suggest", demo.toString(), "--document", "No such article");
        assertEquals(ExitCode.USAGE, unknown.exit(), unknown.toString());
        assertEquals("", unknown.out());
        assertTrue(unknown.err().contains("no article with the id or title “No such article”"), unknown.err());
        assertTrue(unknown.err().contains(second.getId()), "lists the articles: " + unknown.err());

        Run format = run("suggest", demo.toString(), "--format", "xml");
        assertEquals(ExitCode.USAGE, format.exit(), format.toString());
        assertTrue(format.err().contains("tsv or json"), format.err());
        Run missing = run("suggest", temp.resolve("missing.factcase").toString());
        assertEquals(ExitCode.INPUT, missing.exit(), missing.toString());
    }

    @Test
    void dismissedSuggestionsAndBoilerplateRegionsAreLeftOut() throws Exception {
        List<String[]> all = run("suggest", demo.toString()).rows();
        String[] dismissed = all.get(0);
        String[] covered = all.get(all.size() - 1);
        Path changed = variant("changed", c -> {
            Document d = c.getDocuments().stream().filter(x -> x.getId().equals(dismissed[0])).findFirst().orElseThrow();
            DismissedSuggestion ds = CaseFactory.eINSTANCE.createDismissedSuggestion();
            // the text with other line breaks still matches: recognised by its words, not its offsets
            ds.setExact(dismissed[6].replace("\\n", "\n").replace(" ", "  \n"));
            ds.setKind("INDIRECT_SPEECH");
            d.getDismissedSuggestions().add(ds);
            Document e = c.getDocuments().stream().filter(x -> x.getId().equals(covered[0])).findFirst().orElseThrow();
            int start = Integer.parseInt(covered[1]);
            int end = Integer.parseInt(covered[2]);
            TextSpan b = CaseFactory.eINSTANCE.createTextSpan();
            Quotes.Selector sel = Quotes.selector(e.getText(), start, end);
            b.setStart(start);
            b.setEnd(end);
            b.setExact(sel.exact());
            b.setPrefix(sel.prefix());
            b.setSuffix(sel.suffix());
            b.setKind(SpanKind.BOILERPLATE);
            e.getAnnotations().add(b);
        });
        List<String[]> left = run("suggest", changed.toString()).rows();
        assertEquals(all.size() - 2, left.size());
        assertTrue(left.stream().noneMatch(row -> Arrays.equals(row, dismissed)));
        assertTrue(left.stream().noneMatch(row -> Arrays.equals(row, covered)));
    }

    @Test
    void withoutADetectorItSaysSoAndExitsEight() throws Exception {
        SuggestCommand none = new SuggestCommand(() -> new ClaimDetectors(Map.of(), Duration.ofSeconds(5)));
        CommandException e = assertThrows(CommandException.class, () -> none.run(args(demo.toString()), sink()));
        assertEquals(ExitCode.NO_DETECTOR, e.exitCode());
        assertTrue(e.getMessage().contains("no claim detector is installed"), e.getMessage());

        DetectorDescriptor german = new DetectorDescriptor("de.only", "German only", List.of("de"), "test", "");
        SuggestCommand wrongLanguage = new SuggestCommand(() -> new ClaimDetectors(Map.of(german, new TestClaimDetector()),
                Duration.ofSeconds(5)));
        CommandException l = assertThrows(CommandException.class, () -> wrongLanguage.run(args(demo.toString()), sink()));
        assertEquals(ExitCode.NO_DETECTOR, l.exitCode());
        assertTrue(l.getMessage().contains("German only (de)"), l.getMessage());
        assertTrue(run("--help").out().contains("9  suggest: no claim detector"), "documented in the exit codes");
    }

    @Test
    void aFailingDetectorIsReportedAndTheOthersSuggestionsArePrinted() throws Exception {
        ClaimDetector broken = request -> {
            throw new IllegalStateException("broken on purpose");
        };
        Map<DetectorDescriptor, ClaimDetector> detectors = new LinkedHashMap<>();
        detectors.put(new DetectorDescriptor("broken", "Broken detector", List.of(), "com.example.broken", ""), broken);
        detectors.put(new DetectorDescriptor("test", "Test", List.of(), "org.factcheck.testing.detector", ""),
                new TestClaimDetector());
        SuggestCommand both = new SuggestCommand(() -> new ClaimDetectors(detectors, Duration.ofSeconds(5)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandException e = assertThrows(CommandException.class,
                () -> both.run(args(demo.toString()), new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertEquals(ExitCode.PROBLEMS, e.exitCode());
        assertTrue(e.getMessage().contains("Broken detector") && e.getMessage().contains("com.example.broken"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().filter(l -> l.contains("Broken detector")).count(),
                "reported once, not once per article: " + e.getMessage());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertNotEquals(1, printed.lines().count(), "the test detector's suggestions are printed: " + printed);
    }

    private static Args args(String... raw) throws CommandException {
        SuggestCommand c = new SuggestCommand();
        return Args.parse(new ArrayList<>(List.of(raw)), c.flags(), c.aliases());
    }

    private static PrintStream sink() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
