package org.factcheck.ui.internal.claims;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.factcheck.model.Claim;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Rating;
import org.factcheck.model.Tag;

/** The columns of the Claims view: title, width, text and sort order of each. */
enum ClaimColumns {

    STATEMENT("Statement", 360, c -> flat(c.getStatement())),
    CLAIMANT("Claimant", 140, c -> c.getClaimant() == null ? "" : c.getClaimant().getName()),
    DATE("Date said", 90, c -> c.getDateSaid() == null ? "" : c.getDateSaid().toString()),
    VERDICT("Verdict", 110, c -> c.getVerdict() == null ? "" : c.getVerdict().getLabel(),
            Comparator.comparing((Claim c) -> c.getVerdict() == null ? Integer.MIN_VALUE : verdictOrder(c.getVerdict()))),
    STATUS("Status", 80, c -> status(c.getStatus())),
    APPEARANCES("Appearances", 90, c -> String.valueOf(c.getAppearances().size()),
            Comparator.comparingInt((Claim c) -> c.getAppearances().size())),
    EVIDENCE("Evidence", 70, c -> String.valueOf(c.getEvidence().size()),
            Comparator.comparingInt((Claim c) -> c.getEvidence().size())),
    TAGS("Tags", 140, c -> c.getTags().stream().map(Tag::getName).collect(Collectors.joining(", ")));

    final String title;
    final int width;
    final Function<Claim, String> text;
    final Comparator<Claim> order;

    ClaimColumns(String title, int width, Function<Claim, String> text) {
        this(title, width, text, Comparator.comparing(c -> text.apply(c).toLowerCase(Locale.ROOT)));
    }

    ClaimColumns(String title, int width, Function<Claim, String> text, Comparator<Claim> order) {
        this.title = title;
        this.width = width;
        this.text = text;
        this.order = order;
    }

    static String flat(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** Ratings sort truest first; unscored ratings (Unverifiable) after the scored ones. */
    private static int verdictOrder(Rating rating) {
        return rating.isScored() ? rating.getValue() : -1;
    }

    static String status(ClaimStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case DRAFT -> "draft";
            case IN_REVIEW -> "in review";
            case PUBLISHED -> "published";
            case ARCHIVED -> "archived";
        };
    }
}
