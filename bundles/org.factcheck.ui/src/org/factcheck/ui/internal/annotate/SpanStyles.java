package org.factcheck.ui.internal.annotate;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.factcheck.model.Evidence;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.TextSpan;

/**
 * The colours of spans: claim appearances yellow, evidence by stance (supports green, refutes red, context blue),
 * notes lavender, comment / boilerplate regions grey (their text greyed and struck through). Where spans overlap the background gets darker with each extra layer, so overlaps show as such.
 */
final class SpanStyles {

    static final int CLAIM = 0;
    static final int SUPPORTS = 1;
    static final int REFUTES = 2;
    static final int CONTEXT = 3;
    static final int EVIDENCE = 4;
    static final int NOTE = 5;
    static final int BOILERPLATE = 6;
    static final int COUNT = 7;

    private static final String[] NAMES = { "Claim appearance", "Evidence that supports", "Evidence that refutes",
            "Evidence giving context", "Evidence", "Note", "Comment / boilerplate" };
    private static final RGB[] LIGHT = { new RGB(255, 231, 140), new RGB(196, 236, 190), new RGB(250, 198, 198),
            new RGB(200, 220, 252), new RGB(218, 220, 236), new RGB(228, 212, 246), new RGB(238, 238, 238) };
    private static final RGB[] STRONG = { new RGB(214, 150, 0), new RGB(34, 139, 74), new RGB(200, 36, 36),
            new RGB(40, 96, 200), new RGB(100, 104, 150), new RGB(128, 74, 180), new RGB(128, 128, 128) };

    private final LocalResourceManager resources;
    private final Map<Integer, Color> backgrounds = new HashMap<>();

    SpanStyles(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /** The style of a span, given the evidence that quotes it (or {@code null}). */
    static int styleOf(TextSpan span, Evidence evidence) {
        if (span.getKind() == SpanKind.NOTE) {
            return NOTE;
        }
        if (span.getKind() == SpanKind.BOILERPLATE) {
            return BOILERPLATE;
        }
        if (span.getKind() != SpanKind.EVIDENCE) {
            return CLAIM;
        }
        if (evidence == null) {
            return EVIDENCE;
        }
        return evidence.getStance() == Stance.SUPPORTS ? SUPPORTS
                : evidence.getStance() == Stance.REFUTES ? REFUTES : CONTEXT;
    }

    static String name(int style) {
        return NAMES[style];
    }

    /** The background of text covered by {@code depth} spans, the shortest of which has {@code style}. */
    Color background(int style, int depth) {
        int level = Math.min(depth, 3);
        return backgrounds.computeIfAbsent(style * 4 + level,
                key -> resources.create(ColorDescriptor.createFrom(blend(LIGHT[style], STRONG[style], (level - 1) * 0.2))));
    }

    /** The saturated colour of a style: underlines, ruler marks. */
    Color strong(int style) {
        return resources.create(ColorDescriptor.createFrom(STRONG[style]));
    }

    static RGB strongRgb(int style) {
        return STRONG[style];
    }

    private static RGB blend(RGB from, RGB to, double share) {
        return new RGB((int) Math.round(from.red + (to.red - from.red) * share),
                (int) Math.round(from.green + (to.green - from.green) * share),
                (int) Math.round(from.blue + (to.blue - from.blue) * share));
    }
}
