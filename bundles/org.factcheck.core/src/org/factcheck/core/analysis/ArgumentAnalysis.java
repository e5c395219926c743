package org.factcheck.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.core.analysis.Finding.Kind;
import org.factcheck.core.analysis.Finding.Severity;
import org.factcheck.core.analysis.Verdicts.Side;
import org.factcheck.core.text.Abbreviations;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Evidence;
import org.factcheck.model.Polarity;
import org.factcheck.model.Stance;

/**
 * Checks a case's claims for consistency and labels its argument graph.
 * <p>
 * A relation counts when it has a kind and both ends are claims of the case. Its kind's polarity decides what it
 * means: {@code ATTACK} (contradicts) is an attack of the relation's source on its target, {@code SUPPORT}
 * (supports) is support, {@code NEUTRAL} is ignored. What is true or false is read from the case's rating scale
 * (ratings above the middle of the scored values are true, below it false; see {@link Finding.Kind}).
 * <p>
 * The findings:
 * <ul>
 * <li>{@link Kind#CONTRADICTION_BETWEEN_TRUE_CLAIMS} (error): a contradiction between two claims both rated true;</li>
 * <li>{@link Kind#VERDICT_AGAINST_EVIDENCE} (error): a claim rated false with evidence that only supports it (at least
 * one supporting, none refuting; context is neutral), or rated true with evidence that only refutes it;</li>
 * <li>{@link Kind#SUPPORT_CYCLE} (warning): claims supporting one another in a circle;</li>
 * <li>{@link Kind#VERDICT_WITHOUT_EVIDENCE}: a verdict on the scale without any evidence (warning), or an off-scale
 * verdict such as Unverifiable without evidence (information: say what was searched);</li>
 * <li>{@link Kind#FALSE_CLAIM_DEFEATS_TRUE_CLAIM} (warning): as the argument is drawn, a claim rated false stands and
 * defeats a claim rated true;</li>
 * <li>{@link Kind#VERDICT_AGAINST_LABEL} (warning): a claim rated true falls in the verdict-aware reading, defeated
 * by claims not rated true.</li>
 * </ul>
 * Two labellings, both Dung's grounded semantics ({@link GroundedLabelling}); support changes neither. The
 * <em>argument</em> labelling reads every attack; the <em>verdict-aware</em> labelling, the one the result gives
 * first ({@link AnalysisResult#label}), drops the attacks of claims rated on the false side of the scale: a claim the
 * fact-checker rated False or Mostly false cannot defeat another. {@link AnalysisResult#explanation} says why each
 * claim stands or falls.
 */
public final class ArgumentAnalysis {

    private static final int QUOTE_LENGTH = 60;

    private final Verdicts verdicts;
    private final List<Claim> claims;
    private final List<ClaimRelation> relations = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private Readings readings;

    private ArgumentAnalysis(CaseFile caseFile) {
        this.verdicts = Verdicts.of(caseFile);
        this.claims = List.copyOf(caseFile.getClaims());
        Set<Claim> known = new HashSet<>(claims);
        for (ClaimRelation relation : caseFile.getRelations()) {
            if (relation.getKind() != null && known.contains(relation.getSource()) && known.contains(relation.getTarget())) {
                relations.add(relation);
            }
        }
    }

    /**
     * Analyses a case.
     *
     * @param caseFile the case
     * @return the findings and the grounded labelling of all its claims
     */
    public static AnalysisResult analyze(CaseFile caseFile) {
        ArgumentAnalysis analysis = new ArgumentAnalysis(caseFile);
        analysis.contradictionsBetweenTrueClaims();
        analysis.verdictsAgainstEvidence();
        analysis.supportCycles();
        analysis.verdictsWithoutEvidence();
        analysis.readings = new Readings(analysis.claims, analysis.relations, analysis.verdicts);
        analysis.falseClaimsThatDefeatTrueOnes();
        analysis.trueClaimsThatFall();
        analysis.findings.sort(Comparator.comparing(Finding::severity));
        Readings readings = analysis.readings;
        return new AnalysisResult(analysis.findings, readings.verdictAware(), readings.argument(), readings.explanations());
    }

