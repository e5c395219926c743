package org.factcheck.core.internal.importers;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.factcheck.core.importers.ArticleImporter;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Imports an HTML page with jsoup: decodes it in the charset of its byte order mark, of the input's
 * declaration or of its {@code <meta>} (UTF-8 if none), keeps the readable text of the article
 * ({@link HtmlText}) and takes the metadata ({@link HtmlMetadata}).
 */
public final class HtmlImporter implements ArticleImporter {

    /** How much of the page is searched for a {@code <meta>} charset declaration. */
    private static final int PRESCAN = 64 * 1024;

    @Override
    public Document importArticle(ArticleInput input) throws ImportException {
        byte[] bytes = input.bytes();
        Charset charset = charset(input);
        String html = Decoding.decode(bytes, Decoding.bomLength(bytes), charset, input.shownName());
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Document document = CaseFactory.eINSTANCE.createDocument();
        HtmlMetadata.read(page, document);
        document.setText(HtmlText.extract(page));
        return document;
    }

    private static Charset charset(ArticleInput input) throws ImportException {
        Optional<Charset> bom = Decoding.bomCharset(input.bytes());
        if (bom.isPresent()) {
            return bom.get();
        }
        if (input.declaredCharset().isPresent()) {
            return Decoding.charset(input.declaredCharset().get(), input.shownName());
        }
        Optional<String> declared = metaCharset(input.bytes());
        if (declared.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        Charset charset = Decoding.charset(declared.get(), input.shownName());
        // Bytes without a UTF-16 byte order mark that declare UTF-16 in ASCII cannot be UTF-16:
        // browsers read such pages as UTF-8, and so do we.
        return charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
    }

    /**
     * Finds the charset declared by {@code <meta charset>} or {@code <meta http-equiv="Content-Type">}.
     *
     * @param bytes the page; its start is read as ISO-8859-1, which every ASCII-compatible charset agrees with
     * @return the declared name, if any
     */
    static Optional<String> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        org.jsoup.nodes.Document page = Jsoup.parse(head);
        for (Element meta : page.select("meta[charset], meta[http-equiv]")) {
            if (meta.hasAttr("charset") && !meta.attr("charset").isBlank()) {
                return Optional.of(meta.attr("charset").strip());
            }
            if (meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
                Optional<String> fromContent = charsetParameter(meta.attr("content"));
                if (fromContent.isPresent()) {
                    return fromContent;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> charsetParameter(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String value = p.substring(8).strip().replace("\"", "").replace("'", "");
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
