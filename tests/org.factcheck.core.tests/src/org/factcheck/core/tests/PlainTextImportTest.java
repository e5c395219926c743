package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.text.CodePoints;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.Document;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextImportTest {

    @TempDir
    Path dir;

    private static Document importFile(Path file) throws ImportException {
        return ArticleImporters.getDefault().importFile(file);
    }

    private static String refused(Path file, String... fragments) {
        ImportException e = assertThrows(ImportException.class, () -> importFile(file));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "“" + fragment + "” not in: " + e.getMessage());
        }
        return e.getMessage();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void utf8WithBomAndCrlfBecomesCleanText() throws Exception {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        Path file = Fixtures.write(dir, "bom.txt",
                concat(bom, "Headline  \r\nFirst line\r\nSecond line\r\n".getBytes(StandardCharsets.UTF_8)));
        Instant before = Instant.now();
        Document d = importFile(file);
        assertEquals("Headline\nFirst line\nSecond line\n", d.getText());
        assertEquals("Headline", d.getTitle());
        assertEquals("text/plain", d.getMediaType());
        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("Headline\nFirst line\nSecond line\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expectedHash, d.getTextSha256());
        assertNotNull(d.getRetrieved());
        assertTrue(!d.getRetrieved().isBefore(before) && Duration.between(before, d.getRetrieved()).getSeconds() < 60);
    }

    @Test
    void loneCarriageReturnsBecomeLineFeeds() throws Exception {
        Document d = importFile(Fixtures.write(dir, "mac.txt", "one\rtwo\r"));
        assertEquals("one\ntwo\n", d.getText());
    }

    @Test
    void textIsNormalizedToNfc() throws Exception {
        Document d = importFile(Fixtures.write(dir, "nfd.txt", "Cafe\u0301 in Kyi\u0308v"));
        assertEquals("Caf\u00E9 in Ky\u00EFv", d.getText());
        assertEquals(d.getText().length(), CodePoints.length(d.getText()));
    }

    @Test
    void cyrillicAndEmojiOffsetsCountCodePoints() throws Exception {
        String text = "Заголовок 📰\nПесков сказал: «Мы не знаем границ» 🗺️ — в понедельник.\n";
        Document d = importFile(Fixtures.write(dir, "ru.txt", text));
        assertEquals(text, d.getText());
        assertEquals("Заголовок 📰", d.getTitle());
        String quote = "«Мы не знаем границ»";
        int charIndex = d.getText().indexOf(quote);
        int start = CodePoints.toCodePointOffset(d.getText(), charIndex);
        assertEquals(charIndex - 1, start, "the newspaper emoji is two chars but one code point");
        int end = start + CodePoints.length(quote);
        assertEquals(quote, CodePoints.substring(d.getText(), start, end));
        assertEquals(charIndex, CodePoints.toCharIndex(d.getText(), start));
        Quotes.Selector selector = Quotes.selector(d.getText(), start, end);
        assertEquals(quote, selector.exact());
        assertEquals("Заголовок 📰\nПесков сказал: ", selector.prefix());
        assertEquals(" 🗺️ — в понедельник.\n", selector.suffix());
        assertEquals(CodePoints.length(d.getText()), d.codePointLength());
    }

    @Test
    void utf16WithBomIsRead() throws Exception {
        byte[] bom = { (byte) 0xFF, (byte) 0xFE };
        Document d = importFile(Fixtures.write(dir, "utf16.txt",
                concat(bom, "Привет\r\nмир 👋".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals("Привет\nмир 👋", d.getText());
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        Path file = Fixtures.write(dir, "latin1.txt", "Café au lait".getBytes(StandardCharsets.ISO_8859_1));
        refused(file, "“" + file + "” is not UTF-8 text", "offset 3");
    }

    @Test
    void pngNamedTxtIsRefusedAsBinary() throws Exception {
        Path png = Fixtures.write(dir, "article.txt", Fixtures.pngBytes());
        refused(png, "“" + png + "”", "PNG image");
    }

    @Test
    void pngWithItsOwnExtensionIsRefused() throws Exception {
        Path photo = Fixtures.write(dir, "photo.png", Fixtures.pngBytes());
        refused(photo, "“" + photo + "” is not an article", "PNG image");
    }

    @Test
    void controlCharactersMakeTextBinary() throws Exception {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        }
        refused(Fixtures.write(dir, "noise.txt", bytes), "binary data");
    }

    @Test
    void tooLargeFileIsRefused() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(ArticleImporters.MAX_BYTES + 1);
        }
        refused(big, "“" + big + "” is too large", "20 MiB");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        refused(Fixtures.write(dir, "empty.txt", ""), "is empty");
    }

    @Test
    void blankFileIsRefused() throws Exception {
        refused(Fixtures.write(dir, "blank.txt", " \n\t\n"), "contains no article text");
    }

    @Test
    void missingFileAndFolderAreRefused() throws Exception {
        refused(dir.resolve("missing.txt"), "does not exist");
        refused(Files.createDirectory(dir.resolve("folder.txt")), "is a folder");
    }

    @Test
    void unknownExtensionWithTextIsImportedAsPlainText() throws Exception {
        Document d = importFile(Fixtures.write(dir, "notes.article", "Plain words\n"));
        assertEquals("text/plain", d.getMediaType());
        assertEquals("Plain words\n", d.getText());
    }
}
