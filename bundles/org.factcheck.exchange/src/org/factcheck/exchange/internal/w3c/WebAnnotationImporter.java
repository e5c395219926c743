package org.factcheck.exchange.internal.w3c;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.factcheck.core.importers.AnnotationImporter;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.text.Quotes;
import org.factcheck.exchange.internal.CaseNames;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;

/**
 * Places W3C Web Annotations (and Hypothesis annotations) on the documents of a case.
 * <p>
 * An annotation goes to the document its target's source names (the document's URL, its {@code urn:uuid:} id
 * or the {@code ni:///sha-256;} name of its text); when the source names none of them, to the document whose
 * text contains the quote with the best agreeing context. Within the document it is anchored by
 * {@link TextAnchor}. An annotation that cannot be placed fails the whole import.
 */
public final class WebAnnotationImporter implements AnnotationImporter {

    @Override
    public AnnotationPlacement place(ArticleInput input, CaseFile caseFile) throws ImportException {
        List<IncomingAnnotation> incoming = AnnotationReader.read(input);
        List<AnnotationPlacement.Placed> placed = new ArrayList<>();
        int alreadyPresent = 0;
        for (IncomingAnnotation a : incoming) {
            List<Document> named = caseFile.getDocuments().stream().filter(d -> names(d, a.source())).toList();
            List<Document> candidates = named.isEmpty() ? caseFile.getDocuments() : named;
            Document document = null;
            TextAnchor anchor = null;
            boolean tie = false;
            for (Document candidate : candidates) {
                TextAnchor found = candidate.getText() == null ? null : TextAnchor.find(candidate.getText(), a);
                if (found != null && (anchor == null || found.score() >= anchor.score())) {
                    tie = anchor != null && found.score() == anchor.score();
                    document = candidate;
                    anchor = found;
                }
            }
            if (anchor == null) {
                throw new ImportException(notFound(input, a, named));
            }
            if (tie) {
                throw new ImportException(AnnotationReader.shown(input) + ": the " + a.name() + " quotes text that occurs in "
                        + "several documents of the case, and its source (" + a.source() + ") names none of them.");
            }
            if (present(document, anchor, a.kind(), placed)) {
                alreadyPresent++;
                continue;
            }
            placed.add(new AnnotationPlacement.Placed(document, span(document, anchor, a), anchor.moved(),
                    a.kind() == SpanKind.CLAIM_APPEARANCE ? claims(caseFile, a.appearances()) : List.of()));
        }
        return new AnnotationPlacement(placed, alreadyPresent);
    }

    private static boolean names(Document document, String source) {
        if (source == null) {
            return false;
        }
        return source.equals(CaseNames.iri(document)) || source.equals(WebAnnotationVocabulary.source(document))
                || document.getUrl() != null && comparable(document.getUrl()).equals(comparable(source))
                || document.getTextSha256() != null && document.getTextSha256().length() == 64
                        && source.equals(WebAnnotationVocabulary.ni(document.getTextSha256()));
    }

    /** A URL without fragment and trailing slash, so that "https://a/b/#x" names the document of "https://a/b". */
    private static String comparable(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        u = hash >= 0 ? u.substring(0, hash) : u;
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static String notFound(ArticleInput input, IncomingAnnotation a, List<Document> named) {
        String where = named.size() == 1 ? "“" + CaseNames.title(named.get(0)) + "”" : "any document of the case";
        String what = a.exact() != null ? "quotes “" + abbreviate(a.exact()) + "”, which does not occur in " + where
                : "selects code points " + a.start() + " to " + a.end() + ", which lie outside " + where;
        return AnnotationReader.shown(input) + ": the " + a.name() + " " + what + ". Nothing was imported.";
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    private static boolean present(Document document, TextAnchor anchor, SpanKind kind, List<AnnotationPlacement.Placed> placed) {
        return document.getAnnotations().stream().anyMatch(s -> same(s, anchor, kind))
                || placed.stream().anyMatch(p -> p.document() == document && same(p.span(), anchor, kind));
    }

    private static boolean same(TextSpan span, TextAnchor anchor, SpanKind kind) {
        return span.getStart() == anchor.start() && span.getEnd() == anchor.end() && span.getKind() == kind;
    }

    private static TextSpan span(Document document, TextAnchor anchor, IncomingAnnotation a) {
        Quotes.Selector selector = Quotes.selector(document.getText(), anchor.start(), anchor.end());
        TextSpan span = CaseFactory.eINSTANCE.createTextSpan();
        span.setStart(anchor.start());
        span.setEnd(anchor.end());
        span.setExact(selector.exact());
        span.setPrefix(selector.prefix());
        span.setSuffix(selector.suffix());
        span.setKind(a.kind());
        span.setNote(a.note());
        span.setAuthor(a.author());
        span.setCreated(a.created());
        span.setAnchorStatus(anchor.status());
        return span;
    }

    private static List<Claim> claims(CaseFile caseFile, List<String> iris) {
        return iris.stream().map(iri -> caseFile.getClaims().stream().filter(c -> CaseNames.iri(c).equals(iri))
                .findFirst().orElse(null)).filter(Objects::nonNull).distinct().toList();
    }
}
