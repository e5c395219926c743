package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.importers.AnnotationImporters;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.text.CodePoints;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing W3C (and Hypothesis) annotations into a case: the demo's export lands on the same spans of a fresh
 * copy of the articles; quotes re-anchor where positions disagree; bad files change nothing.
 */
class WebAnnotationImportTest {

    @TempDir
    Path temp;

    private CaseFile fresh;

    @BeforeEach
    void freshCopyOfTheArticles() throws Exception {
        fresh = CaseFiles.newCase("Fresh");
        for (Path article : DemoCase.articles()) {
            CaseFiles.addDocument(fresh, ArticleImporters.getDefault().importFile(article));
        }
    }

    @Test
    void demoExportReimportedIntoFreshArticlesGivesTheSameSpans() throws Exception {
        CaseFile demo = Demo.load();
        demo.getDocuments().get(1).getAnnotations().get(0).setNote("Translated from German.\nCheck the original.");
        Path file = write("demo.jsonld", Demo.export("w3c", demo, Map.of()));

        AnnotationPlacement placement = AnnotationImporters.getDefault().importInto(file, fresh);

        assertEquals(0, placement.movedCount());
        for (int d = 0; d < demo.getDocuments().size(); d++) {
            List<TextSpan> expected = demo.getDocuments().get(d).getAnnotations();
            List<TextSpan> actual = fresh.getDocuments().get(d).getAnnotations();
            assertEquals(expected.size(), actual.size(), "document " + d);
            for (int i = 0; i < expected.size(); i++) {
                TextSpan e = expected.get(i);
                TextSpan a = actual.get(i);
                assertEquals(List.of(e.getStart(), e.getEnd()), List.of(a.getStart(), a.getEnd()));
                assertEquals(List.of(e.getExact(), e.getPrefix(), e.getSuffix(), e.getKind(), e.getAuthor()),
                        List.of(a.getExact(), a.getPrefix(), a.getSuffix(), a.getKind(), a.getAuthor()));
                assertEquals(e.getCreated(), a.getCreated());
                assertEquals(e.getNote(), a.getNote());
                assertEquals(AnchorStatus.ANCHORED, a.getAnchorStatus());
            }
        }

        AnnotationPlacement again = AnnotationImporters.getDefault().importInto(file, fresh);
        assertEquals(0, again.spans().size(), "importing twice adds nothing");
        assertEquals(placement.spans().size(), again.alreadyPresent());
    }

    @Test
    void hypothesisAnnotationsWithOtherPositionsAreReanchoredByQuote() throws Exception {
        Document insider = fresh.getDocuments().get(0);
        String quote = "But Russia does not even control all four territories in full.";
        int start = CodePoints.toCodePointOffset(insider.getText(), insider.getText().indexOf(quote));
        String json = """
                {"total": 2, "rows": [
                  {"id": "h1", "uri": "https://www.businessinsider.com/some-article", "user": "acct:checker@hypothes.is",
                   "created": "2026-11-20T09:30:00.000000+00:00", "text": "Key admission", "tags": ["borders"],
                   "target": [{"source": "https://www.businessinsider.com/some-article", "selector": [
                     {"type": "RangeSelector", "startContainer": "/div[1]/p[5]", "startOffset": 0, "endContainer": "/div[1]/p[5]", "endOffset": 63},
                     {"type": "TextPositionSelector", "start": %d, "end": %d},
                     {"type": "TextQuoteSelector", "exact": "%s", "prefix": "that were held in late September.\\n", "suffix": " According to multiple reports"}]}]},
                  {"id": "h2", "uri": "https://www.businessinsider.com/some-article", "user": "acct:checker@hypothes.is",
                   "text": "Line breaks differ from the page",
                   "target": [{"source": "https://www.businessinsider.com/some-article", "selector": [
                     {"type": "TextQuoteSelector", "exact": "Russia  does not\\neven control"}]}]}
                ]}""".formatted(start + 40, start + 40 + quote.length(), quote);
        Path file = write("hypothesis.json", json.getBytes(StandardCharsets.UTF_8));

        AnnotationPlacement placement = AnnotationImporters.getDefault().importInto(file, fresh);

        assertEquals(2, placement.spans().size());
        assertEquals(2, placement.movedCount());
        TextSpan first = placement.spans().get(0).span();
        assertEquals(insider, first.getDocument());
        assertEquals(start, first.getStart());
        assertEquals(quote, first.coveredText());
        assertEquals(AnchorStatus.ANCHORED, first.getAnchorStatus());
        assertEquals("Key admission\n\nTags: borders\n\nFrom Hypothesis annotation h1 "
                + "(https://www.businessinsider.com/some-article).", first.getNote(), "tags and provenance are kept");
        assertEquals("acct:checker@hypothes.is", first.getAuthor());
        assertEquals(SpanKind.NOTE, first.getKind());
        TextSpan second = placement.spans().get(1).span();
        assertEquals("Russia does not even control", second.coveredText());
        assertEquals(AnchorStatus.FUZZY, second.getAnchorStatus(), "found only with white space relaxed");
    }

