package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.model.Document;
import org.factcheck.model.SourceKind;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImportTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <title>Page title | Example News</title>
              <meta property="og:title" content="Kremlin unsure where borders lie">
              <meta property="og:site_name" content="Example News">
              <meta property="article:published_time" content="2022-10-03T23:30:00+03:00">
              <meta name="author" content="Jane  Doe">
              <link rel="canonical" href="https://news.example.com/world/kremlin-borders?ref=x">
              <style>.secret { color: red } STYLE_TEXT</style>
              <script>var s = "SCRIPT_TEXT";</script>
            </head>
            <body>
              <header>SITE_HEADER</header>
              <nav><a href="/">NAV_TEXT</a></nav>
              <article>
                <header><h1>Kremlin unsure   where borders lie</h1></header>
                <p>Dmitri Peskov said on <b>Monday</b> that Moscow
                   will consult residents.</p>
                <p>Песков: «Мы продолжим консультации» 🗺️</p>
                <aside>ASIDE_TEXT</aside>
                <form><input value="FORM_TEXT">FORM_TEXT</form>
                <noscript>NOSCRIPT_TEXT</noscript>
                <iframe src="https://ads.example.com">IFRAME_TEXT</iframe>
                <ul><li>First point</li><li>Second point</li></ul>
              </article>
              <footer>SITE_FOOTER</footer>
              <script>document.write("SCRIPT_TEXT")</script>
            </body>
            </html>
            """;

    @TempDir
    Path dir;

    private static Document importBytes(String name, byte[] bytes, Optional<String> declared) throws ImportException {
        return ArticleImporters.getDefault().importArticle(new ArticleInput(null, bytes, name, declared));
    }

    @Test
    void articleTextWithoutScriptsStylesAndNavigation() throws Exception {
        Document d = ArticleImporters.getDefault().importFile(Fixtures.write(dir, "page.html", PAGE));
        assertEquals("""
                Kremlin unsure where borders lie
                Dmitri Peskov said on Monday that Moscow will consult residents.
                Песков: «Мы продолжим консультации» 🗺️
                First point
                Second point""", d.getText());
        for (String removed : new String[] { "SCRIPT", "STYLE", "NAV", "ASIDE", "FORM", "NOSCRIPT", "IFRAME", "SITE_" }) {
            assertTrue(!d.getText().contains(removed), removed + " left in the text");
        }
        assertEquals("text/html", d.getMediaType());
        assertNotNull(d.getTextSha256());
    }

    @Test
    void metadataIsExtracted() throws Exception {
        Document d = ArticleImporters.getDefault().importFile(Fixtures.write(dir, "page.htm", PAGE));
        assertEquals("Kremlin unsure where borders lie", d.getTitle());
        assertEquals("https://news.example.com/world/kremlin-borders?ref=x", d.getUrl());
        assertEquals("Jane Doe", d.getAuthor());
        assertEquals(LocalDate.of(2022, 10, 3), d.getPublished());
        assertEquals("en-GB", d.getLanguage());
        assertNotNull(d.getOutlet());
        assertEquals("Example News", d.getOutlet().getName());
        assertEquals(SourceKind.NEWS_OUTLET, d.getOutlet().getKind());
        assertEquals("https://news.example.com/", d.getOutlet().getUrl());
        assertNull(d.getOutlet().eContainer());
    }

    @Test
    void titleElementAndFileNameAreFallbacks() throws Exception {
        Document withTitle = importBytes("a.html",
                "<html><head><title> Only  title </title></head><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8),
                Optional.empty());
        assertEquals("Only title", withTitle.getTitle());
        assertNull(withTitle.getOutlet());
        assertNull(withTitle.getPublished());
        Document untitled = importBytes("untitled-page.html", "<p>Just a paragraph</p>".getBytes(StandardCharsets.UTF_8),
                Optional.empty());
        assertEquals("untitled-page", untitled.getTitle());
        assertEquals("Just a paragraph", untitled.getText());
    }

    @Test
    void charsetFromMetaIsUsed() throws Exception {
        Charset cp1251 = Charset.forName("windows-1251");
        String page = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head>"
                + "<body><p>Привет, мир</p></body></html>";
        Document d = ArticleImporters.getDefault().importFile(Fixtures.write(dir, "ru.html", page.getBytes(cp1251)));
        assertEquals("Привет, мир", d.getText());
        assertEquals("Новости", d.getTitle());
    }

    @Test
    void charsetFromHttpEquivIsUsed() throws Exception {
        Charset koi8 = Charset.forName("KOI8-R");
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head>"
                + "<body><p>Граница</p></body></html>";
        assertEquals("Граница", importBytes("koi.html", page.getBytes(koi8), Optional.empty()).getText());
    }

    @Test
    void declaredCharsetOverridesMeta() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>Ærø</p></body></html>";
        Document d = importBytes("latin.html", page.getBytes(StandardCharsets.ISO_8859_1), Optional.of("ISO-8859-1"));
        assertEquals("Ærø", d.getText());
    }

    @Test
    void unknownCharsetIsRefused() throws Exception {
        Path file = Fixtures.write(dir, "odd.html",
                "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>text</p></body></html>");
        ImportException e = assertThrows(ImportException.class, () -> ArticleImporters.getDefault().importFile(file));
        assertTrue(e.getMessage().contains("“" + file + "”") && e.getMessage().contains("“x-no-such-charset”")
                && e.getMessage().contains("unknown"), e.getMessage());
    }

    @Test
    void htmlThatIsNotValidInItsCharsetIsRefused() throws Exception {
        byte[] bytes = "<html><body><p>caf\u00E9</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> importBytes("bad.html", bytes, Optional.empty()));
        assertTrue(e.getMessage().contains("is not UTF-8 text"), e.getMessage());
    }

    @Test
    void htmlWithoutTextIsRefused() {
        byte[] bytes = "<html><body><script>only()</script></body></html>".getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> importBytes("empty.html", bytes, Optional.empty()));
        assertTrue(e.getMessage().contains("contains no article text"), e.getMessage());
    }

    @Test
    void htmlIsRecognizedWithoutItsExtension() throws Exception {
        Document d = ArticleImporters.getDefault().importFile(Fixtures.write(dir, "download.article", PAGE));
        assertEquals("text/html", d.getMediaType());
        assertEquals("Kremlin unsure where borders lie", d.getTitle());
    }

    @Test
    void byteOrderMarkWinsOverMeta() throws Exception {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Киев 👋</p></body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals("Киев 👋", importBytes("bom.html", bytes, Optional.empty()).getText());
    }

    @Test
    void unknownDeclaredCharsetIsRefused() {
        byte[] bytes = "<p>x</p>".getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class,
                () -> importBytes("h.html", bytes, Optional.of("klingon-8")));
        assertTrue(e.getMessage().contains("“klingon-8”"), e.getMessage());
    }

    @Test
    void pngNamedHtmlIsRefused() throws Exception {
        Path file = Fixtures.write(dir, "article.html", Fixtures.pngBytes());
        ImportException e = assertThrows(ImportException.class, () -> ArticleImporters.getDefault().importFile(file));
        assertTrue(e.getMessage().contains("PNG image"), e.getMessage());
    }
}
