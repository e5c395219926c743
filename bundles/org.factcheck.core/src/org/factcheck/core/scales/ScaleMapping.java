package org.factcheck.core.scales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Rating;
import org.factcheck.model.RatingScale;

/**
 * How the verdicts of a case map onto another rating scale: each rating of the old scale that a claim uses
 * goes to the new scale's rating with the same label (ignoring case and surrounding spaces), else to the
 * one scored with the same value; ratings with neither are unmapped, and the user decides.
 *
 * @since 0.1.0
 */
public final class ScaleMapping {

    private final Map<Rating, Rating> mapped;
    private final List<Rating> unmapped;

    private ScaleMapping(Map<Rating, Rating> mapped, List<Rating> unmapped) {
        this.mapped = mapped;
        this.unmapped = unmapped;
    }

    /**
     * Proposes a mapping of the verdicts a case uses onto a new scale.
     *
     * @param caseFile the case
     * @param target   the new scale
     * @return the mapping; ratings no claim uses are left out
     */
    public static ScaleMapping propose(CaseFile caseFile, RatingScale target) {
        Map<Rating, Rating> mapped = new LinkedHashMap<>();
        List<Rating> unmapped = new ArrayList<>();
        for (Rating used : used(caseFile)) {
            Optional<Rating> match = match(used, target);
            if (match.isPresent()) {
                mapped.put(used, match.get());
            } else {
                unmapped.add(used);
            }
        }
        return new ScaleMapping(mapped, unmapped);
    }

    /** @return the ratings the case's claims use, in the order of their scale (then of the claims) */
    static List<Rating> used(CaseFile caseFile) {
        List<Rating> result = new ArrayList<>();
        if (caseFile.getRatingScale() != null) {
            caseFile.getRatingScale().getRatings().stream()
                    .filter(r -> caseFile.getClaims().stream().anyMatch(c -> c.getVerdict() == r)).forEach(result::add);
        }
        for (Claim claim : caseFile.getClaims()) {
            if (claim.getVerdict() != null && !result.contains(claim.getVerdict())) {
                result.add(claim.getVerdict());
            }
        }
        return result;
    }

    private static Optional<Rating> match(Rating used, RatingScale target) {
        String label = key(used.getLabel());
        Optional<Rating> byLabel = target.getRatings().stream().filter(r -> key(r.getLabel()).equals(label)).findFirst();
        if (byLabel.isPresent() || !used.isScored()) {
            return byLabel;
        }
        return target.getRatings().stream().filter(r -> r.isScored() && r.getValue() == used.getValue()).findFirst();
    }

    private static String key(String label) {
        return label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    }

    /** @return the old ratings that have a match, with it, in the old scale's order */
    public Map<Rating, Rating> mapped() {
        return Map.copyOf(mapped);
    }

    /** @return the old ratings in use without a match: the user chooses a new rating or none for each */
    public List<Rating> unmapped() {
        return List.copyOf(unmapped);
    }

    /** @return the old ratings in use, mapped ones first */
    public List<Rating> used() {
        List<Rating> all = new ArrayList<>(mapped.keySet());
        all.addAll(unmapped);
        return all;
    }

    /**
     * @param old a rating of the old scale
     * @return its proposed match, if any
     */
    public Optional<Rating> target(Rating old) {
        return Optional.ofNullable(mapped.get(old));
    }
}
