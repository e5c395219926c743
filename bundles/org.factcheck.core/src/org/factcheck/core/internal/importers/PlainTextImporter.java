package org.factcheck.core.internal.importers;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.factcheck.core.importers.ArticleImporter;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Document;

/**
 * Imports plain text: UTF-8 with or without byte order mark, UTF-16 with byte order mark, or the charset
 * declared in the input. The first non-blank line becomes the title.
 */
public final class PlainTextImporter implements ArticleImporter {

    /** The longest title, in code points, taken from the first line. */
    static final int MAX_TITLE = 300;

    @Override
    public Document importArticle(ArticleInput input) throws ImportException {
        byte[] bytes = input.bytes();
        Charset charset = Decoding.bomCharset(bytes).orElse(null);
        if (charset == null) {
            charset = input.declaredCharset().isPresent()
                    ? Decoding.charset(input.declaredCharset().get(), input.shownName())
                    : StandardCharsets.UTF_8;
        }
        String text = Decoding.decode(bytes, Decoding.bomLength(bytes), charset, input.shownName());
        Document document = CaseFactory.eINSTANCE.createDocument();
        document.setText(text);
        text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .map(PlainTextImporter::shorten)
                .ifPresent(document::setTitle);
        return document;
    }

    private static String shorten(String line) {
        if (line.codePointCount(0, line.length()) <= MAX_TITLE) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_TITLE)).strip() + "…";
    }
}
