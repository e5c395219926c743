package org.factcheck.exchange.internal.w3c;

import java.io.IOException;
import java.io.OutputStream;

import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.exchange.internal.CaseNames;
import org.factcheck.exchange.internal.Json;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the spans of a case as W3C Web Annotations (JSON-LD): a JSON array with one
 * {@code AnnotationCollection} per document, each with its own {@code @context} and, when the document has
 * spans, one embedded {@code AnnotationPage} holding an {@code Annotation} per span.
 * <p>
 * A collection names its page as {@code first} (embedded) and {@code last}; the page names its collection as
 * {@code partOf}.
 * <p>
 * Every annotation targets its document's IRI ({@link WebAnnotationVocabulary#source}), with the document's media
 * type as {@code format} and its language (a BCP 47 tag) as {@code language}, with a
 * {@code TextQuoteSelector} (exact, prefix, suffix) and, unless the span is orphaned, a
 * {@code TextPositionSelector} in code points. Its bodies: the span kind as a {@code classifying}
 * {@code SpecificResource}, the note as a {@code commenting} {@code TextualBody}, each claim the text is an
 * appearance of ({@code identifying}) and each claim it is evidence for ({@code assessing}, with the stance
 * in {@code fc:stance}).
 * <p>
 * Evidence without a quote follows in one more collection ({@link QuotelessEvidence}).
 */
public final class WebAnnotationExporter implements CaseExporter {

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
        CaseFile caseFile = context.caseFile();
        ArrayNode collections = Json.array();
        for (Document document : caseFile.getDocuments()) {
            ObjectNode collection = collections.addObject();
            ArrayNode contexts = collection.putArray("@context");
            contexts.add(WebAnnotationVocabulary.ANNO_CONTEXT);
            contexts.addObject().put("fc", WebAnnotationVocabulary.FC);
            String collectionId = WebAnnotationVocabulary.derivedIri("annotations", document.getId());
            collection.put("id", collectionId);
            collection.put("type", "AnnotationCollection");
            collection.put("label", "Annotations of “" + CaseNames.title(document) + "”");
            collection.put("total", document.getAnnotations().size());
            if (!document.getAnnotations().isEmpty()) {
                String pageId = WebAnnotationVocabulary.derivedIri("annotation-page", document.getId());
                ObjectNode page = collection.putObject("first");
                collection.put("last", pageId); // the only page is the first and the last
                page.put("id", pageId);
                page.put("type", "AnnotationPage");
                page.put("partOf", collectionId);
                page.put("startIndex", 0);
                ArrayNode items = page.putArray("items");
                for (TextSpan span : document.getAnnotations()) {
                    items.add(annotation(caseFile, document, span));
                }
            }
        }
        QuotelessEvidence.add(caseFile, collections);
        Json.write(collections, out);
    }

    private static ObjectNode annotation(CaseFile caseFile, Document document, TextSpan span) {
        SpanKind kind = span.getKind() == null ? SpanKind.NOTE : span.getKind();
        ObjectNode annotation = Json.object();
        annotation.put("id", CaseNames.iri(span));
        annotation.put("type", "Annotation");
        annotation.put("motivation", WebAnnotationVocabulary.motivation(kind));
        if (span.getCreated() != null) {
            annotation.put("created", span.getCreated().toString());
        }
        if (span.getAuthor() != null && !span.getAuthor().isBlank()) {
            ObjectNode creator = annotation.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", span.getAuthor());
        }
        ArrayNode bodies = annotation.putArray("body");
        ObjectNode classifying = bodies.addObject();
        classifying.put("type", "SpecificResource");
        classifying.put("source", WebAnnotationVocabulary.kindIri(kind));
        classifying.put("purpose", "classifying");
        if (span.getNote() != null && !span.getNote().isBlank()) {
            ObjectNode note = bodies.addObject();
            note.put("type", "TextualBody");
            note.put("value", span.getNote());
            note.put("format", "text/plain");
            note.put("purpose", "commenting");
        }
        for (Claim claim : caseFile.getClaims()) {
            if (claim.getAppearances().contains(span)) {
                claimBody(bodies, claim, "identifying");
            }
            for (Evidence evidence : claim.getEvidence()) {
                if (evidence.getSpan() == span) {
                    ObjectNode body = claimBody(bodies, claim, "assessing");
                    if (evidence.getStance() != null) {
                        body.put(WebAnnotationVocabulary.STANCE, evidence.getStance().getLiteral().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        annotation.set("target", target(document, span));
        return annotation;
    }

    private static ObjectNode claimBody(ArrayNode bodies, Claim claim, String purpose) {
        ObjectNode body = bodies.addObject();
        body.put("type", "SpecificResource");
        body.put("source", CaseNames.iri(claim));
        body.put("purpose", purpose);
        return body;
    }

    private static ObjectNode target(Document document, TextSpan span) {
        ObjectNode target = Json.object();
        target.put("source", WebAnnotationVocabulary.source(document));
        Json.putText(target, "format", document.getMediaType());
        Json.putText(target, "language", document.getLanguage());
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", CaseNames.quote(span));
        if (span.getPrefix() != null && !span.getPrefix().isEmpty()) {
            quote.put("prefix", span.getPrefix());
        }
        if (span.getSuffix() != null && !span.getSuffix().isEmpty()) {
            quote.put("suffix", span.getSuffix());
        }
        if (span.getAnchorStatus() != AnchorStatus.ORPHANED) {
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", span.getStart());
            position.put("end", span.getEnd());
        }
        return target;
    }
}
