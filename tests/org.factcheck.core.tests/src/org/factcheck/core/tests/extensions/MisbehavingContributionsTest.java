package org.factcheck.core.tests.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.factcheck.core.CaseStore;
import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseChecks;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.checks.CheckDescriptor;
import org.factcheck.core.checks.CheckResult;
import org.factcheck.core.detectors.ClaimDetector;
import org.factcheck.core.detectors.ClaimDetectors;
import org.factcheck.core.detectors.CodePointRange;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.detectors.DetectorDescriptor;
import org.factcheck.core.detectors.Suggestions;
import org.factcheck.core.exporters.ExportException;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.Exporters;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.extensions.ContributionFailures;
import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.importers.ImporterDescriptor;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.factcheck.testing.plugins.GarbageEverywhere;
import org.factcheck.testing.plugins.HangingEverywhere;
import org.factcheck.testing.plugins.ThrowingEverywhere;
import org.factcheck.testing.plugins.WellBehaved;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Detectors, checks, importers and exporters that throw in every method, return garbage or hang: each is reported once, disabled for
 * the session, and neither breaks the call nor keeps the good contributions from working.
 */
class MisbehavingContributionsTest {

    private static final Duration BUDGET = Duration.ofMillis(400);

    private final List<ContributionFailure> heard = new ArrayList<>();
    private final Consumer<ContributionFailure> listener = heard::add;

    @BeforeEach
    void listen() {
        HangingEverywhere.hold();
        ContributionFailures.addListener(listener);
    }

    @AfterEach
    void stop() {
        ContributionFailures.removeListener(listener);
        HangingEverywhere.release();
    }

    private static DetectorDescriptor detector(String id) {
        return new DetectorDescriptor(id, "Detector " + id, List.of(), "org.example." + id, "");
    }

    private static Document document(String text) {
        CaseFile caseFile = CaseFactory.eINSTANCE.createCaseFile();
        Document document = CaseFactory.eINSTANCE.createDocument();
        document.setTitle("An article");
        document.setText(text);
        caseFile.getDocuments().add(document);
        return document;
    }

    @Test
    void badDetectorsAreReportedOnceAndTheGoodOneStillSuggests() {
        Map<DetectorDescriptor, ClaimDetector> detectors = new LinkedHashMap<>();
        detectors.put(detector("throws"), new ThrowingEverywhere());
        detectors.put(detector("garbage"), new GarbageEverywhere());
        detectors.put(detector("hangs"), new HangingEverywhere());
        detectors.put(detector("good"), new WellBehaved());
        ClaimDetectors registry = new ClaimDetectors(detectors, BUDGET);
        DetectionRequest request = DetectionRequest.builder(document("She said “no”. He said yes.")).build();

        long started = System.nanoTime();
        Suggestions first = registry.detect(request);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 3_000, "the hanging detector was given up after its budget, not waited for: " + millis + " ms");
        assertEquals(List.of("throws", "garbage", "hangs"), first.failures().stream().map(ContributionFailure::contributionId).toList());
        assertEquals(ContributionFailure.Kind.THREW, first.failures().get(0).kind());
        assertTrue(first.failures().get(0).message().contains("NoSuchMethodError")
                && first.failures().get(0).message().contains("org.example.throws"), first.failures().get(0).message());
        assertEquals(ContributionFailure.Kind.INVALID_RESULT, first.failures().get(1).kind());
        assertTrue(first.failures().get(1).detail().contains("2 invalid suggestion(s)"), first.failures().get(1).detail());
        assertEquals(ContributionFailure.Kind.TIMED_OUT, first.failures().get(2).kind());
        assertEquals(List.of("garbage", "good", "good"), first.suggestions().stream().map(s -> s.detectorId()).toList(),
                "garbage's one valid suggestion is kept, the good detector found both “said”: " + first.suggestions());
        assertEquals(4, first.suggestions().get(1).suggestion().start());

