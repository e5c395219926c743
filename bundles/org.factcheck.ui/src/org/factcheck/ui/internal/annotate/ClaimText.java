package org.factcheck.ui.internal.annotate;

import java.util.List;

import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;

/** How claims and spans read in lists, hovers and messages. */
public final class ClaimText {

    private static final int SHORT = 90;
    private static final String QUOTES = "\"“”«»„‟‘’‚‛‹›'";
    private static final java.util.regex.Pattern AROUND_QUOTE = java.util.regex.Pattern
            .compile("^[\\s" + QUOTES + "]+|[\\s" + QUOTES + "]+$");
    /** What a quote's sentence may go on with after the words of a statement: commas, colons, dashes, quote marks. */
    private static final java.util.regex.Pattern AROUND_STATEMENT = java.util.regex.Pattern
            .compile("^[\\s" + QUOTES + "–—-]+|[\\s" + QUOTES + ",;:–—-]+$");

    private ClaimText() {
    }

    /** "“statement” — claimant, date", the statement shortened. */
    public static String oneLine(Claim claim) {
        return line(claim, SHORT);
    }

    /** "“statement” — claimant, date" with the whole statement. */
    public static String fullLine(Claim claim) {
        return line(claim, Integer.MAX_VALUE);
    }

    private static String line(Claim claim, int max) {
        StringBuilder line = new StringBuilder(max == Integer.MAX_VALUE ? "“" + unquoted(claim.getStatement()) + "”"
                : quoted(claim.getStatement(), max));
        if (claim.getClaimant() != null) {
            line.append(" — ").append(claim.getClaimant().getName());
        }
        if (claim.getDateSaid() != null) {
            line.append(", ").append(claim.getDateSaid());
        }
        return line.toString();
    }

    /**
     * Words between one pair of quotation marks, shortened to {@code max}: marks the words bring with them (a
     * quote selected with its opening “) are not doubled.
     */
    public static String quoted(String text, int max) {
        return "“" + shorten(unquoted(text), max) + "”";
    }

    /** The words without the quotation marks and spaces around them. */
    public static String unquoted(String text) {
        return text == null ? "" : AROUND_QUOTE.matcher(text).replaceAll("");
    }

    /**
     * The statement a quote proposes for a new claim: the quote without the quotation marks, spaces and the
     * punctuation by which its sentence goes on around it ({@code “We will defend our territories,”} gives
     * {@code We will defend our territories}); a full stop, question or exclamation mark stays.
     */
    public static String statementOf(String quote) {
        return quote == null ? "" : AROUND_STATEMENT.matcher(quote).replaceAll("");
    }

    /** Whether every word of {@code wanted} (case-insensitive) is in the claim's full statement or claimant's name. */
    public static boolean matches(Claim claim, String wanted) {
        String words = (claim.getStatement() + " " + (claim.getClaimant() == null ? "" : claim.getClaimant().getName())
                + " " + (claim.getDateSaid() == null ? "" : claim.getDateSaid())).toLowerCase(java.util.Locale.ROOT);
        for (String word : wanted.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+")) {
            if (!words.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How well a claim's statement fits what was typed in a picker's Find: 0 when it begins with the words as typed,
     * 1 when it holds them as typed, 2 otherwise (the words only appear somewhere, or nothing is typed).
     */
    public static int rank(Claim claim, String wanted) {
        String phrase = wanted == null ? "" : wanted.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        String statement = claim.getStatement() == null ? ""
                : claim.getStatement().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        if (phrase.isEmpty()) {
            return 2;
        }
        return statement.startsWith(phrase) ? 0 : statement.contains(phrase) ? 1 : 2;
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
            text.append(span.getKind() == SpanKind.NOTE ? "Note\n"
                    : span.getKind() == SpanKind.BOILERPLATE ? "Comment / boilerplate: not part of the article, skipped by "
                            + "Suggest Claims (Delete removes the mark)\n" : "Span not attached to any claim\n");
        }
        if (span.getNote() != null && !span.getNote().isBlank()) {
            text.append("Note: ").append(span.getNote()).append('\n');
        }
        text.append("Quote: ").append(quoted(span.getExact(), 200));
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
