package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.internal.importers.Dateline;
import org.factcheck.core.internal.importers.Dateline.Header;
import org.factcheck.model.Document;
import org.factcheck.model.SourceKind;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dateline, byline and date line at the top of a .txt article give its outlet, author and publication date. */
class DatelineTest {

    private static final LocalDate IMPORTED = LocalDate.of(2022, 11, 20);

    @TempDir
    Path temp;

    private static Header read(String text) {
        return Dateline.read(text, IMPORTED);
    }

    @Test
    void theFourSampleArticlesHaveNoDatelineAndGetNothingMadeUp() throws Exception {
        for (Path article : DemoCase.articles()) {
            Document document = ArticleImporters.getDefault().importFile(article);
            assertNull(document.getAuthor(), article.toString());
            assertNull(document.getPublished(), article.toString());
            assertNull(document.getOutlet(), "“Moscow, Russia - The Kremlin…” names a place, not an outlet: " + article);
        }
    }

    @Test
    void wireDatelines() {
        assertEquals(new Header(null, LocalDate.of(2022, 10, 5), "Reuters"),
                read("Kremlin unsure of borders\nMOSCOW, Oct 5 (Reuters) - The Kremlin said on Wednesday…"));
        assertEquals(new Header(null, LocalDate.of(2022, 11, 11), "Reuters"),
                read("Title\nLONDON, Nov. 11, 2022 (Reuters) – Britain said…"));
        assertEquals(new Header(null, null, "Associated Press"), read("Title\nKYIV, Ukraine (AP) — Ukrainian forces…"));
        assertEquals(new Header(null, LocalDate.of(2021, 12, 30), "Reuters"),
                read("Title\nWASHINGTON, Dec 30 (Reuters) - …"), "a date after the import is last year's");
        assertEquals(new Header(null, LocalDate.of(2022, 3, 1), "AFP"), read("Title\nNEW YORK, March 1 (AFP) - …"));
    }

    @Test
    void bylinesAndDateLines() {
        assertEquals(new Header("Jane Doe", LocalDate.of(2022, 10, 5), null),
                read("Title\nBy Jane Doe\nPublished: 2022-10-05\nText."));
        assertEquals(new Header("Jane Doe and John Roe", null, "Reuters"), read("Title\nBy Jane Doe and John Roe, Reuters\n"));
        assertEquals(new Header("Jane Doe and John Roe", LocalDate.of(2022, 11, 11), "Reuters"),
                read("Title\nBy Jane Doe and John Roe, Reuters\nMOSCOW, Nov 11 (Reuters) - The Kremlin…"),
                "the byline names the agency, the dateline still gives the date");
        assertEquals(new Header("JANE DOE", LocalDate.of(2022, 10, 5), null),
                read("Title\nBY JANE DOE\nPublished October 5, 2022 at 10:14 am\n"));
        assertEquals(new Header(null, LocalDate.of(2022, 10, 3), null),
                read("Title\nUpdated 6 October 2022\nPublished on 3 October 2022\n"), "published wins over updated");
        assertEquals(new Header(null, LocalDate.of(2022, 10, 6), null), read("Title\nUpdated: 6 Oct 2022\n"));
        assertEquals(new Header(null, null, null), read("Title\nBy the end of the week the troops had gone.\n"));
        assertEquals(new Header(null, null, null), read("Title\nBy Monday, Russia had annexed four regions.\n"));
        assertEquals(new Header(null, null, null), read("Title\nPublished: 2022-02-30\n"), "no such day");
    }

    @Test
    void onlyTheTopOfTheArticleIsRead() {
        String deep = "Title\n" + "Paragraph.\n".repeat(10) + "By Jane Doe\nMOSCOW, Oct 5 (Reuters) - late\n";
        assertEquals(new Header(null, null, null), read(deep));
    }

    /** Each sample article with a header added above or below its title, in many generated combinations. */
    @Test
    void generatedVariantsOfTheSamples() throws Exception {
        Random random = new Random(20221005);
        List<String> cities = List.of("MOSCOW", "KYIV", "LONDON", "Zaporizhzhia", "NEW YORK", "KHERSON");
        List<String> agencies = List.of("Reuters", "AP", "AFP", "TASS");
        List<String> months = List.of("Jan", "Feb.", "March", "Apr", "May", "June", "Jul", "Aug.", "Sept.", "Oct", "Nov", "Dec");
        int n = 0;
        for (Path article : DemoCase.articles()) {
            String original = Files.readString(article, StandardCharsets.UTF_8);
            int titleEnd = original.indexOf('\n');
            String title = original.substring(0, titleEnd);
            String body = original.substring(titleEnd + 1);
            String importedTitle = ArticleImporters.getDefault().importFile(article).getTitle(); // a long one shortened
            for (int i = 0; i < 25; i++) {
                int month = random.nextInt(12);
                int day = 1 + random.nextInt(28);
                int year = 2015 + random.nextInt(8);
                String agency = agencies.get(random.nextInt(agencies.size()));
                String author = random.nextBoolean() ? "Jane Doe" : "Olena Kovalenko and Mark Trevelyan";
                boolean withByline = random.nextBoolean();
                boolean withDateLine = random.nextBoolean();
                StringBuilder text = new StringBuilder(title).append('\n');
                if (withByline) {
                    text.append(random.nextBoolean() ? "By " : "BY ").append(author).append('\n');
                }
                if (withDateLine) {
                    text.append("Published: ").append(LocalDate.of(year, month + 1, day)).append('\n');
                }
                text.append(cities.get(random.nextInt(cities.size()))).append(", ").append(months.get(month)).append(' ')
                        .append(day).append(", ").append(year).append(" (").append(agency).append(") ")
                        .append(random.nextBoolean() ? "-" : "—").append(' ').append(body);
                Path variant = temp.resolve("variant-" + n++ + ".txt");
                Files.writeString(variant, text, StandardCharsets.UTF_8);
                Document document = ArticleImporters.getDefault().importFile(variant);
                String what = variant + ":\n" + text.substring(0, Math.min(300, text.length()));
                assertEquals(importedTitle, document.getTitle(), what);
                assertEquals(withByline ? author : null, document.getAuthor() == null ? null
                        : document.getAuthor().equals(author.toUpperCase()) ? author : document.getAuthor(), what);
                assertEquals(LocalDate.of(year, month + 1, day), document.getPublished(), what);
                assertEquals(agency.equals("AP") ? "Associated Press" : agency, document.getOutlet().getName(), what);
                assertEquals(SourceKind.NEWS_AGENCY, document.getOutlet().getKind());
                assertTrue(document.getText().contains(body.strip().substring(0, 40)) && document.getText().contains(
                        "(" + agency + ")"), "the header stays in the text, nothing is cut: " + what);
            }
        }
    }
}