        Suggestions second = registry.detect(request);
        assertEquals(List.of(), second.failures(), "the failed detectors are not run again");
        assertEquals(List.of("good"), registry.descriptors().stream().map(DetectorDescriptor::id).toList());
        assertEquals(2, second.suggestions().size());
        assertEquals(3, heard.size(), "each failure was told once: " + heard);
    }

    @Test
    void suggestionsInExcludedRegionsAndOfOtherLanguagesAreLeftOut() {
        Map<DetectorDescriptor, ClaimDetector> detectors = new LinkedHashMap<>();
        detectors.put(detector("good"), new WellBehaved());
        detectors.put(new DetectorDescriptor("german", "German only", List.of("de"), "org.example", ""), new ThrowingEverywhere());
        ClaimDetectors registry = new ClaimDetectors(detectors, BUDGET);
        Document document = document("She said no. He said yes.");
        document.setLanguage("en-GB");
        Suggestions found = registry.detect(DetectionRequest.builder(document)
                .excluded(List.of(new CodePointRange(0, 8))).build());
        assertEquals(List.of(), found.failures(), "the German detector was not run on an English text");
        assertEquals(1, found.suggestions().size(), found.suggestions().toString());
        assertEquals(16, found.suggestions().get(0).suggestion().start());
    }

    @Test
    void offsetsAreCodePoints() {
        ClaimDetectors registry = new ClaimDetectors(Map.of(detector("good"), new WellBehaved()), BUDGET);
        Suggestions found = registry.detect(DetectionRequest.builder(document("𝕏 said")).build());
        assertEquals(2, found.suggestions().get(0).suggestion().start(), "𝕏 is one code point, two chars");
    }

    @Test
    void badChecksAreReportedOnceAndTheOthersStillRun() throws Exception {
        CaseFile demo = (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
        List<Map.Entry<CheckDescriptor, ? extends CaseCheck>> checks = List.of(
                Map.entry(check("throws"), new ThrowingEverywhere()), Map.entry(check("garbage"), new GarbageEverywhere()),
                Map.entry(check("hangs"), new HangingEverywhere()), Map.entry(check("good"), new WellBehaved()));
        CaseChecks registry = new CaseChecks(checks, BUDGET);

        CheckResult first = registry.run(demo);
        assertEquals(List.of("throws", "garbage", "hangs"), first.failures().stream().map(ContributionFailure::contributionId).toList());
        assertTrue(first.failures().get(0).message().contains("LinkageError"), first.failures().get(0).message());
        assertEquals(1, first.problems().size(), first.problems().toString());
        CaseProblem problem = first.problems().get(0);
        assertEquals("good", problem.checkId());
        assertEquals(WellBehaved.message(demo), problem.message());
        assertTrue(problem.where().startsWith("case “"), problem.where());
        assertEquals(demo, problem.element().orElseThrow());

        CheckResult second = registry.run(demo);
        assertEquals(List.of(), second.failures());
        assertEquals(first.problems(), second.problems());
        assertEquals(3, heard.size(), heard.toString());
        assertFalse(heard.stream().anyMatch(f -> f.contributionId().equals("good")));
    }

    @Test
    void badImportersAndExportersAreReportedOnceAndTheGoodOnesStillWork(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        ArticleImporters importers = new ArticleImporters(List.of(
                new ImporterDescriptor("throws", "Throws", "text/plain", List.of("throws"), 0, ThrowingEverywhere::new),
                new ImporterDescriptor("garbage", "Garbage", "text/plain", List.of("garbage"), 0, GarbageEverywhere::new),
                new ImporterDescriptor("good", "Good", "text/plain", List.of("good"), 0, WellBehaved::new)));
        byte[] said = "He said yes.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportException threw = assertThrows(ImportException.class,
                () -> importers.importArticle(new ArticleInput(null, said, "a.throws", java.util.Optional.empty())));
        assertTrue(threw.getMessage().contains("importer bug"), threw.getMessage());
        ImportException garbage = assertThrows(ImportException.class,
                () -> importers.importArticle(new ArticleInput(null, said, "a.garbage", java.util.Optional.empty())));
        assertTrue(garbage.getMessage().contains("returned null instead of a document"), garbage.getMessage());
        assertEquals("He said yes.", importers.importArticle(new ArticleInput(null, said, "a.good",
                java.util.Optional.empty())).getText());
        assertEquals(List.of("good"), importers.descriptors().stream().map(ImporterDescriptor::id).toList());

        ExporterDescriptor throwing = new ExporterDescriptor("throws", "Throws", "throws", "text/plain", "txt", List.of(),
                ThrowingEverywhere::new);
        ExporterDescriptor good = new ExporterDescriptor("good", "Good", "good", "text/plain", "txt", List.of(),
                WellBehaved::new);
        Exporters exporters = new Exporters(List.of(throwing, good));
        CaseFile demo = (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
        java.nio.file.Path out = dir.resolve("out.txt");
        assertThrows(ExportException.class, () -> exporters.exportToFile(throwing, demo, null, Map.of(), out));
        assertFalse(java.nio.file.Files.exists(out), "no half-written file");
        exporters.exportToFile(good, demo, null, Map.of(), out);
        assertEquals(demo.getClaims().size() + " claims\n", java.nio.file.Files.readString(out));
        assertEquals(List.of("good"), exporters.descriptors().stream().map(ExporterDescriptor::id).toList());
        assertEquals(List.of("throws", "garbage", "throws"), heard.stream().map(ContributionFailure::contributionId).toList(),
                "each failure was told once: " + heard);
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of("out.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void theBuiltInChecksAreContributedInValidatesOrder() {
        assertEquals(List.of("org.factcheck.core.checks.model", "org.factcheck.core.checks.texts",
                "org.factcheck.core.checks.editorial", "org.factcheck.core.checks.consistency",
                "org.factcheck.core.checks.conflicts"),
                CaseChecks.getDefault().descriptors().stream().map(CheckDescriptor::id).limit(5).toList());
        assertTrue(CaseChecks.getDefault().descriptors().stream().allMatch(d -> d.contributor().equals("org.factcheck.core")));
    }

    private static CheckDescriptor check(String id) {
        return new CheckDescriptor(id, "Check " + id, "org.example." + id, "");
    }
}
