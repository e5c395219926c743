package org.factcheck.diagram.internal.figures;

import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.factcheck.core.analysis.ArgumentLabel;
import org.factcheck.core.analysis.Finding.Severity;

/**
 * What a claim's box shows, taken from the model by the claim's edit part.
 *
 * @param verdict       the verdict's label, or "No verdict"
 * @param verdictColour the verdict's colour
 * @param statement     what was said
 * @param who           who said it when ("— Dmitry Peskov, 2022-10-03"), possibly empty
 * @param counts        how often it appears and how much evidence it has ("3 quotes · 1 evidence")
 * @param evidence      the evidence, one entry per piece, shown only when evidence is switched on
 * @param label         whether it stands, falls or is undecided (grounded semantics)
 * @param severity      the most serious finding of the analysis about it, or {@code null}
 * @param badges        the badges contributed decorators put on it, in order
 * @param conflicts     how many open merge conflicts are about it or its evidence (a badge when not 0)
 */
public record ClaimView(String verdict, RGB verdictColour, String statement, String who, String counts,
        List<EvidenceLine> evidence, ArgumentLabel label, Severity severity, List<Badge> badges, int conflicts) {

    /**
     * One piece of evidence.
     *
     * @param mark   "✔" supports, "✘" refutes, "•" context
     * @param colour the mark's colour
     * @param text   the source and what it says
     */
    public record EvidenceLine(String mark, RGB colour, String text) {
    }

    /**
     * A decorator's badge: a pill with a short text and/or an icon.
     *
     * @param top     true in the header's right end, false in the footer
     * @param text    the text, or {@code null}
     * @param colour  the pill's colour
     * @param icon    the icon's location, or {@code null}
     * @param tooltip what the tooltip says about it, or {@code null}
     */
    public record Badge(boolean top, String text, RGB colour, java.net.URL icon, String tooltip) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Badge b && b.top == top && java.util.Objects.equals(b.text, text)
                    && b.colour.equals(colour) && java.util.Objects.equals(String.valueOf(b.icon), String.valueOf(icon))
                    && java.util.Objects.equals(b.tooltip, tooltip);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(top, text, colour, tooltip);
        }
    }
}
