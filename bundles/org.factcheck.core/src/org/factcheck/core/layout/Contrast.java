package org.factcheck.core.layout;

/**
 * The text colour for a coloured background (a verdict's or a tag's colour), by the WCAG 2 contrast ratio, for
 * every picture of the case (the SVG diagram, the HTML report, the DOT graph):
 * black or white, whichever contrasts more. One of the two always reaches at least 4.58:1, so text on any
 * colour meets the 4.5:1 that WCAG asks for normal text.
 */
public final class Contrast {

    private static final String BLACK = "#000000";
    private static final String WHITE = "#ffffff";

    private Contrast() {
    }

    /**
     * @param background a colour as {@code #RRGGBB}
     * @return {@code #000000} or {@code #ffffff}
     * @throws IllegalArgumentException if the colour is not {@code #RRGGBB}
     */
    public static String textOn(String background) {
        double l = luminance(background);
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? BLACK : WHITE;
    }

    /** The WCAG 2 relative luminance of {@code #RRGGBB}. */
    static double luminance(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("Not a colour #RRGGBB: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
