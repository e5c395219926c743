package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.factcheck.core.analysis.AnalysisResult;
import org.factcheck.core.analysis.ArgumentAnalysis;
import org.factcheck.core.analysis.ArgumentLabel;
import org.factcheck.core.analysis.Finding.Kind;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Polarity;
import org.factcheck.model.Rating;
import org.factcheck.testing.ArgumentCases;
import org.junit.jupiter.api.Test;

/**
 * The invariants of both labellings on many generated claim graphs (seeded, so a failure names the seed that
 * reproduces it). The labellings are checked against the definitions, computed here independently and naively:
 * grounded extension as the least fixed point of the characteristic function, iterated from the empty set.
 */
class LabellingPropertiesTest {

    private static final int GRAPHS = 400;

    /** Who attacks whom: every relation of polarity ATTACK between claims of the case. */
    private static Map<Claim, List<Claim>> attackers(CaseFile caseFile, Predicate<Claim> counts) {
        Map<Claim, List<Claim>> attackers = new HashMap<>();
        caseFile.getClaims().forEach(c -> attackers.put(c, new ArrayList<>()));
        for (ClaimRelation r : caseFile.getRelations()) {
            if (r.getKind() != null && r.getKind().getPolarity() == Polarity.ATTACK && counts.test(r.getSource())) {
                attackers.get(r.getTarget()).add(r.getSource());
            }
        }
        return attackers;
    }

    /** The grounded labelling by its definition (slow, obviously right). */
    private static Map<Claim, ArgumentLabel> naiveGrounded(List<Claim> claims, Map<Claim, List<Claim>> attackers) {
        Set<Claim> in = new HashSet<>();
        while (true) {
            Set<Claim> next = new HashSet<>();
            for (Claim c : claims) { // acceptable: every attacker is attacked by the current set
                if (attackers.get(c).stream().allMatch(a -> attackers.get(a).stream().anyMatch(in::contains))) {
                    next.add(c);
                }
            }
            if (next.equals(in)) {
                break;
            }
            in.clear();
            in.addAll(next);
        }
        Map<Claim, ArgumentLabel> labels = new HashMap<>();
        for (Claim c : claims) {
            labels.put(c, in.contains(c) ? ArgumentLabel.IN
                    : attackers.get(c).stream().anyMatch(in::contains) ? ArgumentLabel.OUT : ArgumentLabel.UNDECIDED);
        }
        return labels;
    }

    private static boolean ratedFalse(Claim c) {
        return c.getVerdict() != null && c.getVerdict().isScored() && c.getVerdict().getValue() < 3;
    }

    private static CaseFile generate(long seed) {
        Random random = new Random(seed);
        int claims = 1 + random.nextInt(25);
        int relations = random.nextInt(claims * 3);
        CaseFile caseFile = ArgumentCases.generated(claims, relations, seed);
        List<Rating> ratings = caseFile.getRatingScale().getRatings();
        for (Claim claim : caseFile.getClaims()) { // verdicts of every kind, or none
            int pick = random.nextInt(ratings.size() + 2);
            claim.setVerdict(pick < ratings.size() ? ratings.get(pick) : null);
        }
        return caseFile;
    }

    @Test
    void bothLabellingsAreTheGroundedLabellingsOfTheirAttacks() {
        for (long seed = 1; seed <= GRAPHS; seed++) {
            CaseFile caseFile = generate(seed);
            AnalysisResult result = ArgumentAnalysis.analyze(caseFile);
            List<Claim> claims = caseFile.getClaims();
            assertEquals(naiveGrounded(claims, attackers(caseFile, c -> true)), result.argumentLabelling(),
                    "argument labelling, seed " + seed);
            assertEquals(naiveGrounded(claims, attackers(caseFile, c -> !ratedFalse(c))), result.labelling(),
                    "verdict-aware labelling, seed " + seed);
            assertEquals(claims, List.copyOf(result.labelling().keySet()), "case order, seed " + seed);
        }
    }

    @Test
    void noClaimRatedFalseEverDefeatsAnotherInTheVerdictAwareReading() {
        for (long seed = 1; seed <= GRAPHS; seed++) {
            CaseFile caseFile = generate(seed);
            AnalysisResult result = ArgumentAnalysis.analyze(caseFile);
            Map<Claim, List<Claim>> all = attackers(caseFile, c -> true);
            for (Claim claim : caseFile.getClaims()) {
                ArgumentLabel label = result.label(claim);
                List<Claim> effective = all.get(claim).stream().filter(a -> !ratedFalse(a)).toList();
                if (label == ArgumentLabel.OUT) { // complete labelling: some effective attacker stands
                    assertTrue(effective.stream().anyMatch(a -> result.label(a) == ArgumentLabel.IN), "seed " + seed);
                }
                if (label == ArgumentLabel.IN) { // conflict-free and defended
                    assertTrue(effective.stream().allMatch(a -> result.label(a) == ArgumentLabel.OUT), "seed " + seed);
                }
                if (effective.isEmpty()) {
                    assertEquals(ArgumentLabel.IN, label, "attacked only by false claims, it stands; seed " + seed);
                }
                String why = result.explanation(claim);
                assertTrue(why.startsWith(Character.toUpperCase(label.word().charAt(0)) + label.word().substring(1) + ": "),
                        "the explanation says the label first: " + why + ", seed " + seed);
                assertEquals(result.argumentLabel(claim) != label, why.contains("Without the verdicts it would"),
                        "the other reading is named exactly when it differs, seed " + seed);
            }
        }
    }

    @Test
    void withoutFalseVerdictsBothReadingsAgreeAndNothingIsFlagged() {
        for (long seed = 1; seed <= GRAPHS; seed++) {
            CaseFile caseFile = generate(seed);
            caseFile.getClaims().stream().filter(LabellingPropertiesTest::ratedFalse).forEach(c -> c.setVerdict(null));
            AnalysisResult result = ArgumentAnalysis.analyze(caseFile);
            assertEquals(result.argumentLabelling(), result.labelling(), "seed " + seed);
            assertFalse(result.findings().stream().anyMatch(f -> f.kind() == Kind.FALSE_CLAIM_DEFEATS_TRUE_CLAIM),
                    "seed " + seed);
        }
    }

    @Test
    void everyFlagPointsAtARealDisagreement() {
        for (long seed = 1; seed <= GRAPHS; seed++) {
            CaseFile caseFile = generate(seed);
            AnalysisResult result = ArgumentAnalysis.analyze(caseFile);
            result.findings().stream().filter(f -> f.kind() == Kind.VERDICT_AGAINST_LABEL).forEach(f -> {
                Claim claim = f.claims().get(0);
                assertEquals(ArgumentLabel.OUT, result.label(claim));
                assertTrue(claim.getVerdict().getValue() > 3 && claim.getVerdict().isScored());
            });
            result.findings().stream().filter(f -> f.kind() == Kind.FALSE_CLAIM_DEFEATS_TRUE_CLAIM).forEach(f -> {
                assertTrue(ratedFalse(f.claims().get(0)));
                assertEquals(ArgumentLabel.IN, result.argumentLabel(f.claims().get(0)));
                assertEquals(ArgumentLabel.OUT, result.argumentLabel(f.claims().get(1)));
            });
        }
    }
}
