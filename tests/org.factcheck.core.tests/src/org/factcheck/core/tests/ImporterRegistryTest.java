package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.importers.ImporterDescriptor;
import org.factcheck.core.internal.importers.BuiltInImporters;
import org.factcheck.core.internal.importers.HtmlImporter;
import org.factcheck.core.internal.importers.ImporterRegistry;
import org.factcheck.core.internal.importers.PlainTextImporter;
import org.factcheck.model.Document;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterRegistryTest {

    @TempDir
    Path dir;

    private static List<String> ids(List<ImporterDescriptor> descriptors) {
        return descriptors.stream().map(ImporterDescriptor::id).toList();
    }

    @Test
    void registryHasTheBuiltInAndTheContributedImporters() {
        List<ImporterDescriptor> descriptors = ArticleImporters.getDefault().descriptors();
        assertEquals(List.of("org.factcheck.core.tests.upper", BuiltInImporters.HTML_ID, BuiltInImporters.TEXT_ID),
                ids(descriptors), "highest priority first, then by id; the broken contribution is ignored");
        ImporterDescriptor test = descriptors.get(0);
        assertEquals("Upper-case test format", test.name());
        assertEquals("text/x-factcheck-test", test.mediaType());
        assertEquals(List.of("fctest"), test.fileExtensions());
        assertEquals(7, test.priority());
    }

    @Test
    void pluginXmlAndTheBuiltInFallbackAgree() {
        List<ImporterDescriptor> registered = ArticleImporters.getDefault().descriptors().stream()
                .filter(d -> d.id().startsWith("org.factcheck.core.importers.")).toList();
        List<ImporterDescriptor> builtIn = new ArticleImporters(BuiltInImporters.descriptors()).descriptors();
        assertEquals(builtIn.size(), registered.size());
        for (int i = 0; i < builtIn.size(); i++) {
            assertEquals(builtIn.get(i).toString(), registered.get(i).toString());
        }
    }

    @Test
    void builtInImportersAreCreatedFromTheRegistry() throws ImportException {
        ArticleImporters importers = ArticleImporters.getDefault();
        assertInstanceOf(PlainTextImporter.class, importers.forExtension("TXT").orElseThrow().importer());
        assertInstanceOf(HtmlImporter.class, importers.forExtension("htm").orElseThrow().importer());
        assertTrue(importers.forExtension("docx").isEmpty());
    }

    @Test
    void contributedImporterIsUsedForItsExtension() throws Exception {
        Document d = ArticleImporters.getDefault().importFile(Fixtures.write(dir, "sample.FCTEST", "shout \r\n"));
        assertEquals("SHOUT\n", d.getText());
        assertEquals("text/x-factcheck-test", d.getMediaType());
        assertEquals("upper", d.getTitle());
    }

    @Test
    void higherPriorityWinsAnExtension() throws Exception {
        ImporterDescriptor low = new ImporterDescriptor("a.low", "Low", "text/plain", List.of("txt"), 0,
                PlainTextImporter::new);
        ImporterDescriptor high = new ImporterDescriptor("z.high", "High", "text/x-upper", List.of("TXT"), 5,
                org.factcheck.core.tests.UpperCaseImporter::new);
        ArticleImporters importers = new ArticleImporters(List.of(low, high));
        assertEquals("z.high", importers.forExtension("txt").orElseThrow().id());
        Document d = importers.importArticle(new ArticleInput(null, "quiet".getBytes(), "q.txt", Optional.empty()));
        assertEquals("QUIET", d.getText());
    }

    @Test
    void importerThatCannotBeCreatedGivesAClearMessage() {
        ImporterDescriptor broken = new ImporterDescriptor("x.broken", "Broken", "text/plain", List.of("txt"), 0,
                () -> {
                    throw new ClassNotFoundException("com.example.Missing");
                });
        ArticleImporters importers = new ArticleImporters(List.of(broken));
        ImportException e = assertThrows(ImportException.class,
                () -> importers.importArticle(new ArticleInput(null, "x".getBytes(), "a.txt", Optional.empty())));
        assertTrue(e.getMessage().contains("“Broken” (x.broken) could not be started")
                && e.getMessage().contains("com.example.Missing"), e.getMessage());
    }

    @Test
    void contributionAttributesAreParsedLeniently() {
        ImporterDescriptor d = ImporterRegistry.descriptor("test", " my.id ", "Markdown", "text/markdown",
                ".MD, markdown,, ", "not a number", PlainTextImporter::new);
        assertEquals("my.id", d.id());
        assertEquals(List.of("md", "markdown"), d.fileExtensions());
        assertEquals(0, d.priority());
        assertEquals(null, ImporterRegistry.descriptor("test", "id", "name", null, "md", null, PlainTextImporter::new));
    }
}
