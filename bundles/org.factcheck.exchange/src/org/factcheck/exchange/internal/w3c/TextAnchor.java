package org.factcheck.exchange.internal.w3c;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.text.CodePoints;
import org.factcheck.model.AnchorStatus;

/**
 * Finds where an incoming annotation lies in a document's text.
 * <ol>
 * <li>If the {@code TextPositionSelector} selects exactly the quoted text (or there is no quote), the positions
 * are used: {@code ANCHORED}, not moved.</li>
 * <li>Else every occurrence of the quote is a candidate: {@code ANCHORED}, moved.</li>
 * <li>Else every match of the quote with any run of white space matching any other run (line breaks of a
 * rendered page against the stored text): {@code FUZZY}, moved.</li>
 * </ol>
 * Among several candidates the one whose surroundings agree longest with the selector's prefix and suffix wins,
 * then the one nearest to the recorded start.
 *
 * @param start  the start in code points
 * @param end    the end in code points, exclusive
 * @param status how well it fits
 * @param moved  whether it is not where the positions said
 * @param score  how well the context agreed (higher is better); positions that fit score highest
 */
record TextAnchor(int start, int end, AnchorStatus status, boolean moved, long score) {

    private static final long POSITIONS_FIT = Long.MAX_VALUE;

    /**
     * Anchors an annotation in a text.
     *
     * @param text the document's text
     * @param a    the annotation
     * @return the anchor, or null if the text does not contain the annotation's quote (or fitting positions)
     */
    static TextAnchor find(String text, IncomingAnnotation a) {
        int length = CodePoints.length(text);
        if (a.hasPosition() && a.end() <= length
                && (a.exact() == null || CodePoints.substring(text, a.start(), a.end()).equals(a.exact()))) {
            return new TextAnchor(a.start(), a.end(), AnchorStatus.ANCHORED, false, POSITIONS_FIT);
        }
        if (a.exact() == null) {
            return null;
        }
        TextAnchor best = best(text, a, Pattern.compile(Pattern.quote(a.exact())), AnchorStatus.ANCHORED);
        if (best == null) {
            String[] words = a.exact().strip().split("\\s+");
            StringBuilder regex = new StringBuilder();
            for (String word : words) {
                regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(word));
            }
            best = best(text, a, Pattern.compile(regex.toString()), AnchorStatus.FUZZY);
        }
        return best;
    }

    private static TextAnchor best(String text, IncomingAnnotation a, Pattern pattern, AnchorStatus status) {
        TextAnchor best = null;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            long context = commonSuffix(a.prefix(), text.substring(Math.max(0, m.start() - a.prefix().length()), m.start()))
                    + commonPrefix(a.suffix(), text.substring(m.end(), Math.min(text.length(), m.end() + a.suffix().length())));
            int start = CodePoints.toCodePointOffset(text, m.start());
            long distance = a.hasPosition() ? Math.abs((long) start - a.start()) : 0;
            long score = context * 1_000_000_000L - distance;
            if (best == null || score > best.score) {
                best = new TextAnchor(start, CodePoints.toCodePointOffset(text, m.end()), status, true, score);
            }
            if (m.end() == m.start()) {
                break;
            }
        }
        return best;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
