package org.factcheck.exchange.internal.w3c;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.factcheck.core.anchoring.Anchorer;
import org.factcheck.core.anchoring.Located;
import org.factcheck.core.importers.AnnotationImporter;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.text.CodePointIndex;
import org.factcheck.core.text.Quotes;
import org.factcheck.exchange.internal.CaseNames;
import org.factcheck.model.AnchorStatus;
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
 * text contains the quote with the best agreeing context. Within the document it is placed by the core's
 * {@link Anchorer#locate}, the same search that re-anchors spans to a new version of an article: the quote and
 * its context decide, the recorded positions (which count another text, a web page's DOM) only break ties, and a
 * place that needed relaxing is {@code FUZZY}. An annotation that selects no text (a page note, a reply) is
 * skipped and reported; one that cannot be placed fails the whole import.
 */
public final class WebAnnotationImporter implements AnnotationImporter {

    private static final Anchorer ANCHORER = new Anchorer();

    @Override
    public AnnotationPlacement place(ArticleInput input, CaseFile caseFile) throws ImportException {
        AnnotationReader read = AnnotationReader.read(input);
        List<AnnotationPlacement.Placed> placed = new ArrayList<>();
        Texts texts = new Texts();
        int alreadyPresent = 0;
        for (IncomingAnnotation a : read.annotations()) {
            List<Document> named = caseFile.getDocuments().stream().filter(d -> names(d, a.source())).toList();
            List<Document> candidates = named.isEmpty() ? caseFile.getDocuments() : named;
            Document document = null;
            Located anchor = null;
            boolean tie = false;
            for (Document candidate : candidates) {
                Located found = candidate.getText() == null ? null : locate(candidate.getText(), texts.index(candidate), a);
                if (found == null) {
                    continue;
                }
                int better = anchor == null ? 1 : compare(found, anchor, a);
                if (better >= 0) {
                    tie = better == 0;
                    document = candidate;
                    anchor = found;
                }
            }
            if (anchor == null) {
                throw new ImportException(notFound(input, a, named));
            }
            if (tie) {
                throw new ImportException(AnnotationReader.shown(input) + ": the " + a.name() + " quotes text that occurs in "
                        + "several documents of the case, and " + (a.source() == null ? "it names no source"
                                : "its source (" + a.source() + ") names none of them")
                        + ". Nothing was imported.");
            }
            if (!texts.add(document, anchor, a.kind())) { // already present, in the case or in this file
                alreadyPresent++;
                continue;
            }
            placed.add(new AnnotationPlacement.Placed(document, span(document, texts.index(document), anchor, a), !fits(anchor, a),
                    a.kind() == SpanKind.CLAIM_APPEARANCE ? claims(caseFile, a.appearances()) : List.of()));
        }
        return new AnnotationPlacement(placed, alreadyPresent, read.skipped());
    }

    /** Where the annotation lies in a text, or null. Without a quote only positions inside the text count. */
    private static Located locate(String text, CodePointIndex index, IncomingAnnotation a) {
        if (a.exact() == null) {
            return a.hasPosition() && a.end() <= index.length()
                    ? new Located(AnchorStatus.ANCHORED, a.start(), a.end(), 1, 1)
                    : null;
        }
        return ANCHORER.locate(text, index, new Quotes.Selector(a.exact(), a.prefix(), a.suffix()),
                a.hasPosition() ? a.start() : -1).orElse(null);
    }

    /** Of two places in different documents the better; where they are equally good, the one the positions fit. */
    private static int compare(Located found, Located best, IncomingAnnotation a) {
        int quality = found.compareQuality(best);
        return quality != 0 ? quality : Boolean.compare(fits(found, a), fits(best, a));
    }

    private static boolean fits(Located anchor, IncomingAnnotation a) {
        return a.hasPosition() && anchor.start() == a.start() && anchor.end() == a.end();
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

    /**
     * What one import knows of each document it places annotations on, made once per document: its text's index
     * and the spans it has (the case's and those this file placed), so that each annotation costs its quote, not
     * the article's length or its number of spans.
     */
    private static final class Texts {
        private record Span(int start, int end, SpanKind kind) {
        }

        private final Map<Document, CodePointIndex> indexes = new IdentityHashMap<>();
        private final Map<Document, Set<Span>> spans = new IdentityHashMap<>();

        CodePointIndex index(Document document) {
            return indexes.computeIfAbsent(document, d -> CodePointIndex.of(d.getText()));
        }

        /** Records the span; false if the document has one of this kind there already. */
        boolean add(Document document, Located anchor, SpanKind kind) {
            Set<Span> known = spans.computeIfAbsent(document, d -> {
                Set<Span> set = new HashSet<>();
                d.getAnnotations().forEach(s -> set.add(new Span(s.getStart(), s.getEnd(), s.getKind())));
                return set;
            });
            return known.add(new Span(anchor.start(), anchor.end(), kind));
        }
    }

    private static TextSpan span(Document document, CodePointIndex index, Located anchor, IncomingAnnotation a) {
        Quotes.Selector selector = Quotes.selector(document.getText(), index, anchor.start(), anchor.end());
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