    @Test
    void aRepeatedQuoteIsFoundByTheWordsAroundIt() throws Exception {
        Document insider = fresh.getDocuments().get(0);
        String text = insider.getText();
        int second = text.indexOf("Peskov said Moscow will recognize");
        assertTrue(text.indexOf("Peskov said") < second, "the quote occurs earlier too");
        String json = """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:example:p", "type": "Annotation",
                 "target": {"source": "https://example.org/elsewhere", "selector": [
                   {"type": "TextQuoteSelector", "exact": "Peskov said", "prefix": "According to multiple reports, ",
                    "suffix": " Moscow will recognize"},
                   {"type": "TextPositionSelector", "start": 3, "end": 14}]}}""";
        AnnotationPlacement placement = AnnotationImporters.getDefault()
                .importInto(write("repeated.jsonld", json.getBytes(StandardCharsets.UTF_8)), fresh);
        TextSpan span = placement.spans().get(0).span();
        assertEquals(CodePoints.toCodePointOffset(text, second), span.getStart(), "the occurrence the context names");
        assertEquals("Peskov said", span.coveredText());
        assertEquals(AnchorStatus.ANCHORED, span.getAnchorStatus());
        assertTrue(placement.spans().get(0).moved());
    }

    @Test
    void hypothesisClientExportIsRead() throws Exception {
        String json = """
                {"export_date": "2026-11-20T10:00:00.000Z", "export_userid": "acct:checker@hypothes.is",
                 "client_version": "1.1500.0", "annotations": [
                  {"id": "h3", "uri": "https://example.org/retake", "text": "Contradicts the annexation law?", "tags": [],
                   "target": [{"source": "https://example.org/retake", "selector": [
                     {"type": "TextQuoteSelector", "exact": "There is no contradiction here", "prefix": "\\"", "suffix": "\\""}]}]}]}""";
        AnnotationPlacement placement = AnnotationImporters.getDefault()
                .importInto(write("hypothesis-export.json", json.getBytes(StandardCharsets.UTF_8)), fresh);
        assertEquals(1, placement.spans().size());
        assertEquals(fresh.getDocuments().get(2), placement.spans().get(0).document());
        assertEquals("Contradicts the annexation law?\n\nFrom Hypothesis annotation h3 (https://example.org/retake).",
                placement.spans().get(0).span().getNote());
    }

    @Test
    void hypothesisDisplayNameTagsTitleAndIdAreKept() throws Exception {
        String json = """
                {"rows": [{"id": "Xy9-abc", "uri": "https://example.org/retake", "user": "acct:jdoe@hypothes.is",
                  "user_info": {"display_name": "Jane Doe"}, "text": "", "tags": ["retake", " Kherson "],
                  "document": {"title": ["Kremlin vows to retake Ukrainian areas"]},
                  "target": [{"source": "https://example.org/retake", "selector": [
                    {"type": "TextQuoteSelector", "exact": "There is no contradiction here"}]}]}]}""";
        TextSpan span = AnnotationImporters.getDefault()
                .importInto(write("rows.json", json.getBytes(StandardCharsets.UTF_8)), fresh).spans().get(0).span();
        assertEquals("Jane Doe", span.getAuthor(), "the display name rather than the account");
        assertEquals("Tags: retake, Kherson\n\nFrom Hypothesis annotation Xy9-abc on “Kremlin vows to retake Ukrainian "
                + "areas” (https://example.org/retake).", span.getNote());
    }

