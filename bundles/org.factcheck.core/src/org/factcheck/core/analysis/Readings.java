package org.factcheck.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.core.analysis.Verdicts.Side;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Polarity;

/**
 * The two readings of a case's attacks, and why each claim stands or falls.
 * <ul>
 * <li>The <em>argument</em> reading: grounded semantics over every attack (a contradiction of source on target),
 * whatever the verdicts.</li>
 * <li>The <em>verdict-aware</em> reading: an attack whose source is rated on the false side of the scale (False,
 * Mostly false) does not defeat its target — the fact-checker has decided the attacker is false, so it cannot take
 * another claim down. This is preference-based argumentation (Amgoud and Cayrol) with the preference "a claim rated
 * false is weaker than any other claim": an attack succeeds unless its attacker is rated false. Grounded semantics
 * over the attacks that succeed.</li>
 * </ul>
 */
final class Readings {

    private final Verdicts verdicts;
    /** The attack relations on each claim, in the case's order. */
    private final Map<Claim, List<ClaimRelation>> attacksOn = new HashMap<>();
    private final Map<Claim, ArgumentLabel> argument;
    private final Map<Claim, ArgumentLabel> verdictAware;

    Readings(List<Claim> claims, List<ClaimRelation> relations, Verdicts verdicts) {
        this.verdicts = verdicts;
        for (ClaimRelation relation : relations) {
            if (relation.getKind().getPolarity() == Polarity.ATTACK) {
                attacksOn.computeIfAbsent(relation.getTarget(), c -> new ArrayList<>()).add(relation);
            }
        }
        argument = GroundedLabelling.label(claims, claim -> attackers(claim, false));
        verdictAware = GroundedLabelling.label(claims, claim -> attackers(claim, true));
    }

    /** The claims that attack {@code claim}; with {@code effective}, only those whose attack succeeds. */
    private List<Claim> attackers(Claim claim, boolean effective) {
        List<Claim> attackers = new ArrayList<>();
        for (ClaimRelation relation : attacksOn.getOrDefault(claim, List.of())) {
            if (!effective || !discounted(relation.getSource())) {
                attackers.add(relation.getSource());
            }
        }
        return attackers;
    }

    /** Whether {@code attacker}'s attacks fail in the verdict-aware reading: it is rated on the false side. */
    boolean discounted(Claim attacker) {
        return verdicts.side(attacker) == Side.FALSE;
    }

    Map<Claim, ArgumentLabel> argument() {
        return argument;
    }

    Map<Claim, ArgumentLabel> verdictAware() {
        return verdictAware;
    }

    /** The claims that defeat {@code claim} in the verdict-aware reading: attackers that stand and are not discounted. */
    List<Claim> defeaters(Claim claim) {
        return attackers(claim, true).stream().filter(a -> verdictAware.get(a) == ArgumentLabel.IN).distinct().toList();
    }

    /** The claims that defeat {@code claim} in the argument reading. */
    List<Claim> argumentDefeaters(Claim claim) {
        return attackers(claim, false).stream().filter(a -> argument.get(a) == ArgumentLabel.IN).distinct().toList();
    }

    /** Every claim with the sentences that say why it stands, falls or stays undecided, in the case's order. */
    Map<Claim, String> explanations() {
        Map<Claim, String> explanations = new LinkedHashMap<>();
        verdictAware.keySet().forEach(claim -> explanations.put(claim, explain(claim)));
        return explanations;
    }

    /**
     * Why {@code claim} stands, falls or stays undecided in the verdict-aware reading, naming the attackers and their
     * verdicts; and, when the argument reading differs, what it would be without the verdicts.
     */
    String explain(Claim claim) {
        ArgumentLabel label = verdictAware.get(claim);
        List<Claim> all = attackers(claim, false).stream().distinct().toList();
        StringBuilder why = new StringBuilder(capitalised(label.word())).append(": ");
        if (all.isEmpty()) {
            why.append("no claim contradicts it.");
        } else if (label == ArgumentLabel.OUT) {
            why.append(listed(defeaters(claim))).append(defeaters(claim).size() == 1 ? " contradicts it and stands."
                    : " contradict it and stand.");
        } else if (label == ArgumentLabel.IN) {
            List<String> reasons = new ArrayList<>();
            for (Claim attacker : all) {
                reasons.add(ArgumentAnalysis.quote(attacker) + rated(attacker) + (discounted(attacker)
                        ? " contradicts it, but a claim rated false cannot defeat another" : " contradicts it, but falls"));
            }
            why.append(String.join("; ", reasons)).append('.');
        } else {
            List<Claim> open = attackers(claim, true).stream().filter(a -> verdictAware.get(a) == ArgumentLabel.UNDECIDED)
                    .distinct().toList();
            why.append(listed(open)).append(open.size() == 1 ? " contradicts it and is itself undecided"
                    : " contradict it and are themselves undecided").append(" (claims that contradict one another"
                            + " with nothing to settle it).");
        }
        ArgumentLabel pure = argument.get(claim);
        if (pure != label) {
            why.append(" Without the verdicts it would ").append(pure == ArgumentLabel.IN ? "stand" : pure == ArgumentLabel.OUT
                    ? "fall" : "be undecided");
            List<Claim> falseDefeaters = argumentDefeaters(claim).stream().filter(this::discounted).toList();
            why.append(falseDefeaters.isEmpty() ? "." : ", defeated by " + listed(falseDefeaters) + ".");
        }
        return why.toString();
    }

    /** " (rated False)", or "" for a claim without a verdict. */
    static String rated(Claim claim) {
        return claim.getVerdict() == null || claim.getVerdict().getLabel() == null ? ""
                : " (rated " + claim.getVerdict().getLabel() + ")";
    }

    private static String listed(List<Claim> claims) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < claims.size(); i++) {
            text.append(i == 0 ? "" : i == claims.size() - 1 ? " and " : ", ").append(ArgumentAnalysis.quote(claims.get(i)))
                    .append(rated(claims.get(i)));
        }
        return text.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
