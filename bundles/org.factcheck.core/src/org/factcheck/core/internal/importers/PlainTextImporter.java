package org.factcheck.core.internal.importers;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;

import org.factcheck.core.importers.ArticleImporter;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Document;
import org.factcheck.model.Source;
import org.factcheck.model.SourceKind;

/**
 * Imports plain text: UTF-8 with or without byte order mark, UTF-16 with byte order mark, or the charset
 * declared in the input. The first non-blank line becomes the title; a dateline, byline or date line at the top
 * ("MOSCOW, Oct 5 (Reuters) -", "By Jane Doe", "Published: 2022-10-05", see {@link Dateline}) gives the outlet,
 * author and publication date.
 */
public final class PlainTextImporter implements ArticleImporter {

    private final Clock clock;

    public PlainTextImporter() {
        this(Clock.systemUTC());
    }

    /** @param clock the day of the import, which dates a dateline that prints no year ("MOSCOW, Oct 5 (Reuters) -") */
    PlainTextImporter(Clock clock) {
        this.clock = clock;
    }

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
        Dateline.Header header = Dateline.read(text, LocalDate.now(clock));
        document.setAuthor(header.author());
        document.setPublished(header.published());
        if (header.outlet() != null) { // a new, uncontained source: the case reuses one of the same name
            Source outlet = CaseFactory.eINSTANCE.createSource();
            outlet.setName(header.outlet());
            outlet.setKind(Dateline.isAgency(header.outlet()) ? SourceKind.NEWS_AGENCY : SourceKind.NEWS_OUTLET);
            document.setOutlet(outlet);
        }
        return document;
    }

    private static String shorten(String line) {
        if (line.codePointCount(0, line.length()) <= MAX_TITLE) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_TITLE)).strip() + "…";
    }
}
