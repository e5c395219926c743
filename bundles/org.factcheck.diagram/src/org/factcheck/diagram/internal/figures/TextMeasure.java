package org.factcheck.diagram.internal.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.swt.graphics.Font;

/**
 * Measures and wraps text quickly: each character's width is measured once per font and summed, which is close
 * enough for wrapping and lets a diagram of thousands of claims lay out without thousands of calls into the
 * graphics system.
 */
public final class TextMeasure {

    private static final Map<Font, Map<Integer, Integer>> WIDTHS = new HashMap<>();

    private TextMeasure() {
    }

    /** @return the width of {@code text} in {@code font}, in pixels */
    public static int width(String text, Font font) {
        Map<Integer, Integer> widths = WIDTHS.computeIfAbsent(font, f -> new HashMap<>());
        int[] total = { 0 };
        text.codePoints().forEach(cp -> total[0] += widths.computeIfAbsent(cp,
                c -> FigureUtilities.getTextWidth(new String(Character.toChars(c)), font)));
        return total[0];
    }

    /**
     * Breaks text into lines no wider than {@code width}, at spaces where possible.
     *
     * @param text     the text; runs of white space count as one space
     * @param font     the font it is drawn in
     * @param width    the width available, in pixels
     * @param maxLines the most lines; the last ends with "…" when text was left out
     * @return the lines, none for blank text
     */
    public static List<String> wrap(String text, Font font, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            int fit = fit(rest, font, width);
            if (fit < rest.length()) {
                int space = rest.lastIndexOf(' ', fit);
                fit = space > 0 ? space : Math.max(1, fit);
            }
            String line = rest.substring(0, fit).strip();
            rest = rest.substring(fit).strip();
            if (lines.size() == maxLines - 1 && !rest.isEmpty()) {
                line = ellipsis(line, font, width);
            }
            lines.add(line);
        }
        return lines;
    }

    private static String ellipsis(String line, Font font, int width) {
        String shortened = line;
        while (!shortened.isEmpty() && width(shortened + "…", font) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.stripTrailing() + "…";
    }

    /** @return how many chars of {@code text} fit into {@code width} */
    private static int fit(String text, Font font, int width) {
        Map<Integer, Integer> widths = WIDTHS.computeIfAbsent(font, f -> new HashMap<>());
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            used += widths.computeIfAbsent(cp, c -> FigureUtilities.getTextWidth(new String(Character.toChars(c)), font));
            if (used > width) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return text.length();
    }
}
