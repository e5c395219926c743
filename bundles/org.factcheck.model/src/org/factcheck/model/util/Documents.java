package org.factcheck.model.util;

import org.factcheck.model.Document;

/**
 * Hand-written logic behind the operations of {@link Document}; the generated {@code DocumentImpl} calls it
 * (see the {@code body} annotations in model/factcheck.ecore).
 */
public final class Documents {

    private Documents() {
    }

    /**
     * @return the length of the document's text in Unicode code points, 0 if it has no text
     * @see Document#codePointLength()
     */
    public static int codePointLength(Document document) {
        String text = document.getText();
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
