package org.factcheck.diagram.internal.figures;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.FontRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.factcheck.core.analysis.ArgumentLabel;
import org.factcheck.core.analysis.Finding.Severity;
import org.factcheck.model.Polarity;

/**
 * Colours and fonts of the diagram. Supports is green, contradicts red and other relations grey, in lines and
 * labels alike; verdicts use their rating's own colour. Colours need no disposal in today's SWT; fonts live in
 * JFace's font registry.
 */
public final class DiagramStyle {

    public static final RGB BORDER = new RGB(0x5F, 0x6B, 0x7A);
    public static final RGB TEXT = new RGB(0x1B, 0x1F, 0x24);
    public static final RGB MUTED = new RGB(0x5F, 0x6B, 0x7A);
    public static final RGB NO_VERDICT = new RGB(0xBD, 0xBD, 0xBD);
    public static final RGB SUPPORT = new RGB(0x2E, 0x7D, 0x32);
    public static final RGB ATTACK = new RGB(0xC6, 0x28, 0x28);
    public static final RGB NEUTRAL = new RGB(0x75, 0x75, 0x75);

    private static final Map<RGB, Color> COLOURS = new HashMap<>();
    private static final String SMALL = "org.factcheck.diagram.small";
    private static final String SMALL_BOLD = "org.factcheck.diagram.smallBold";
    private static final String SMALL_ITALIC = "org.factcheck.diagram.smallItalic";

    private DiagramStyle() {
    }

    /** @return the colour, shared */
    public static Color colour(RGB rgb) {
        return COLOURS.computeIfAbsent(rgb, Color::new);
    }

    /** @return the colour of a {@code #RRGGBB} text, or {@code fallback} if it is not one */
    /**
     * @return the image at {@code url}, loaded once and kept for the session, or {@code null} if it cannot be read
     *         (a decorator's icon)
     */
    public static org.eclipse.swt.graphics.Image image(java.net.URL url) {
        return IMAGES.computeIfAbsent(url.toExternalForm(), key -> {
            org.eclipse.swt.graphics.Image image = org.eclipse.jface.resource.ImageDescriptor.createFromURL(url)
                    .createImage(false);
            return java.util.Optional.ofNullable(image);
        }).orElse(null);
    }

    private static final java.util.Map<String, java.util.Optional<org.eclipse.swt.graphics.Image>> IMAGES =
            new java.util.HashMap<>();

    public static RGB rgb(String hex, RGB fallback) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return fallback;
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }

    /** @return black or white, whichever reads better on {@code background} */
    public static RGB textOn(RGB background) {
        double luminance = 0.299 * background.red + 0.587 * background.green + 0.114 * background.blue;
        return luminance > 150 ? TEXT : new RGB(255, 255, 255);
    }

    /** @return the colour of relations of a polarity */
    public static RGB of(Polarity polarity) {
        return switch (polarity == null ? Polarity.NEUTRAL : polarity) {
            case SUPPORT -> SUPPORT;
            case ATTACK -> ATTACK;
            case NEUTRAL -> NEUTRAL;
        };
    }

    /** @return the colour a grounded label is written in */
    public static RGB of(ArgumentLabel label) {
        return switch (label) {
            case IN -> new RGB(0x1B, 0x7A, 0x3A);
            case OUT -> new RGB(0xB3, 0x26, 0x1E);
            case UNDECIDED -> new RGB(0x8A, 0x6D, 0x00);
        };
    }

    /** @return the colour of a finding's mark */
    public static RGB of(Severity severity) {
        return switch (severity) {
            case ERROR -> new RGB(0xD3, 0x2F, 0x2F);
            case WARNING -> new RGB(0xF9, 0xA8, 0x25);
            case INFO -> new RGB(0x19, 0x76, 0xD2);
        };
    }

    /** @return the font of statements: the workbench's text font */
    public static Font statementFont() {
        return JFaceResources.getDefaultFont();
    }

    /** @return a smaller font for who said it, counts and labels */
    public static Font smallFont() {
        return derived(SMALL, SWT.NORMAL);
    }

    /** @return the smaller font, bold: verdicts */
    public static Font smallBoldFont() {
        return derived(SMALL_BOLD, SWT.BOLD);
    }

    /** @return the smaller font, italic: relation labels */
    public static Font smallItalicFont() {
        return derived(SMALL_ITALIC, SWT.ITALIC);
    }

    private static Font derived(String key, int style) {
        FontRegistry registry = JFaceResources.getFontRegistry();
        if (!registry.hasValueFor(key)) {
            registry.put(key, FontDescriptor.createFrom(JFaceResources.getDefaultFont()).increaseHeight(-1).setStyle(style)
                    .getFontData());
        }
        return registry.get(key);
    }
}
