package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.anchoring.Anchorer;
import org.factcheck.core.importers.AnnotationImporters;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.core.importers.ImportException;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote matching is bounded: a quote longer than {@link Anchorer#MAX_QUOTE_LENGTH} is refused with the limit in the
 * message, and quotes up to the limit are searched for in time linear in the article (these cases took minutes with
 * the old quadratic matcher; how long they take now is measured by no test, only that they finish and are right).
 */
class LongQuoteTest {

    private static final String URI = "https://news.example/borders";

    @TempDir
    Path temp;

    @Test
    void aFiveMillionCharacterQuoteIsRefusedWithTheLimitAndNothingIsImported() throws Exception {
        CaseFile caseFile = ImportedAnnotationPlacementTest.caseWith("Borders\n\nPeskov said the borders would be clarified.\n");
        String quote = text(new Random(5), 5_000_000);
        Path file = new Hypothesis().quote("q1", URI, "Peskov said", "", "", -1, -1)
                .quote("long", URI, quote, "", "", -1, -1).write(temp.resolve("long.json"));

        ImportException e = assertThrows(ImportException.class,
                () -> AnnotationImporters.getDefault().importInto(file, caseFile));

        assertTrue(e.getMessage().contains("annotation long quotes 5,000,000 characters; quotes of at most 10,000 "
                + "characters can be placed. Nothing was imported."), e.getMessage());
        assertEquals(0, CaseFiles.allSpans(caseFile).count());
    }

    @Test
    void aQuoteAtTheLimitThatOccursNowhereIsReportedAsSuch() throws Exception {
        Random random = new Random(80_000);
        CaseFile caseFile = ImportedAnnotationPlacementTest.caseWith("Long\n\n" + text(random, 80_000),
                "Other\n\n" + text(random, 80_000));
        String quote = "Q" + text(random, Anchorer.MAX_QUOTE_LENGTH - 1);
        Path file = new Hypothesis().quote("absent", URI + "/elsewhere", quote, "", "", 40_000, 50_000)
                .write(temp.resolve("absent.json"));

        ImportException e = assertThrows(ImportException.class,
                () -> AnnotationImporters.getDefault().importInto(file, caseFile));

        assertTrue(e.getMessage().contains("annotation absent quotes “Q"), e.getMessage());
        assertTrue(e.getMessage().endsWith("which does not occur in any document of the case. Nothing was imported."),
                e.getMessage());
    }

    @Test
    void aQuoteAtTheLimitIsFoundInALongArticle() throws Exception {
        Random random = new Random(9);
        String before = text(random, 60_000);
        String quote = "Q" + text(random, Anchorer.MAX_QUOTE_LENGTH - 1).strip();
        CaseFile caseFile = ImportedAnnotationPlacementTest.caseWith("Long\n\n" + before + " " + quote + " "
                + text(random, 60_000));
        Path file = new Hypothesis().quote("present", URI, quote, "", "", 3, 5).write(temp.resolve("present.json"));

        AnnotationPlacement placement = AnnotationImporters.getDefault().importInto(file, caseFile);

        assertEquals(quote, placement.spans().get(0).span().coveredText());
        assertEquals(AnchorStatus.ANCHORED, placement.spans().get(0).span().getAnchorStatus());
    }

    /** Generated text of about {@code length} chars: words of the demo's vocabulary, lines of 80 chars. */
    private static String text(Random random, int length) {
        StringBuilder s = new StringBuilder(length + 20);
        int line = 0;
        while (s.length() < length) {
            String word = ImportedAnnotationPlacementTest.words(random, 1);
            s.append(word);
            line += word.length() + 1;
            s.append(line > 80 ? '\n' : ' ');
            line = line > 80 ? 0 : line;
        }
        s.setLength(length);
        return s.toString();
    }
}
