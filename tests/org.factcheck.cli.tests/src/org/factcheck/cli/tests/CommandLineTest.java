package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;

import org.factcheck.cli.tests.Factcheck.Result;
import org.factcheck.core.CaseFiles;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factcheck} as a process on a copy of the demo: help, exit codes, messages on standard error naming the
 * file and the reason, and no partial output after a failure. The display is unset: the command line is headless.
 */
class CommandLineTest {

    @TempDir
    Path temp;

    private Path demo;

    @BeforeEach
    void copyDemo() throws Exception {
        demo = DemoCase.copyTo(temp.resolve("demo"));
    }

    @Test
    void helpListsCommandsFormatsAndExitCodes() throws Exception {
        List<Result> r = Factcheck.runAll(List.of("--help"), List.of("export", "--help"), List.of("frobnicate"));
        Result help = r.get(0);
        assertEquals(0, help.exitCode(), help.toString());
        assertTrue(help.out().startsWith("Usage: factcheck COMMAND"), help.toString());
        for (String expected : List.of("validate", "export", "import", "stats", "Exit codes:", "3  input error")) {
            assertTrue(help.out().contains(expected), expected);
        }
        Result export = r.get(1);
        assertEquals(0, export.exitCode(), export.toString());
        for (String format : List.of("claimreview", "w3c", "aif", "graphml", "dot", "csv", "html")) {
            assertTrue(export.out().contains("\n  " + format + " "), format + " is listed\n" + export);
        }
        assertTrue(export.out().contains("--publisher (required)"), export.toString());
        assertEquals("", export.err());
        Result unknown = r.get(2);
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().startsWith("factcheck: unknown command “frobnicate”."), unknown.toString());
        assertEquals("", unknown.out());
    }

    @Test
    void validatePassesTheDemoAndFailsASpanThatNoLongerFits() throws Exception {
        Path broken = temp.resolve("broken.factcase");
        Files.writeString(broken, Files.readString(demo).replace("exact=\"There is no contradiction here\"",
                "exact=\"There is a contradiction here\""));
        List<Result> r = Factcheck.runAll(List.of("validate", demo.toString()), List.of("validate", broken.toString()),
                List.of("validate", temp.toString()));
        assertEquals(0, r.get(0).exitCode(), r.get(0).toString());
        assertEquals(demo + ": 0 errors, 0 warnings.\n", r.get(0).out());
        Result errors = r.get(1);
        assertEquals(1, errors.exitCode(), errors.toString());
        assertTrue(errors.out().contains(broken + ": error: span “There is a contradiction here” in document “Kremlin vows "
                + "to retake Ukrainian areas where Russia has retreated”: its offsets select “There is no contradiction here”, "
                + "not the quoted text."), errors.toString());
        assertTrue(errors.out().endsWith(broken + ": 1 error, 0 warnings.\n"), errors.toString());
        Result folder = r.get(2);
        assertEquals(3, folder.exitCode(), folder.toString());
        assertEquals("factcheck validate: Cannot open the case file “" + temp + "”: it is a folder, not a case file.\n",
                folder.err());
    }

    @Test
    void validateReportsTheConsistencyAnalysisAndFailsOnlyOnItsErrors() throws Exception {
        Path contradictory = variant("contradictory", c -> {
            // rated true although the claim rated True contradicts it (and all its evidence refutes it)
            claim(c, "Kherson remains under the control").setVerdict(claim(c, "Russian forces have been forced").getVerdict());
        });
        Path circular = variant("circular", c -> {
            // the demo has "In a number of new regions …" supports "The annexed regions will be …"; now also back
            ClaimRelation back = CaseFactory.eINSTANCE.createClaimRelation();
            back.setId("relation-back");
            back.setSource(claim(c, "The annexed regions will be with Russia forever"));
            back.setTarget(claim(c, "In a number of new regions"));
            back.setKind(CaseFiles.kind(c, CaseFiles.SUPPORTS));
            c.getRelations().add(back);
        });
        List<Result> r = Factcheck.runAll(List.of("validate", contradictory.toString()), List.of("validate", circular.toString()));

        Result errors = r.get(0);
        assertEquals(1, errors.exitCode(), errors.toString());
        assertTrue(errors.out().contains(contradictory + ": error: claims “Russian forces have been forced to retreat in some "
                + "areas of…” and “Kherson remains under the control of the Russian Federation.”: “Russian forces have been "
                + "forced to retreat in some areas of…” (True) contradicts “Kherson remains under the control of the Russian "
                + "Federation.” (True), yet both are rated true: at most one of them can be.\n"), errors.toString());
        assertTrue(errors.out().contains(contradictory + ": error: claim “Kherson remains under the control of the Russian "
                + "Federation.”: “Kherson remains under the control of the Russian Federation.” is rated True, but its "
                + "evidence only refutes it (2 refuting, none supporting).\n"), errors.toString());
        assertTrue(errors.out().endsWith(contradictory + ": 2 errors, 0 warnings.\n"), errors.toString());
        assertEquals("", errors.err(), "the problems are the command's output, not a failure of the command");

        Result warnings = r.get(1);
        assertEquals(0, warnings.exitCode(), "warnings alone pass: " + warnings);
        assertTrue(warnings.out().startsWith(circular + ": warning: claims “"), warnings.toString());
        assertTrue(warnings.out().contains(" support one another in a circle: that support adds no weight to any of them.\n"),
                warnings.toString());
        assertTrue(warnings.out().endsWith(circular + ": 0 errors, 1 warning.\n"), warnings.toString());
        assertEquals("", warnings.err());
    }

    /** A copy of the demo, changed and saved as the workbench would save it. */
    private Path variant(String name, Consumer<CaseFile> change) throws Exception {
        Path file = DemoCase.copyTo(temp.resolve(name));
        Resource resource = CaseStore.load(Fixtures.resourceSet(), file);
        change.accept((CaseFile) resource.getContents().get(0));
        CaseStore.save(resource, file);
        return file;
    }

    private static Claim claim(CaseFile c, String start) {
        return c.getClaims().stream().filter(x -> x.getStatement().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void exportWritesTheFileOrNothing() throws Exception {
        Path reviews = temp.resolve("reviews.jsonld");
        Path missingOption = temp.resolve("missing.jsonld");
        Path folder = Files.createDirectory(temp.resolve("out"));
        List<Result> r = Factcheck.runAll(
                List.of("export", "--format", "claimreview", demo.toString(), "-o", reviews.toString(), "--publisher",
                        "Example Newsroom", "--review-url-base", "https://example.org/checks/"),
                List.of("export", "--format", "claimreview", demo.toString(), "-o", missingOption.toString()),
                List.of("export", "--format", "graphml", demo.toString(), "-o", folder.toString()));
        assertEquals(0, r.get(0).exitCode(), r.get(0).toString());
        CaseFile demoCase = (CaseFile) CaseStore.load(Fixtures.resourceSet(), demo).getContents().get(0);
        long tooLong = demoCase.getClaims().stream().filter(c -> c.getVerdict() != null)
                .filter(c -> c.getStatement().codePointCount(0, c.getStatement().length()) > 75).count();
        assertTrue(tooLong > 0, "the demo has claims longer than Google recommends");
        List<String> lines = r.get(0).out().lines().toList();
        assertEquals(tooLong + 1, lines.size(), r.get(0).out());
        lines.subList(0, lines.size() - 1).forEach(line -> assertTrue(line.startsWith("Warning: ClaimReview: the claim “")
                && line.contains("Google recommends at most 75"), line));
        assertEquals("Wrote " + reviews + " (ClaimReview (schema.org JSON-LD)), with " + tooLong + " warnings.",
                lines.get(lines.size() - 1), "warnings do not fail the export");
        String json = Files.readString(reviews);
        assertTrue(json.startsWith("[ {\n  \"@context\" : \"https://schema.org\",\n  \"@type\" : \"ClaimReview\""), json);
        assertEquals(5, json.split("\"@type\" : \"ClaimReview\"").length - 1, "one review per claim with a verdict");

        assertEquals(2, r.get(1).exitCode(), r.get(1).toString());
        assertTrue(r.get(1).err().startsWith("factcheck export: The format “claimreview” needs the option “publisher”"),
                r.get(1).toString());
        assertFalse(Files.exists(missingOption));

        assertEquals(4, r.get(2).exitCode(), r.get(2).toString());
        assertEquals("factcheck export: “" + folder + "” is a folder; give the name of the file to write.\n", r.get(2).err());
        assertEquals(List.of(), Files.list(folder).toList());
    }

    @Test
    void badAnnotationFilesLeaveTheCaseAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(demo);
        Path malformed = Files.writeString(temp.resolve("malformed.jsonld"), "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n \"type\": \"Annotation\",");
        Path elsewhere = Files.writeString(temp.resolve("elsewhere.jsonld"), """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:example:a1", "type": "Annotation",
                 "target": {"source": "https://example.org/other", "selector": {"type": "TextQuoteSelector",
                   "exact": "The Kremlin announced that the borders are final"}}}
                """);
        Path folder = Files.createDirectory(temp.resolve("annotations.jsonld"));
        List<Result> r = Factcheck.runAll(List.of("import", malformed.toString(), "--into", demo.toString()),
                List.of("import", elsewhere.toString(), "--into", demo.toString()),
                List.of("import", folder.toString(), "--into", demo.toString()));
        for (Result result : r) {
            assertEquals(3, result.exitCode(), result.toString());
            assertEquals("", result.out());
            assertTrue(result.err().endsWith("The case “" + demo + "” was not changed.\n"), result.toString());
        }
        assertTrue(r.get(0).err().startsWith("factcheck import: “" + malformed + "” is not valid JSON (line 2, column "), r.get(0).err());
        assertTrue(r.get(1).err().contains("the annotation urn:example:a1 quotes “The Kremlin announced that the borders "
                + "are final”, which does not occur in any document of the case."), r.get(1).err());
        assertTrue(r.get(2).err().contains("is a folder, not an annotation file."), r.get(2).err());
        assertArrayEquals(before, Files.readAllBytes(demo));
        assertEquals(List.of("articles", "kremlin-borders.factcase"),
                Files.list(demo.getParent()).map(p -> p.getFileName().toString()).sorted().toList(), "no .bak, no .tmp");
    }

    @Test
    void importAddsAnArticleAndReimportedAnnotationsAreNotDuplicated() throws Exception {
        Path article = Files.writeString(temp.resolve("statement.html"), """
                <html lang="en"><head><title>Kremlin statement</title>
                <link rel="canonical" href="https://news.example.org/kremlin-statement"></head>
                <body><article><p>Peskov said the borders would be clarified later.</p></article></body></html>
                """, StandardCharsets.UTF_8);
        Path annotations = temp.resolve("annotations.jsonld");
        List<Result> r = Factcheck.runAll(List.of("import", article.toString(), "--into", demo.toString()),
                List.of("export", "-f", "w3c", DemoCase.file().toString(), "-o", annotations.toString()));
        assertEquals(0, r.get(0).exitCode(), r.get(0).toString());
        assertEquals(article + ": article “Kremlin statement” added (49 characters).\nSaved " + demo + ".\n", r.get(0).out());
        assertTrue(Files.exists(demo.resolveSibling(DemoCase.FILE_NAME + ".bak")), "the previous version is kept");
        assertEquals(0, r.get(1).exitCode(), r.get(1).toString());

        List<Result> after = Factcheck.runAll(List.of("import", annotations.toString(), "--into", demo.toString()),
                List.of("stats", demo.toString()));
        assertEquals(0, after.get(0).exitCode(), after.get(0).toString());
        assertEquals(annotations + ": 0 annotations added to 0 documents; 21 already present.\nNothing new: " + demo
                + " was not changed.\n", after.get(0).out());
        assertTrue(after.get(1).out().contains("\n  Documents      5  "), after.get(1).toString());
    }
}
