package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.importers.AnnotationImporters;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.model.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Hypothesis export mixes annotations of text with page notes and replies: the annotations of text are
 * imported, the others are skipped and reported, and the import succeeds.
 */
class HypothesisPageNotesTest {

    private static final String URI = "https://news.example/borders";
    private static final String TEXT = "Borders\n\nPeskov said the borders would be clarified with the local population.\n";

    @TempDir
    Path temp;

    @Test
    void pageNotesAndRepliesAreSkippedWithAReasonAndTheRestIsImported() throws Exception {
        CaseFile caseFile = ImportedAnnotationPlacementTest.caseWith(TEXT);
        Path file = new Hypothesis()
                .pageNote("n1", URI, "Whole article: check the date of the referendum.")
                .quote("q1", URI, "the borders would be clarified", "Peskov said ", " with the local", -1, -1)
                .reply("r1", URI, "q1", "Agreed, compare with the annexation law.")
                .quote("q2", URI, "local population", "with the ", ".", -1, -1)
                .write(temp.resolve("hypothesis-export.json"));

        AnnotationPlacement placement = AnnotationImporters.getDefault().importInto(file, caseFile);

        assertEquals(List.of("the borders would be clarified", "local population"),
                placement.spans().stream().map(p -> p.span().coveredText()).toList());
        assertEquals(2, CaseFiles.allSpans(caseFile).count(), "both annotations of text were added");
        assertEquals(List.of(new AnnotationPlacement.Skipped("annotation n1", "page note"),
                new AnnotationPlacement.Skipped("annotation r1", "reply")), placement.skipped());
        assertEquals("2 skipped because they select no text: annotation n1 (page note), annotation r1 (reply)",
                placement.skippedSummary());
    }

    @Test
    void aFileOfPageNotesOnlyImportsNothingAndSaysWhy() throws Exception {
        CaseFile caseFile = ImportedAnnotationPlacementTest.caseWith(TEXT);
        Path file = new Hypothesis().pageNote("n1", URI, "A note on the whole page.").write(temp.resolve("notes.json"));

        AnnotationPlacement placement = AnnotationImporters.getDefault().importInto(file, caseFile);

        assertEquals(0, placement.spans().size());
        assertEquals("1 skipped because it selects no text: annotation n1 (page note)", placement.skippedSummary());
        assertEquals(0, CaseFiles.allSpans(caseFile).count());
    }

    @Test
    void manySkippedAreCountedAndTheFirstFiveNamed() throws Exception {
        CaseFile caseFile = ImportedAnnotationPlacementTest.caseWith(TEXT);
        Hypothesis export = new Hypothesis();
        for (int i = 1; i <= 8; i++) {
            export.reply("r" + i, URI, "q0", "reply " + i);
        }
        AnnotationPlacement placement = AnnotationImporters.getDefault().importInto(export.write(temp.resolve("r.json")),
                caseFile);
        assertTrue(placement.skippedSummary().startsWith("8 skipped because they select no text: annotation r1 (reply), "),
                placement.skippedSummary());
        assertTrue(placement.skippedSummary().endsWith("annotation r5 (reply) and 3 more"), placement.skippedSummary());
    }
}
