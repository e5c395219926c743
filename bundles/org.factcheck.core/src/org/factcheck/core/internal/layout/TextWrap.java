package org.factcheck.core.internal.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a number of characters, at spaces where possible, for drawing without a
 * font at hand (SVG, size estimates).
 */
public final class TextWrap {

    private TextWrap() {
    }

    /**
     * Wraps text.
     *
     * @param text     the text; runs of white space count as one space
     * @param perLine  the most characters a line may hold, at least 1
     * @param maxLines the most lines to return; the last one ends with "…" if text was left out
     * @return the lines, none if the text is blank
     */
    public static List<String> wrap(String text, int perLine, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1 && rest.length() > perLine) {
                lines.add(cut(rest, perLine - 1).stripTrailing() + "…");
                return lines;
            }
            if (rest.length() <= perLine) {
                lines.add(rest);
                break;
            }
            String line = cut(rest, perLine);
            lines.add(line.stripTrailing());
            rest = rest.substring(line.length()).stripLeading();
        }
        return lines;
    }

    private static String cut(String text, int perLine) {
        if (text.length() <= perLine) {
            return text;
        }
        int space = text.lastIndexOf(' ', perLine);
        return space > perLine / 3 ? text.substring(0, space + 1) : text.substring(0, perLine);
    }
}
