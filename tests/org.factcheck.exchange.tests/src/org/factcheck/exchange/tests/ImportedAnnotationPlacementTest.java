package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.importers.AnnotationImporters;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.text.CodePoints;
import org.factcheck.core.text.Quotes;
import org.factcheck.exchange.internal.w3c.WebAnnotationImporter;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where imported annotations land when their quote occurs more than once: the quote and its context decide, the
 * recorded positions (which count a web page's DOM text, not the article) only break ties, and a place that needed
 * relaxing is marked fuzzy. Concrete news-page cases and seeded generated ones.
 */
class ImportedAnnotationPlacementTest {

    private static final String URI = "https://news.example/borders";
    private static final String QUOTE = "The regions will join within their administrative borders";
    private static final String[] WORDS = { "the", "regions", "borders", "will", "said", "Kremlin", "join", "of", "a",
        "referendum", "Peskov", "on", "Monday", "consultations", "population", "local", "Kherson", "army", "to", "in" };
    private static final int CASES = 200;

    @TempDir
    Path temp;

    @Test
    void aStalePositionDoesNotPullTheQuoteOntoItsRepetitionInAReaderComment() throws Exception {
        String body = "Kremlin spokesman Dmitry Peskov spoke on Friday. " + QUOTE + ", he told reporters in Moscow.\n\n";
        String comments = "Comments (2)\n\nreader42 wrote: \"" + QUOTE + "\" - which borders, exactly?\n";
        CaseFile caseFile = caseWith("Borders\n\n" + body + comments);
        Document article = caseFile.getDocuments().get(0);
        int bodyCopy = cp(article, article.getText().indexOf(QUOTE));
        int commentCopy = cp(article, article.getText().lastIndexOf(QUOTE));
        assertTrue(commentCopy > bodyCopy, "the quote occurs twice");
        // The page's DOM text has a navigation bar before the article, so the recorded positions are off, and here
        // they happen to select exactly the copy in the comment.
        Path file = new Hypothesis().quote("h1", URI, QUOTE, "Peskov spoke on Friday. ", ", he told reporters in",
                commentCopy, commentCopy + QUOTE.length()).write(temp.resolve("hypothesis.json"));

        AnnotationPlacement placement = AnnotationImporters.getDefault().importInto(file, caseFile);

        TextSpan span = placement.spans().get(0).span();
        assertEquals(bodyCopy, span.getStart(), "the copy whose context agrees, in the body");
        assertEquals(QUOTE, span.coveredText());
        assertEquals(AnchorStatus.ANCHORED, span.getAnchorStatus());
        assertTrue(placement.spans().get(0).moved(), "the recorded positions did not hold");
    }

    @Test
    void generatedArticlesWithARepeatedQuoteTrustTheContextOverThePositions() throws Exception {
        Random random = new Random(20261201);
        for (int i = 0; i < CASES; i++) {
            String quote = words(random, 2 + random.nextInt(10));
            String before = words(random, 30);
            String wanted = " " + quote + " ";
            String other = " " + quote + " ";
            String text = "Title\n\n" + before + " alpha" + wanted + "omega " + words(random, 30) + "\n\nComments\n\n"
                    + words(random, 5) + " beta" + other + "gamma " + words(random, 10) + "\n";
            CaseFile caseFile = caseWith(text);
            Document article = caseFile.getDocuments().get(0);
            String stored = article.getText();
            int wantedAt = stored.indexOf("alpha " + quote) + "alpha ".length();
            int otherAt = stored.indexOf("beta " + quote) + "beta ".length();
            Quotes.Selector context = Quotes.selector(stored, cp(article, wantedAt), cp(article, wantedAt + quote.length()));
            // stale positions: the other copy exactly, or somewhere near it
            int stale = cp(article, otherAt) + (random.nextBoolean() ? 0 : random.nextInt(7) - 3);
            byte[] json = new Hypothesis().quote("h" + i, URI, quote, context.prefix(), context.suffix(), Math.max(0, stale),
                    Math.max(0, stale) + CodePoints.length(quote)).bytes();

            TextSpan span = place(json, caseFile).spans().get(0).span();

            String seen = "case " + i + ": " + quote;
            assertEquals(cp(article, wantedAt), span.getStart(), seen);
            assertEquals(quote, span.getExact(), seen);
            assertEquals(AnchorStatus.ANCHORED, span.getAnchorStatus(), seen);
        }
    }

    @Test
    void betweenCopiesWithTheSameContextThePositionsDecide() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < CASES; i++) {
            // at least 39 chars on either side: the stored context (32 code points) is the same for every copy
            String paragraph = words(random, 20) + " " + QUOTE + " " + words(random, 20) + "\n\n";
            String text = "Title\n\n" + paragraph + words(random, 40) + "\n\n" + paragraph + words(random, 40) + "\n\n"
                    + paragraph;
            CaseFile caseFile = caseWith(text);
            Document article = caseFile.getDocuments().get(0);
            String stored = article.getText();
            List<Integer> copies = new ArrayList<>();
            for (int at = stored.indexOf(paragraph); at >= 0; at = stored.indexOf(paragraph, at + 1)) {
                copies.add(cp(article, at + paragraph.indexOf(QUOTE)));
            }
            assertEquals(3, copies.size());
            int chosen = copies.get(random.nextInt(3));
            int recorded = chosen + random.nextInt(21) - 10; // positions of another text, a little off
            Quotes.Selector context = Quotes.selector(stored, chosen, chosen + QUOTE.length());
            byte[] json = new Hypothesis().quote("h" + i, URI, QUOTE, context.prefix(), context.suffix(), recorded,
                    recorded + QUOTE.length()).bytes();

            TextSpan span = place(json, caseFile).spans().get(0).span();

            assertEquals(chosen, span.getStart(), "case " + i);
            assertEquals(AnchorStatus.ANCHORED, span.getAnchorStatus(), "case " + i);
        }
    }

    @Test
    void aCopyFoundOnlyWithOtherLineBreaksIsPlacedOnTheRightWordsButMarkedFuzzy() throws Exception {
        Random random = new Random(11);
        for (int i = 0; i < CASES; i++) {
            String quote = words(random, 3 + random.nextInt(8));
            String text = "Title\n\n" + words(random, 20) + " alpha " + quote + " omega " + words(random, 20) + "\n";
            CaseFile caseFile = caseWith(text);
            Document article = caseFile.getDocuments().get(0);
            int at = cp(article, article.getText().indexOf("alpha " + quote) + "alpha ".length());
            // the page wrapped the lines elsewhere and put a no-break space in
            String rendered = quote.replaceFirst(" ", "\n").replaceFirst(" ", "\u00a0 ");

            TextSpan span = place(new Hypothesis().quote("h" + i, URI, rendered, "alpha ", " omega", -1, -1).bytes(),
                    caseFile).spans().get(0).span();

            String seen = "case " + i + ": " + quote;
            assertEquals(at, span.getStart(), seen);
            assertEquals(quote, span.getExact(), seen);
            assertEquals(AnchorStatus.FUZZY, span.getAnchorStatus(), seen);
        }
    }

    @Test
    void aShortQuoteWhoseContextAgreesNowhereIsPlacedButMarkedFuzzy() throws Exception {
        CaseFile caseFile = caseWith("Title\n\nPeskov said the borders would be clarified. Later Peskov said nothing.\n");
        TextSpan span = place(new Hypothesis().quote("h1", URI, "Peskov said", "completely different words ",
                " and other words", -1, -1).bytes(), caseFile).spans().get(0).span();
        assertEquals("Peskov said", span.getExact());
        assertEquals(AnchorStatus.FUZZY, span.getAnchorStatus(), "which of the two is for a person to confirm");
    }

    static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static int cp(Document article, int charIndex) {
        return CodePoints.toCodePointOffset(article.getText(), charIndex);
    }

    static CaseFile caseWith(String... articles) throws Exception {
        CaseFile caseFile = CaseFiles.newCase("Generated");
        for (int i = 0; i < articles.length; i++) {
            Document document = ArticleImporters.getDefault()
                    .importArticle(ArticleInput.of(Path.of("article" + i + ".txt"), articles[i].getBytes(StandardCharsets.UTF_8)));
            document.setUrl(i == 0 ? URI : URI + "/" + i);
            CaseFiles.addDocument(caseFile, document);
        }
        return caseFile;
    }

    private static AnnotationPlacement place(byte[] json, CaseFile caseFile) throws Exception {
        return new WebAnnotationImporter().place(ArticleInput.of(Path.of("generated.json"), json), caseFile);
    }
}
