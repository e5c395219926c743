package org.factcheck.exchange.internal.w3c;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.factcheck.exchange.internal.CaseNames;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;

/** The terms the W3C export and import share: how documents, span kinds and stances are named. */
final class WebAnnotationVocabulary {

    /** The Web Annotation JSON-LD context; the first {@code @context} value of every collection. */
    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** The namespace of the case model, prefix {@code fc}, for the span kind classes and {@code fc:stance}. */
    static final String FC = "http://www.factcheck.org/2026/case#";
    /** The extension property that gives the stance of an evidence body. */
    static final String STANCE = "fc:stance";

    private WebAnnotationVocabulary() {
    }

    /**
     * The IRI a document is annotated by: its URL when it has one, else the RFC 6920 name of its text
     * ({@code ni:///sha-256;...}), which any copy of the same article text has too.
     */
    static String source(Document document) {
        if (document.getUrl() != null && !document.getUrl().isBlank()) {
            return document.getUrl();
        }
        if (document.getTextSha256() != null && document.getTextSha256().length() == 64) {
            return ni(document.getTextSha256());
        }
        return CaseNames.iri(document);
    }

    /** The {@code ni} URI of a SHA-256 given in hex. */
    static String ni(String sha256Hex) {
        byte[] digest = HexFormat.of().parseHex(sha256Hex);
        return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** The IRI of the class of a span kind, e.g. {@code http://www.factcheck.org/2026/case#ClaimAppearance}. */
    static String kindIri(SpanKind kind) {
        return FC + switch (kind) {
            case CLAIM_APPEARANCE -> "ClaimAppearance";
            case EVIDENCE -> "Evidence";
            case BOILERPLATE -> "Boilerplate";
            default -> "Note";
        };
    }

    /** The span kind of a class IRI, or null if it is none of ours. */
    static SpanKind kindOf(String iri) {
        for (SpanKind kind : SpanKind.values()) {
            if (kindIri(kind).equals(iri) || ("fc:" + kindIri(kind).substring(FC.length())).equals(iri)) {
                return kind;
            }
        }
        return null;
    }

    /** The motivation an annotation of a span kind has. */
    static String motivation(SpanKind kind) {
        return switch (kind) {
            case CLAIM_APPEARANCE -> "identifying";
            case EVIDENCE -> "assessing";
            default -> "commenting";
        };
    }

    /** A stable IRI derived from an id, for collections and pages, which have no id of their own in the model. */
    static String derivedIri(String what, String id) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((what + ":" + id).getBytes(StandardCharsets.UTF_8));
    }
}
