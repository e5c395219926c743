package org.factcheck.core.text;

/**
 * Short forms of long texts for labels, titles and messages: "Russia has no plans to take more territory…"
 * rather than "Russia has no plans to take more territ …".
 */
public final class Abbreviations {

    private static final String ELLIPSIS = "…";

    private Abbreviations() {
    }

    /**
     * A text on one line, at most {@code max} characters long. White space runs become one space; a longer text is cut
     * after the last whole word that fits (in the middle of a word only when the first word alone is longer than half
     * of {@code max}), loses the punctuation and space before the cut, and ends in "…". A surrogate pair is never
     * split.
     *
     * @param text the text, or {@code null} (gives "")
     * @param max  the most characters (Java {@code char}s) the result may have, at least 2
     * @return the short form
     * @throws IllegalArgumentException if {@code max} is less than 2
     */
    public static String shorten(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("A shortened text needs room for at least two characters, not " + max);
        }
        if (text == null) {
            return "";
        }
        String flat = oneLine(text);
        if (flat.length() <= max) {
            return flat;
        }
        int cut = max - ELLIPSIS.length();
        int space = flat.lastIndexOf(' ', cut);
        if (space > max / 2) {
            cut = space;
        } else if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        int end = cut;
        while (end > 1 && isTrailing(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(0, end) + ELLIPSIS;
    }

    /**
     * The text with each run of white space ({@code \s}: space, tab, line breaks, form feed) as one space, stripped;
     * what {@code text.replaceAll("\\s+", " ").strip()} gives, without a regular expression (labels and messages
     * of thousands of claims are shortened at a time). A text that is already so is returned as it is.
     */
    private static String oneLine(String text) {
        int n = text.length();
        boolean flat = true;
        for (int i = 0; i < n && flat; i++) {
            char c = text.charAt(i);
            flat = !isSpace(c) || c == ' ' && i > 0 && i < n - 1 && !isSpace(text.charAt(i + 1));
        }
        if (flat) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            } else if (i == 0 || !isSpace(text.charAt(i - 1))) { // the first of a run
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isTrailing(char c) {
        return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '—' || c == '–';
    }
}
