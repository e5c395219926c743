package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.importers.AnnotationImporters;
import org.factcheck.core.importers.ImportException;
import org.factcheck.model.CaseFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that JSON-LD processors reject ("invalid local context", "invalid @id value", "invalid type value") are
 * refused with a message saying what and where, and change nothing; the forms the JSON-LD 1.1 syntax allows are
 * read.
 */
class JsonLdStructureTest {

    private static final String TARGET = """
            "target": {"source": "https://news.example/borders", "selector": {"type": "TextQuoteSelector",
              "exact": "the borders would be clarified"}}""";

    @TempDir
    Path temp;

    private CaseFile caseFile;

    @BeforeEach
    void article() throws Exception {
        caseFile = ImportedAnnotationPlacementTest
                .caseWith("Borders\n\nPeskov said the borders would be clarified with the local population.\n");
    }

    @Test
    void aNumberAsContextIsRefused() throws Exception {
        String message = refused("{\"@context\": 42, \"id\": \"urn:x:1\", \"type\": \"Annotation\", " + TARGET + "}");
        assertEquals("“" + temp.resolve("file.jsonld") + "” is not valid JSON-LD: “@context” at /@context is a number "
                + "(42), but JSON-LD allows only an IRI string, an object or an array of these there. Nothing was imported.",
                message);
    }

    @Test
    void aContextListWithANumberOrANestedListIsRefused() throws Exception {
        assertTrue(refused("{\"@context\": [\"http://www.w3.org/ns/anno.jsonld\", 7], \"type\": \"Annotation\", "
                + TARGET + "}").contains("“@context” at /@context is an array"));
        assertTrue(refused("{\"@context\": [[]], \"type\": \"Annotation\", " + TARGET + "}")
                .contains("“@context” at /@context is an array"));
        assertTrue(refused("{\"@context\": true, \"type\": \"Annotation\", " + TARGET + "}")
                .contains("is a boolean (true)"));
    }

    @Test
    void idsThatAreNotStringsAreRefusedWhereverTheyAre() throws Exception {
        assertTrue(refused("{\"id\": 17, \"type\": \"Annotation\", " + TARGET + "}").contains("“id” at /id is a number (17)"));
        String nested = refused("{\"type\": \"AnnotationPage\", \"items\": [{\"type\": \"Annotation\", \"body\": "
                + "{\"@id\": {\"x\": 1}}, " + TARGET + "}]}");
        assertTrue(nested.contains("“@id” at /items/0/body/@id is an object ({\"x\":1})"), nested);
    }

    @Test
    void typesThatAreNotStringsAreRefused() throws Exception {
        assertTrue(refused("{\"type\": {\"name\": \"Annotation\"}, " + TARGET + "}")
                .contains("“type” at /type is an object"));
        assertTrue(refused("{\"type\": [\"Annotation\", 3], " + TARGET + "}")
                .contains("a string or an array of strings"));
    }

    @Test
    void everyFormOfContextTheSyntaxAllowsIsRead() throws Exception {
        for (String context : new String[] { "\"http://www.w3.org/ns/anno.jsonld\"", "null",
            "{\"oa\": \"http://www.w3.org/ns/oa#\", \"id\": {\"@id\": \"@id\", \"@type\": \"@id\"}}",
            "[\"http://www.w3.org/ns/anno.jsonld\", {\"fc\": \"urn:fc#\"}, null]" }) {
            Path file = write("{\"@context\": " + context + ", \"id\": \"urn:x:" + context.length()
                    + "\", \"type\": [\"Annotation\"], " + TARGET + "}");
            assertEquals(1, AnnotationImporters.getDefault().importInto(file, caseFile).spans().size(), context);
            caseFile.getDocuments().get(0).getAnnotations().clear();
        }
    }

    @Test
    void deeplyNestedJsonGivesAClearMessage() throws Exception {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String message = refused(deep);
        assertTrue(message.startsWith("“" + temp.resolve("file.jsonld") + "” is not valid JSON"), message);
        assertTrue(message.contains("nesting depth"), message);
        assertFalse(message.contains("NullPointerException"), message);
    }

    private String refused(String json) throws Exception {
        Path file = write(json);
        ImportException e = assertThrows(ImportException.class, () -> AnnotationImporters.getDefault().importInto(file, caseFile));
        assertEquals(0, CaseFiles.allSpans(caseFile).count(), "nothing was imported");
        return e.getMessage();
    }

    private Path write(String json) throws Exception {
        return Files.write(temp.resolve("file.jsonld"), json.getBytes(StandardCharsets.UTF_8));
    }
}