    @Test
    void identifyingBodiesMakeTheSpansAppearancesOfTheirClaimsAgain() throws Exception {
        CaseFile demo = Demo.load();
        Path file = write("demo.jsonld", Demo.export("w3c", demo, Map.of()));
        Document retake = demo.getDocuments().get(2);
        List<TextSpan> removed = List.copyOf(retake.getAnnotations());
        demo.getClaims().forEach(c -> c.getAppearances().removeAll(removed));
        demo.getClaims().forEach(c -> c.getEvidence().forEach(e -> {
            if (removed.contains(e.getSpan())) {
                e.setSpan(null);
            }
        }));
        retake.getAnnotations().clear();
        Claim retaken = demo.getClaims().stream().filter(c -> c.getStatement().startsWith("The annexed regions will be"))
                .findFirst().orElseThrow();
        assertEquals(0, retaken.getAppearances().size());

        AnnotationPlacement placement = AnnotationImporters.getDefault().importInto(file, demo);

        assertEquals(removed.size(), placement.spans().size(), "only the removed spans come back");
        assertEquals(List.of("They will be with Russia forever; they will be retaken", "certain territories will be retaken"),
                retaken.getAppearances().stream().map(TextSpan::getExact).toList());
        assertTrue(retaken.getAppearances().stream().allMatch(s -> s.getDocument() == retake));
    }

    @Test
    void malformedJsonChangesNothing() throws Exception {
        Path file = write("broken.jsonld", "[{\"type\": \"Annotation\", \"target\": ".getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> AnnotationImporters.getDefault().importInto(file, fresh));
        assertTrue(e.getMessage().startsWith("“" + file + "” is not valid JSON (line 1, column"), e.getMessage());
        assertEquals(0, spanCount());
    }

    @Test
    void annotationOnTextThatDoesNotExistChangesNothing() throws Exception {
        CaseFile demo = Demo.load();
        String export = Demo.exportText("w3c", demo, Map.of()).replace("There is no contradiction here",
                "Zelenskyy visited Kherson on Friday");
        Path file = write("edited.jsonld", export.getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> AnnotationImporters.getDefault().importInto(file, fresh));
        assertTrue(e.getMessage().contains("quotes “Zelenskyy visited Kherson on Friday”, which does not occur in "
                + "“Kremlin vows to retake Ukrainian areas where Russia has retreated”. Nothing was imported."), e.getMessage());
        assertEquals(0, spanCount(), "the annotations before the bad one were not added either");
    }

    @Test
    void annotationOnSlightlyDifferentWordsIsPlacedOnTheSimilarTextAndMarkedFuzzy() throws Exception {
        CaseFile demo = Demo.load();
        String export = Demo.exportText("w3c", demo, Map.of()).replace("There is no contradiction here",
                "There is a contradiction here");
        AnnotationPlacement placement = AnnotationImporters.getDefault()
                .importInto(write("edited.jsonld", export.getBytes(StandardCharsets.UTF_8)), fresh);
        List<TextSpan> fuzzy = placement.spans().stream().map(AnnotationPlacement.Placed::span)
                .filter(s -> s.getAnchorStatus() == AnchorStatus.FUZZY).toList();
        assertEquals(1, fuzzy.size(), "only the edited one needed relaxing");
        assertTrue(fuzzy.get(0).coveredText().startsWith("There is no contradiction"), fuzzy.get(0).coveredText());
    }

    @Test
    void notAnnotationsOrAFolderAreRefused() throws Exception {
        Path notAnnotations = write("other.json", "{\"name\": \"package\", \"version\": \"1.0\"}".getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class,
                () -> AnnotationImporters.getDefault().importInto(notAnnotations, fresh));
        assertTrue(e.getMessage().contains("is not an annotation"), e.getMessage());
        Path folder = Files.createDirectory(temp.resolve("folder.jsonld"));
        e = assertThrows(ImportException.class, () -> AnnotationImporters.getDefault().importInto(folder, fresh));
        assertTrue(e.getMessage().endsWith("is a folder, not an annotation file."), e.getMessage());
        assertEquals(0, spanCount());
    }

    private long spanCount() {
        return CaseFiles.allSpans(fresh).count();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(temp.resolve(name), bytes);
    }
}
