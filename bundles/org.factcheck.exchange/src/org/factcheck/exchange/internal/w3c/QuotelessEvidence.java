package org.factcheck.exchange.internal.w3c;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.exchange.internal.CaseNames;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Evidence without a quote (a web page, a source) as Web Annotations: one more {@code AnnotationCollection}, after
 * the documents' ones, with an {@code assessing} annotation per piece of evidence that has an address (its own URL,
 * else its source's). The target is that address, with the retrieval time as a {@code TimeState}
 * ({@code sourceDate}, Web Annotation Data Model §4.3.1) and the SHA-256 of what was retrieved as
 * {@code fc:contentSha256}; the bodies are the claim assessed (with {@code fc:stance}) and the note. Evidence with
 * no address at all cannot be a Web Annotation (a target is required) and is left out. The case has no such
 * evidence: no collection is written.
 */
final class QuotelessEvidence {

    private QuotelessEvidence() {
    }

    static void add(CaseFile caseFile, ArrayNode collections) {
        List<Evidence> evidence = new ArrayList<>();
        for (Claim claim : caseFile.getClaims()) {
            claim.getEvidence().stream().filter(e -> e.getSpan() == null && address(e) != null).forEach(evidence::add);
        }
        if (evidence.isEmpty()) {
            return;
        }
        ObjectNode collection = collections.addObject();
        ArrayNode contexts = collection.putArray("@context");
        contexts.add(WebAnnotationVocabulary.ANNO_CONTEXT);
        contexts.addObject().put("fc", WebAnnotationVocabulary.FC);
        String collectionId = WebAnnotationVocabulary.derivedIri("evidence-without-quote", caseFile.getId());
        collection.put("id", collectionId);
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Evidence without a quote");
        collection.put("total", evidence.size());
        String pageId = WebAnnotationVocabulary.derivedIri("evidence-without-quote-page", caseFile.getId());
        ObjectNode page = collection.putObject("first");
        collection.put("last", pageId);
        page.put("id", pageId);
        page.put("type", "AnnotationPage");
        page.put("partOf", collectionId);
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        for (Evidence e : evidence) {
            items.add(annotation(e));
        }
    }

    /** The evidence's own URL, else its source's; null if neither is given. */
    static String address(Evidence evidence) {
        if (evidence.getUrl() != null && !evidence.getUrl().isBlank()) {
            return evidence.getUrl().strip();
        }
        String source = evidence.getSource() == null ? null : evidence.getSource().getUrl();
        return source == null || source.isBlank() ? null : source.strip();
    }

    private static ObjectNode annotation(Evidence evidence) {
        ObjectNode annotation = org.factcheck.exchange.internal.Json.object();
        annotation.put("id", CaseNames.iri(evidence));
        annotation.put("type", "Annotation");
        annotation.put("motivation", "assessing");
        ArrayNode bodies = annotation.putArray("body");
        ObjectNode classifying = bodies.addObject();
        classifying.put("type", "SpecificResource");
        classifying.put("source", WebAnnotationVocabulary.FC + "Evidence");
        classifying.put("purpose", "classifying");
        if (evidence.getClaim() != null) {
            ObjectNode claim = bodies.addObject();
            claim.put("type", "SpecificResource");
            claim.put("source", CaseNames.iri(evidence.getClaim()));
            claim.put("purpose", "assessing");
            if (evidence.getStance() != null) {
                claim.put(WebAnnotationVocabulary.STANCE, evidence.getStance().getLiteral().toLowerCase(Locale.ROOT));
            }
        }
        if (evidence.getNote() != null && !evidence.getNote().isBlank()) {
            ObjectNode note = bodies.addObject();
            note.put("type", "TextualBody");
            note.put("value", evidence.getNote());
            note.put("format", "text/plain");
            note.put("purpose", "commenting");
        }
        ObjectNode target = annotation.putObject("target");
        target.put("source", address(evidence));
        if (evidence.getRetrieved() != null) {
            ObjectNode state = target.putObject("state");
            state.put("type", "TimeState");
            state.put("sourceDate", evidence.getRetrieved().toString());
        }
        if (evidence.getContentSha256() != null && !evidence.getContentSha256().isBlank()) {
            target.put("fc:contentSha256", evidence.getContentSha256());
        }
        return annotation;
    }
}