    /**
     * In the argument as drawn, a claim rated false stands and defeats a claim rated true: the diagram would show the
     * false claim winning. The verdict-aware reading discounts that attack; the finding asks for what refutes the false
     * claim to be put in the graph (or the verdicts checked).
     */
    private void falseClaimsThatDefeatTrueOnes() {
        for (ClaimRelation relation : relations) {
            Claim source = relation.getSource();
            Claim target = relation.getTarget();
            if (relation.getKind().getPolarity() == Polarity.ATTACK && source != target
                    && verdicts.side(source) == Side.FALSE && verdicts.side(target) == Side.TRUE
                    && readings.argument().get(source) == ArgumentLabel.IN) {
                findings.add(new Finding(Kind.FALSE_CLAIM_DEFEATS_TRUE_CLAIM, Severity.WARNING, quote(source) + " ("
                        + source.getVerdict().getLabel() + ") contradicts " + quote(target) + " (" + target.getVerdict()
                                .getLabel() + ") and, as the argument is drawn, defeats it: nothing in the graph answers the"
                        + " false claim. Reading the verdicts, a claim rated false cannot defeat another; add the claim that"
                        + " refutes it, or check the verdicts.", List.of(source, target), List.of(relation)));
            }
        }
    }

    /**
     * A claim rated true falls in the verdict-aware reading although no claim rated true defeats it (that would be a
     * contradiction between true claims): the claims that defeat it are unrated or rated in between.
     */
    private void trueClaimsThatFall() {
        for (Claim claim : claims) {
            if (verdicts.side(claim) != Side.TRUE || readings.verdictAware().get(claim) != ArgumentLabel.OUT) {
                continue;
            }
            List<Claim> defeaters = readings.defeaters(claim);
            if (defeaters.stream().noneMatch(d -> verdicts.side(d) == Side.TRUE)) {
                List<Claim> concerned = new ArrayList<>(List.of(claim));
                concerned.addAll(defeaters);
                List<ClaimRelation> attacks = relations.stream().filter(r -> r.getTarget() == claim
                        && defeaters.contains(r.getSource()) && r.getKind().getPolarity() == Polarity.ATTACK).toList();
                findings.add(new Finding(Kind.VERDICT_AGAINST_LABEL, Severity.WARNING, quote(claim) + " is rated "
                        + claim.getVerdict().getLabel() + ", but it falls: " + readings.explain(claim).substring(
                                "Falls: ".length()) + " Rate the claim that defeats it, or check the verdict.", concerned,
                        attacks));
            }
        }
    }

    private void contradictionsBetweenTrueClaims() {
        for (ClaimRelation relation : relations) {
            Claim source = relation.getSource();
            Claim target = relation.getTarget();
            if (relation.getKind().getPolarity() == Polarity.ATTACK && source != target
                    && verdicts.side(source) == Side.TRUE && verdicts.side(target) == Side.TRUE) {
                findings.add(new Finding(Kind.CONTRADICTION_BETWEEN_TRUE_CLAIMS, Severity.ERROR,
                        quote(source) + " (" + source.getVerdict().getLabel() + ") contradicts " + quote(target) + " ("
                                + target.getVerdict().getLabel() + "), yet both are rated true: at most one of them can be.",
                        List.of(source, target), List.of(relation)));
            }
        }
    }

    private void verdictsAgainstEvidence() {
        for (Claim claim : claims) {
            long supporting = count(claim, Stance.SUPPORTS);
            long refuting = count(claim, Stance.REFUTES);
            Side side = verdicts.side(claim);
            if (side == Side.FALSE && supporting > 0 && refuting == 0) {
                findings.add(new Finding(Kind.VERDICT_AGAINST_EVIDENCE, Severity.ERROR, quote(claim) + " is rated "
                        + claim.getVerdict().getLabel() + ", but its evidence only supports it (" + pieces(supporting)
                        + " supporting, none refuting).", List.of(claim), List.of()));
            } else if (side == Side.TRUE && refuting > 0 && supporting == 0) {
                findings.add(new Finding(Kind.VERDICT_AGAINST_EVIDENCE, Severity.ERROR, quote(claim) + " is rated "
                        + claim.getVerdict().getLabel() + ", but its evidence only refutes it (" + pieces(refuting)
                        + " refuting, none supporting).", List.of(claim), List.of()));
            }
        }
    }

