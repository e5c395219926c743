package org.factcheck.model.util;

import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;

/**
 * Hand-written logic behind the operations of {@link TextSpan}; the generated {@code TextSpanImpl} calls it
 * (see the {@code body} annotations in model/factcheck.ecore).
 */
public final class TextSpans {

    private TextSpans() {
    }

    /**
     * @return the code points {@code [start, end)} of the containing document's text, or {@code null} if the span has
     *         no document, the document has no text, or the offsets are out of range
     * @see TextSpan#coveredText()
     */
    public static String coveredText(TextSpan span) {
        Document document = span.getDocument();
        String text = document == null ? null : document.getText();
        if (text == null) {
            return null;
        }
        int start = span.getStart();
        int end = span.getEnd();
        if (start < 0 || end < start || end > text.codePointCount(0, text.length())) {
            return null;
        }
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
