package org.factcheck.exchange.internal.w3c;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.model.SpanKind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the bodies (and the motivation) of an annotation say: the span kind, the note, and the claims it is an
 * appearance of. Hypothesis' {@code text} counts as a note.
 *
 * @param kind        the kind, from a {@code classifying} body with one of the model's kind IRIs, else from
 *                    the motivation ({@code identifying}: claim appearance, {@code assessing}: evidence), else
 *                    {@link SpanKind#NOTE}
 * @param note        the text of the textual bodies (commenting, describing or without purpose), joined by blank
 *                    lines; null if there is none
 * @param appearances IRIs named by {@code identifying} bodies
 */
record Bodies(SpanKind kind, String note, List<String> appearances) {

    static Bodies of(JsonNode annotation) {
        SpanKind kind = null;
        List<String> notes = new ArrayList<>();
        List<String> appearances = new ArrayList<>();
        for (JsonNode body : AnnotationReader.asList(annotation.get("body"))) {
            String purpose = AnnotationReader.text(body, "purpose");
            String source = body.isTextual() ? body.asText() : AnnotationReader.text(body, "source");
            if (AnnotationReader.isType(body, "TextualBody") || body.has("value")) {
                String value = AnnotationReader.text(body, "value");
                if (value != null && !value.isBlank() && (purpose == null || purpose.equals("commenting")
                        || purpose.equals("describing") || purpose.equals("replying"))) {
                    notes.add(value.strip());
                }
            } else if ("classifying".equals(purpose) && WebAnnotationVocabulary.kindOf(source) != null) {
                kind = WebAnnotationVocabulary.kindOf(source);
            } else if ("identifying".equals(purpose) && source != null) {
                appearances.add(source);
            }
        }
        String text = AnnotationReader.text(annotation, "text");
        if (text != null && !text.isBlank()) {
            notes.add(text.strip());
        }
        if (kind == null) {
            kind = switch (String.valueOf(AnnotationReader.text(annotation, "motivation"))) {
                case "identifying" -> SpanKind.CLAIM_APPEARANCE;
                case "assessing" -> SpanKind.EVIDENCE;
                default -> SpanKind.NOTE;
            };
        }
        return new Bodies(kind, notes.isEmpty() ? null : String.join("\n\n", notes), List.copyOf(appearances));
    }
}
