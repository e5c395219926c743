package org.factcheck.diagram.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;
import org.factcheck.core.analysis.AnalysisResult;
import org.factcheck.core.analysis.ArgumentLabel;
import org.factcheck.core.analysis.Finding;
import org.factcheck.diagram.internal.figures.ClaimView;
import org.factcheck.diagram.internal.figures.ClaimView.EvidenceLine;
import org.factcheck.diagram.internal.figures.DiagramStyle;
import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;
import org.factcheck.model.Rating;
import org.factcheck.model.Stance;

/** What a claim's box shows, in the fact-checker's words. */
final class ClaimViews {

    private static final int TOOLTIP_WIDTH = 90;

    private ClaimViews() {
    }

    static ClaimView of(Claim claim, AnalysisResult analysis) {
        return of(claim, analysis, List.of());
    }

    static ClaimView of(Claim claim, AnalysisResult analysis, List<ClaimView.Badge> badges) {
        Rating verdict = claim.getVerdict();
        String verdictLabel = verdict == null ? "No verdict" : verdict.getLabel();
        RGB colour = verdict == null ? DiagramStyle.NO_VERDICT : DiagramStyle.rgb(verdict.getColor(), DiagramStyle.NO_VERDICT);
        List<EvidenceLine> evidence = new ArrayList<>();
        for (Evidence piece : claim.getEvidence()) {
            evidence.add(new EvidenceLine(mark(piece.getStance()), colour(piece.getStance()), describe(piece)));
        }
        return new ClaimView(verdictLabel, colour, statement(claim), who(claim), counts(claim), List.copyOf(evidence),
                analysis.label(claim), analysis.worstSeverity(claim).orElse(null), List.copyOf(badges),
                org.factcheck.ui.cases.CaseConflicts.of(claim).size());
    }

    /**
     * @return the tooltip of a claim's box: statement, who said it, verdict, why it stands or falls (the attackers and
     *         their verdicts; a claim rated false cannot defeat another), evidence, problems, the plugins' marks
     */
    static String details(Claim claim, AnalysisResult analysis, List<ClaimView.Badge> badges) {
        ClaimView view = of(claim, analysis, badges);
        String text = details(claim, view.verdict(), view.evidence(), analysis.explanation(claim), analysis.findingsFor(claim));
        List<ClaimView.Badge> explained = badges.stream().filter(b -> b.tooltip() != null || b.text() != null).toList();
        if (explained.isEmpty()) {
            return text;
        }
        StringBuilder more = new StringBuilder("\n\nMarks:");
        for (ClaimView.Badge badge : explained) {
            more.append("\n • ").append(badge.text() == null ? "" : badge.text())
                    .append(badge.text() != null && badge.tooltip() != null ? ": " : "")
                    .append(badge.tooltip() == null ? "" : badge.tooltip());
        }
        return text + wrapLines(more.toString(), TOOLTIP_WIDTH);
    }

    private static String statement(Claim claim) {
        return claim.getStatement() == null || claim.getStatement().isBlank() ? "(no statement)" : claim.getStatement();
    }

    static String who(Claim claim) {
        String name = claim.getClaimant() == null ? null : claim.getClaimant().getName();
        String date = claim.getDateSaid() == null ? null : claim.getDateSaid().toString();
        if (name == null && date == null) {
            return "";
        }
        return "— " + (name == null ? date : date == null ? name : name + ", " + date);
    }

    private static String counts(Claim claim) {
        int quotes = claim.getAppearances().size();
        int evidence = claim.getEvidence().size();
        return quotes + (quotes == 1 ? " quote" : " quotes") + " · " + evidence + " evidence";
    }

    private static String mark(Stance stance) {
        return stance == Stance.SUPPORTS ? "✔" : stance == Stance.REFUTES ? "✘" : "•";
    }

    private static RGB colour(Stance stance) {
        return stance == Stance.SUPPORTS ? DiagramStyle.SUPPORT : stance == Stance.REFUTES ? DiagramStyle.ATTACK : DiagramStyle.MUTED;
    }

    private static String describe(Evidence evidence) {
        String stance = evidence.getStance() == null ? "Evidence" : words(evidence.getStance().getName());
        StringBuilder text = new StringBuilder(stance);
        if (evidence.getSource() != null && evidence.getSource().getName() != null) {
            text.append(" · ").append(evidence.getSource().getName());
        }
        String said = evidence.getSpan() != null ? "“" + evidence.getSpan().getExact() + "”" : evidence.getNote();
        if (said == null && evidence.getUrl() != null) {
            said = evidence.getUrl();
        }
        if (said != null && !said.isBlank()) {
            text.append(": ").append(said);
        }
        return text.toString();
    }

    private static String words(String literal) {
        String lower = literal.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String details(Claim claim, String verdict, List<EvidenceLine> evidence, String why,
            List<Finding> findings) {
        StringBuilder text = new StringBuilder(statement(claim));
        String who = who(claim);
        if (!who.isEmpty()) {
            text.append("\n").append(who);
        }
        text.append("\n\nVerdict: ").append(verdict);
        if (claim.getExplanation() != null && !claim.getExplanation().isBlank()) {
            text.append(" — ").append(claim.getExplanation());
        }
        // which claims contradict it, their verdicts, and what it would be without the verdicts
        text.append("\nArgumentation — ").append(why);
        if (!evidence.isEmpty()) {
            text.append("\n\nEvidence:");
            evidence.forEach(e -> text.append("\n ").append(e.mark()).append(' ').append(e.text()));
        }
        if (!findings.isEmpty()) {
            text.append("\n\nProblems:");
            findings.forEach(f -> text.append("\n • ").append(f.message()));
        }
        return wrapLines(text.toString(), TOOLTIP_WIDTH);
    }

    /** Breaks long lines of a tooltip at spaces, so that it stays a readable column. */
    static String wrapLines(String text, int width) {
        StringBuilder wrapped = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String indent = line.startsWith(" ") ? "   " : "";
            while (line.length() > width) {
                int cut = line.lastIndexOf(' ', width);
                cut = cut > width / 2 ? cut : width;
                wrapped.append(line, 0, cut).append('\n');
                line = indent + line.substring(cut).stripLeading();
            }
            wrapped.append(line).append('\n');
        }
        return wrapped.substring(0, wrapped.length() - 1);
    }

    /** A claim's statement shortened for a relation's tooltip. */
    static String shortStatement(Claim claim) {
        if (claim == null || claim.getStatement() == null) {
            return "?";
        }
        String text = claim.getStatement().strip();
        return "“" + (text.length() <= 70 ? text : text.substring(0, 69) + "…") + "”";
    }
}
