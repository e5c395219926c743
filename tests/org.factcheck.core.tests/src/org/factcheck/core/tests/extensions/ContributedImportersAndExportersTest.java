package org.factcheck.core.tests.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.exporters.ExportException;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.Exporters;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.extensions.ContributionFailures;
import org.factcheck.core.importers.AnnotationImporters;
import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.importers.ImporterDescriptor;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.testing.plugins.Contributions;
import org.factcheck.testing.plugins.MeddlingEverywhere;
import org.factcheck.testing.plugins.ThrowingEverywhere;
import org.factcheck.testing.plugins.WellBehaved;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importers and exporters of a bundle installed at run time: listed at once, created only when used, dropped when
 * the bundle goes; one that throws or returns garbage is reported once with its bundle, disabled for the session,
 * and neither the case nor the output file changes, while its declared failures (a file or case it refuses) leave
 * it enabled and the built-in importers keep working.
 */
class ContributedImportersAndExportersTest {

    private static final String TESTING = "org.factcheck.testing";

    @TempDir
    Path dir;

    private final List<ContributionFailure> heard = new ArrayList<>();
    private final Consumer<ContributionFailure> listener = heard::add;

    @BeforeEach
    void listen() {
        ContributionFailures.addListener(listener);
    }

    @AfterEach
    void stop() {
        ContributionFailures.removeListener(listener);
    }

    @Test
    void anImporterAndAnExporterAppearWhenContributedAreCreatedWhenUsedAndDisappearWhenRemoved() throws Exception {
        ArticleImporters importers = ArticleImporters.getDefault();
        Exporters exporters = Exporters.getDefault();
        importers.descriptors();
        exporters.descriptors(); // both are being watched before the bundle arrives
        String importer = "org.factcheck.testing.importers.said";
        String exporter = "org.factcheck.testing.exporters.count";
        Path article = Files.writeString(dir.resolve("speech.said"), "She said so.");
        Path quiet = Files.writeString(dir.resolve("quiet.said"), "Nothing here.");
        CaseFile caseFile = CaseFiles.newCase("A case");
        caseFile.getClaims().add(CaseFactory.eINSTANCE.createClaim());
        Path out = dir.resolve("count.txt");
        try (Contributions plugin = Contributions.add(WellBehaved.class, """
                <extension point="org.factcheck.core.importers">
                   <importer id="%s" name="Said" class="org.factcheck.testing.plugins.WellBehaved"
                         mediaType="text/x-said" fileExtensions="said"/>
                </extension>
                <extension point="org.factcheck.core.exporters">
                   <exporter id="%s" name="Claim count" format="count" class="org.factcheck.testing.plugins.WellBehaved"
                         mediaType="text/plain" fileExtension="txt"/>
                </extension>""".formatted(importer, exporter))) {
            int created = WellBehaved.CREATED.get();
            Contributions.waitUntil("the importer and the exporter are listed",
                    () -> importers.forExtension("said").isPresent() && exporters.forFormat("count").isPresent());
            assertEquals(importer, importers.forExtension("SAID").orElseThrow().id());
            assertEquals(created, WellBehaved.CREATED.get(), "listing them loaded neither");

            Document imported = importers.importFile(article);
            assertEquals("She said so.", imported.getText());
            assertEquals("text/x-said", imported.getMediaType());
            ImportException refused = assertThrows(ImportException.class, () -> importers.importFile(quiet));
            assertEquals("“quiet.said” says nothing: the word “said” is not in it.", refused.getMessage(),
                    "the importer's own message for a file it cannot read");
            assertTrue(importers.forExtension("said").isPresent(), "a declared failure does not disable it");

            ExporterDescriptor count = exporters.forFormat("count").orElseThrow();
            exporters.exportToFile(count, caseFile, null, Map.of(), out);
            assertEquals("1 claims\n", Files.readString(out));
            ExportException empty = assertThrows(ExportException.class,
                    () -> exporters.exportToFile(count, CaseFiles.newCase("Empty"), null, Map.of(), out));
            assertEquals("The case has no claims to count.", empty.getMessage());
            assertEquals("1 claims\n", Files.readString(out), "the previous export is untouched");
            assertTrue(exporters.forFormat("count").isPresent());
            assertEquals(created + 2, WellBehaved.CREATED.get(), "each was created once, when first used");
            assertEquals(List.of(), heard);
        }
        Contributions.waitUntil("they are gone",
                () -> importers.forExtension("said").isEmpty() && exporters.forFormat("count").isEmpty());
        assertEquals("text/plain", importers.importFile(article).getMediaType(),
                "with the bundle gone, a .said file is read by the built-in importer of its content");
    }

