package org.factcheck.exchange.internal.w3c;

import java.time.Instant;
import java.util.List;

import org.factcheck.model.SpanKind;

/**
 * One annotation as read from a file, before it is placed on a document.
 *
 * @param name        how to name it in messages: its id, or its position in the file
 * @param source      the IRI of the annotated resource, or null
 * @param exact       the quoted text ({@code TextQuoteSelector.exact}), or null
 * @param prefix      the text before the quote, or ""
 * @param suffix      the text after the quote, or ""
 * @param start       the {@code TextPositionSelector} start, or -1
 * @param end         the {@code TextPositionSelector} end, or -1
 * @param kind        the span kind a {@code classifying} body or the motivation gives
 * @param note        the text of the {@code commenting}/{@code describing} bodies, or null
 * @param author      the creator's name or IRI, or null
 * @param created     when it was created, or null
 * @param appearances IRIs of claims an {@code identifying} body names
 */
record IncomingAnnotation(String name, String source, String exact, String prefix, String suffix, int start, int end,
        SpanKind kind, String note, String author, Instant created, List<String> appearances) {

    boolean hasPosition() {
        return start >= 0 && end >= start;
    }
}