    private void supportCycles() {
        Map<Claim, List<Claim>> supported = new HashMap<>();
        for (ClaimRelation relation : relations) {
            if (relation.getKind().getPolarity() == Polarity.SUPPORT) {
                supported.computeIfAbsent(relation.getSource(), c -> new ArrayList<>()).add(relation.getTarget());
            }
        }
        Map<Claim, List<ClaimRelation>> supportsFrom = new HashMap<>();
        for (ClaimRelation relation : relations) {
            if (relation.getKind().getPolarity() == Polarity.SUPPORT) {
                supportsFrom.computeIfAbsent(relation.getSource(), c -> new ArrayList<>()).add(relation);
            }
        }
        for (List<Claim> cycle : SupportCycles.find(claims, supported)) {
            Set<Claim> members = new HashSet<>(cycle);
            // the supports among the members, in the case's order (looked up from each member, not over all relations)
            List<ClaimRelation> circle = new ArrayList<>();
            for (Claim member : cycle) {
                for (ClaimRelation r : supportsFrom.getOrDefault(member, List.of())) {
                    if (members.contains(r.getTarget())) {
                        circle.add(r);
                    }
                }
            }
            circle.sort(Comparator.comparingInt(relationOrder()::get));
            String message = cycle.size() == 1
                    ? quote(cycle.get(0)) + " supports itself: that support adds no weight."
                    : listed(cycle) + " support one another in a circle: that support adds no weight to any of them.";
            findings.add(new Finding(Kind.SUPPORT_CYCLE, Severity.WARNING, message, cycle, circle));
        }
    }

    private Map<ClaimRelation, Integer> relationOrder;

    /** Each counted relation's place in the case's order. */
    private Map<ClaimRelation, Integer> relationOrder() {
        if (relationOrder == null) {
            relationOrder = new HashMap<>();
            for (int i = 0; i < relations.size(); i++) {
                relationOrder.put(relations.get(i), i);
            }
        }
        return relationOrder;
    }

    private void verdictsWithoutEvidence() {
        for (Claim claim : claims) {
            if (claim.getVerdict() != null && claim.getEvidence().isEmpty()) {
                boolean scored = claim.getVerdict().isScored();
                findings.add(new Finding(Kind.VERDICT_WITHOUT_EVIDENCE, scored ? Severity.WARNING : Severity.INFO,
                        quote(claim) + " is rated " + claim.getVerdict().getLabel() + " but has no evidence"
                                + (scored ? ": add what the verdict rests on." : ": note what was searched."),
                        List.of(claim), List.of()));
            }
        }
    }

    private static long count(Claim claim, Stance stance) {
        return claim.getEvidence().stream().map(Evidence::getStance).filter(stance::equals).count();
    }

    private static String pieces(long count) {
        return count == 1 ? "one" : Long.toString(count);
    }

    private static String listed(List<Claim> cycle) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cycle.size(); i++) {
            text.append(i == 0 ? "" : i == cycle.size() - 1 ? " and " : ", ").append(quote(cycle.get(i)));
        }
        return text.toString();
    }

    /**
     * Quotes a claim's statement for a message, shortened to about 60 characters.
     *
     * @param claim the claim
     * @return for example {@code “We will continue consultations with the local population…”}
     */
    static String quote(Claim claim) {
        String statement = Abbreviations.shorten(claim.getStatement(), QUOTE_LENGTH + 1); // white space runs: one space
        if (statement.isEmpty()) {
            return "an unnamed claim";
        }
        return "“" + statement + "”";
    }
}
