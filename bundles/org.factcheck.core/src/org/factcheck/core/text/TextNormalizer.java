package org.factcheck.core.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Brings article text into the one canonical form that case files store, so that code point offsets
 * and SHA-256 fingerprints do not depend on how the text happened to be encoded.
 */
public final class TextNormalizer {

    private static final char BOM = '\uFEFF';
    private static final Pattern TRAILING_SPACE = Pattern.compile("\\h+$", Pattern.MULTILINE);
    /** Three or more blank lines, that is four or more line feeds separated only by nothing. */
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\n{4,}");

    private TextNormalizer() {
    }

    /**
     * Normalizes a text, in this order:
     * <ol>
     * <li>removes a byte order mark (U+FEFF) at the very start;</li>
     * <li>turns CR LF and lone CR line ends into LF, and so form feeds and vertical tabs (the page breaks of text
     * made from PDF or word-processor files), which XML cannot hold;</li>
     * <li>applies Unicode normalization form NFC;</li>
     * <li>removes horizontal white space (spaces, tabs, no-break spaces, ...) at the end of every line;</li>
     * <li>reduces every run of three or more blank lines to two blank lines.</li>
     * </ol>
     * Nothing else changes: leading indentation, single and double blank lines and the presence or
     * absence of a final line feed are kept. The function is idempotent.
     *
     * @param text the text, not {@code null}
     * @return the normalized text
     */
    public static String normalize(String text) {
        String s = text;
        if (!s.isEmpty() && s.charAt(0) == BOM) {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u000B', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        s = TRAILING_SPACE.matcher(s).replaceAll("");
        return MANY_BLANK_LINES.matcher(s).replaceAll("\n\n\n");
    }
}
