package org.factcheck.ui.internal.annotate;

import java.util.List;

import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;

/** How claims and spans read in lists, hovers and messages. */
public final class ClaimText {

    private static final int SHORT = 90;

    private ClaimText() {
    }

    /** "“statement” — claimant, date". */
    public static String oneLine(Claim claim) {
        StringBuilder line = new StringBuilder("“").append(shorten(claim.getStatement(), SHORT)).append("”");
        if (claim.getClaimant() != null) {
            line.append(" — ").append(claim.getClaimant().getName());
        }
        if (claim.getDateSaid() != null) {
            line.append(", ").append(claim.getDateSaid());
        }
        return line.toString();
    }

    public static String shorten(String text, int max) {
        return org.factcheck.core.text.Abbreviations.shorten(text, max);
    }

    /** What a span is attached to, for the hover over it. */
    static String describe(TextSpan span, SpanRoles roles) {
        StringBuilder text = new StringBuilder();
        List<Claim> claims = roles.claimsOf(span);
        Evidence evidence = roles.evidenceOf(span);
        if (!claims.isEmpty()) {
            text.append(claims.size() == 1 ? "Appearance of the claim\n" : "Appearance of the claims\n");
            claims.forEach(c -> text.append("  ").append(oneLine(c)).append(verdict(c)).append('\n'));
        }
        if (evidence != null && evidence.getClaim() != null) {
            text.append("Evidence that ").append(stanceVerb(evidence)).append(" the claim\n  ")
                    .append(oneLine(evidence.getClaim())).append('\n');
        }
        if (claims.isEmpty() && evidence == null) {
            text.append(span.getKind() == SpanKind.NOTE ? "Note\n" : "Span not attached to any claim\n");
        }
        if (span.getNote() != null && !span.getNote().isBlank()) {
            text.append("Note: ").append(span.getNote()).append('\n');
        }
        text.append("Quote: “").append(shorten(span.getExact(), 200)).append("”");
        if (span.getAnchorStatus() != null && span.getAnchorStatus() != org.factcheck.model.AnchorStatus.ANCHORED) {
            text.append("\nAnchoring: ").append(span.getAnchorStatus().getLiteral().toLowerCase())
                    .append(" — please review");
        }
        return text.toString();
    }

    private static String verdict(Claim claim) {
        return claim.getVerdict() == null ? "" : "  [" + claim.getVerdict().getLabel() + "]";
    }

    private static String stanceVerb(Evidence evidence) {
        if (evidence.getStance() == null) {
            return "concerns";
        }
        return switch (evidence.getStance()) {
            case SUPPORTS -> "supports";
            case REFUTES -> "refutes";
            case CONTEXT -> "gives context to";
        };
    }
}
