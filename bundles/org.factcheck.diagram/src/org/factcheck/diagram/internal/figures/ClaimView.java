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
 * @param conflicts     how many open merge conflicts are about it or its evidence (a badge when not 0)
 */
public record ClaimView(String verdict, RGB verdictColour, String statement, String who, String counts,
        List<EvidenceLine> evidence, ArgumentLabel label, Severity severity, int conflicts) {

    /**
     * One piece of evidence.
     *
     * @param mark   "✔" supports, "✘" refutes, "•" context
     * @param colour the mark's colour
     * @param text   the source and what it says
     */
    public record EvidenceLine(String mark, RGB colour, String text) {
    }
}
