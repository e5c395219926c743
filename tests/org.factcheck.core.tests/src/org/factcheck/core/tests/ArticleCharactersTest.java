package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.text.XmlCharacters;
import org.factcheck.model.Document;
import org.junit.jupiter.api.Test;

/** Characters a case file cannot hold are refused on import wherever they are, with their place, never quoted. */
class ArticleCharactersTest {

    private static final String LINE = "The Kremlin said the borders would be decided after consultations.\n";

    private static String body(int lines) {
        return LINE.repeat(lines);
    }

    @Test
    void aControlCharacterFarIntoTheArticleIsRefusedWithItsPlace() {
        for (String bad : new String[] { "\u0000", "\u001B", "\u0007", "\uFFFE", "\uFFFF", "\uFDD0" }) {
            String text = body(200) + "Peskov " + bad + "said.\n" + body(20); // far past the first 8 KB
            ArticleInput input = ArticleInput.of(Path.of("late.txt"), text.getBytes(StandardCharsets.UTF_8));
            ImportException e = assertThrows(ImportException.class,
                    () -> ArticleImporters.getDefault().importArticle(input), "U+" + Integer.toHexString(bad.charAt(0)));
            assertTrue(e.getMessage().contains(String.format("U+%04X", (int) bad.charAt(0))), e.getMessage());
            assertTrue(e.getMessage().contains("line 201, column 8"), e.getMessage());
            assertTrue(e.getMessage().length() < 400, "the article is not quoted: " + e.getMessage());
        }
    }

    @Test
    void pageBreaksBecomeLineBreaks() throws Exception {
        String text = body(200) + "\f" + body(3) + "\u000B" + LINE;
        Document d = ArticleImporters.getDefault().importArticle(ArticleInput.of(Path.of("pages.txt"),
                text.getBytes(StandardCharsets.UTF_8)));
        assertFalse(d.getText().contains("\f") || d.getText().contains("\u000B"));
        assertEquals(text.replace('\f', '\n').replace('\u000B', '\n'), d.getText());
    }

    @Test
    void theCheckAgreesWithTheXmlCharacterRangesOnRandomCodePoints() {
        Random random = new Random(20261201);
        for (int i = 0; i < 20_000; i++) {
            int c = i < 0x10000 ? i : random.nextInt(0x110000);
            boolean xml = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF;
            boolean nonCharacter = c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
            assertEquals(xml && !nonCharacter, XmlCharacters.isAllowed(c), Integer.toHexString(c));
            String text = "ab" + new String(Character.toChars(c)) + "cd";
            XmlCharacters.Invalid invalid = XmlCharacters.firstInvalid(text);
            assertEquals(!XmlCharacters.isAllowed(c), invalid != null, Integer.toHexString(c));
            if (invalid != null) {
                assertEquals(2, invalid.index());
                assertEquals(3, invalid.column());
            }
        }
    }
}