    @Test
    void aThrowingImporterIsDisabledAfterOneFailureAndTheBuiltInOneTakesOver() throws Exception {
        ArticleImporters importers = ArticleImporters.getDefault();
        importers.descriptors();
        String id = "org.factcheck.testing.importers.throws";
        Path text = Files.writeString(dir.resolve("article.txt"), "A plain article.\n");
        try (Contributions plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.importers">
                   <importer id="%s" name="Throws" class="org.factcheck.testing.plugins.ThrowingEverywhere"
                         mediaType="text/plain" fileExtensions="txt" priority="10"/>
                </extension>""".formatted(id))) {
            Contributions.waitUntil("the importer is chosen for .txt",
                    () -> importers.forExtension("txt").map(ImporterDescriptor::id).orElse("").equals(id));
            ImportException fault = assertThrows(ImportException.class, () -> importers.importFile(text));
            assertTrue(fault.getMessage().contains("fault in the importer “Throws” (" + TESTING + ")")
                    && fault.getMessage().contains("IllegalStateException: importer bug")
                    && fault.getMessage().contains("nothing was added"), fault.getMessage());
            assertEquals(1, heard.size(), heard.toString());
            assertEquals(TESTING, heard.get(0).bundleId());
            assertEquals(ContributionFailure.Kind.THREW, heard.get(0).kind());
            assertFalse(importers.descriptors().stream().anyMatch(d -> d.id().equals(id)), "disabled for the session");

            Document plain = importers.importFile(text);
            assertEquals("A plain article.\n", plain.getText(), "the built-in importer reads .txt again");
            assertEquals(1, heard.size(), "reported once");
        }
    }

    @Test
    void aThrowingOrEmptyExporterIsDisabledAndLeavesTheOutputAsItWas() throws Exception {
        Exporters exporters = Exporters.getDefault();
        exporters.descriptors();
        CaseFile caseFile = CaseFiles.newCase("A case");
        Path out = Files.writeString(dir.resolve("out.txt"), "previous");
        try (Contributions plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.exporters">
                   <exporter id="org.factcheck.testing.exporters.throws" name="Throws" format="throws"
                         class="org.factcheck.testing.plugins.ThrowingEverywhere" mediaType="text/plain" fileExtension="txt"/>
                   <exporter id="org.factcheck.testing.exporters.empty" name="Empty" format="empty"
                         class="org.factcheck.testing.plugins.GarbageEverywhere" mediaType="text/plain" fileExtension="txt"/>
                   <exporter id="org.factcheck.testing.exporters.missing" name="Missing" format="missing"
                         class="org.example.DoesNotExist" mediaType="text/plain" fileExtension="txt"/>
                </extension>""")) {
            Contributions.waitUntil("the exporters are listed", () -> exporters.forFormat("missing").isPresent());
            for (String format : List.of("throws", "empty", "missing")) {
                ExporterDescriptor descriptor = exporters.forFormat(format).orElseThrow();
                ExportException e = assertThrows(ExportException.class,
                        () -> exporters.exportToFile(descriptor, caseFile, null, Map.of(), out));
                assertTrue(e.getMessage().contains("a fault of its plugin (" + TESTING + ")")
                        && e.getMessage().endsWith("Nothing was written."), e.getMessage());
                assertEquals("previous", Files.readString(out), format);
                assertEquals(List.of("out.txt"), listing(), "no temporary file is left: " + format);
                assertTrue(exporters.forFormat(format).isEmpty(), "disabled: " + format);
                ExportException again = assertThrows(ExportException.class,
                        () -> exporters.exportToFile(descriptor, caseFile, null, Map.of(), out));
                assertTrue(again.getMessage().contains("disabled for this session"), again.getMessage());
            }
            assertEquals(List.of(ContributionFailure.Kind.THREW, ContributionFailure.Kind.INVALID_RESULT,
                    ContributionFailure.Kind.NOT_CREATED), heard.stream().map(ContributionFailure::kind).toList());
            assertTrue(heard.get(0).message().contains("ClassCastException: exporter bug"), heard.get(0).message());
            assertTrue(heard.get(1).detail().contains("wrote nothing"), heard.get(1).detail());
            assertTrue(heard.stream().allMatch(f -> f.bundleId().equals(TESTING)
                    && f.extensionPoint().equals("org.factcheck.core.exporters")));
        }
    }

    @Test
    void aFaultyAnnotationImporterLeavesTheCaseAsItWas() throws Exception {
        AnnotationImporters annotations = AnnotationImporters.getDefault();
        annotations.descriptors();
        CaseFile caseFile = CaseFiles.newCase("A case");
        Document document = CaseFactory.eINSTANCE.createDocument();
        document.setText("She said so.");
        caseFile.getDocuments().add(document);
        Path throwing = Files.writeString(dir.resolve("notes.boom"), "{}");
        Path garbage = Files.writeString(dir.resolve("notes.garbage"), "{}");
        try (Contributions plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.importers">
                   <annotationImporter id="org.factcheck.testing.annotations.throws" name="Throws"
                         class="org.factcheck.testing.plugins.ThrowingEverywhere" fileExtensions="boom"/>
                   <annotationImporter id="org.factcheck.testing.annotations.garbage" name="Garbage"
                         class="org.factcheck.testing.plugins.GarbageEverywhere" fileExtensions="garbage"/>
                </extension>""")) {
            Contributions.waitUntil("the annotation importers are listed",
                    () -> annotations.forFile(garbage).isPresent() && annotations.forFile(throwing).isPresent());
            ImportException threw = assertThrows(ImportException.class, () -> annotations.importInto(throwing, caseFile));
            assertTrue(threw.getMessage().contains("NoSuchMethodError"), threw.getMessage());
            ImportException invalid = assertThrows(ImportException.class, () -> annotations.importInto(garbage, caseFile));
            assertTrue(invalid.getMessage().contains("outside the text"), invalid.getMessage());
            assertEquals(List.of(), document.getAnnotations(), "the case is unchanged");
            assertEquals(2, heard.size(), heard.toString());
            assertEquals(List.of(), annotations.descriptors().stream()
                    .filter(d -> d.id().startsWith("org.factcheck.testing")).toList());
            assertTrue(annotations.forFile(garbage).isPresent(),
                    "the file is still recognised as annotations, not imported as an article");
            ImportException again = assertThrows(ImportException.class, () -> annotations.importInto(garbage, caseFile));
            assertTrue(again.getMessage().contains("disabled for this session"), again.getMessage());
            assertEquals(2, heard.size(), "reported once each");
        }
        Contributions.waitUntil("they are gone", () -> annotations.forFile(garbage).isEmpty());
    }

    @Test
    void anExporterOrAnnotationImporterThatChangesTheCaseIsAFaultAndTheChangeIsUndone() throws Exception {
        Exporters exporters = Exporters.getDefault();
        exporters.descriptors();
        AnnotationImporters annotations = AnnotationImporters.getDefault();
        annotations.descriptors();
        CaseFile caseFile = CaseFiles.newCase("A case");
        Document document = CaseFactory.eINSTANCE.createDocument();
        document.setTitle("Peskov on the borders");
        document.setText("Peskov said the borders are still to be decided.");
        caseFile.getDocuments().add(document);
        org.eclipse.emf.ecore.resource.Resource resource = new org.factcheck.core.CaseResourceFactory()
                .createResource(org.eclipse.emf.common.util.URI.createFileURI(dir.resolve("a.factcase").toString()));
        resource.getContents().add(caseFile);
        String before = org.factcheck.core.merge.CaseDiff.describe(resource.getContents());
        Path out = Files.writeString(dir.resolve("out.txt"), "previous");
        Path notes = Files.writeString(dir.resolve("notes.meddle"), "{}");
        try (Contributions plugin = Contributions.add(MeddlingEverywhere.class, """
                <extension point="org.factcheck.core.exporters">
                   <exporter id="org.factcheck.testing.exporters.meddles" name="Meddles" format="meddles"
                         class="org.factcheck.testing.plugins.MeddlingEverywhere" mediaType="text/plain" fileExtension="txt"/>
                </extension>
                <extension point="org.factcheck.core.importers">
                   <annotationImporter id="org.factcheck.testing.annotations.meddles" name="Meddles"
                         class="org.factcheck.testing.plugins.MeddlingEverywhere" fileExtensions="meddle"/>
                </extension>""")) {
            Contributions.waitUntil("they are listed",
                    () -> exporters.forFormat("meddles").isPresent() && annotations.forFile(notes).isPresent());
            ExporterDescriptor descriptor = exporters.forFormat("meddles").orElseThrow();
            ExportException e = assertThrows(ExportException.class,
                    () -> exporters.exportToFile(descriptor, caseFile, null, Map.of(), out));
            assertTrue(e.getMessage().contains("a fault of its plugin (" + TESTING + ")")
                    && e.getMessage().contains("changed the case") && e.getMessage().endsWith("Nothing was written."),
                    e.getMessage());
            assertEquals("previous", Files.readString(out), "what it wrote may show its change: not kept");
            assertEquals(List.of("out.txt"), listing());
            assertEquals(before, org.factcheck.core.merge.CaseDiff.describe(resource.getContents()),
                    "the case is as it was: its title, and no made-up claim");
            assertEquals(List.of(resource.getContents().get(0)), List.of(caseFile));
            assertTrue(exporters.forFormat("meddles").isEmpty(), "disabled");

            ImportException i = assertThrows(ImportException.class, () -> annotations.importInto(notes, caseFile));
            assertTrue(i.getMessage().contains("changed the case") && i.getMessage().contains("nothing was added"),
                    i.getMessage());
            assertEquals("Peskov on the borders", document.getTitle(), "the importer's change is undone");
            assertEquals(before, org.factcheck.core.merge.CaseDiff.describe(resource.getContents()));
            assertEquals(List.of(ContributionFailure.Kind.INVALID_RESULT, ContributionFailure.Kind.INVALID_RESULT),
                    heard.stream().map(ContributionFailure::kind).toList(), "each reported once");
        }
    }

    private List<String> listing() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("out") || n.startsWith(".out"))
                    .sorted().toList();
        }
    }
}
