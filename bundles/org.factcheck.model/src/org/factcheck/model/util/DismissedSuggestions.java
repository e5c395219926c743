package org.factcheck.model.util;

import org.factcheck.model.DismissedSuggestion;

/**
 * Hand-written logic behind the operations of {@link DismissedSuggestion}; the generated
 * {@code DismissedSuggestionImpl} calls it (see the {@code body} annotations in model/factcheck.ecore).
 */
public final class DismissedSuggestions {

    private DismissedSuggestions() {
    }

    /**
     * @return whether {@code text} is the dismissed passage: equal to its {@code exact} after collapsing runs of white
     *         space to one space and trimming both ends; false when either is null or blank
     * @see DismissedSuggestion#matches(String)
     */
    public static boolean matches(DismissedSuggestion dismissed, String text) {
        String a = fingerprint(dismissed.getExact());
        return !a.isEmpty() && a.equals(fingerprint(text));
    }

    /** @return the text with white space runs collapsed to one space and trimmed; "" for null */
    public static String fingerprint(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
