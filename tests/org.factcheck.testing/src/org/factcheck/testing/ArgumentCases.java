package org.factcheck.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.factcheck.core.CaseFiles;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Evidence;
import org.factcheck.model.Rating;
import org.factcheck.model.Stance;

/**
 * Small argument graphs written in code for tests of the analysis, the layout and the diagram, and the large
 * generated graph of the diagram benchmark. Cases have the default rating scale and relation kinds of
 * {@link CaseFiles#newCase(String)}; every object gets a name-based id, so a graph built twice is the same.
 */
public final class ArgumentCases {

    private final CaseFile caseFile;
    private int ids;

    private ArgumentCases(String title) {
        caseFile = CaseFiles.newCase(title);
        caseFile.setId(id());
    }

    /** @return a builder of a new, empty case */
    public static ArgumentCases create() {
        return new ArgumentCases("Argument test");
    }

    /** @return the case built so far */
    public CaseFile caseFile() {
        return caseFile;
    }

    /**
     * @param statement what the claim says
     * @return a new claim without a verdict
     */
    public Claim claim(String statement) {
        return claim(statement, null);
    }

    /**
     * @param statement what the claim says
     * @param verdict   the label of a rating of the default scale ("True", "Mostly false", "Unverifiable", …), or
     *                  {@code null} for none
     * @return a new claim
     */
    public Claim claim(String statement, String verdict) {
        Claim claim = CaseFactory.eINSTANCE.createClaim();
        claim.setId(id());
        claim.setStatement(statement);
        if (verdict != null) {
            claim.setVerdict(rating(verdict));
        }
        caseFile.getClaims().add(claim);
        return claim;
    }

    /** @return a new relation: {@code source} supports {@code target} */
    public ClaimRelation supports(Claim source, Claim target) {
        return relate(source, CaseFiles.SUPPORTS, target);
    }

    /** @return a new relation: {@code source} contradicts {@code target} */
    public ClaimRelation contradicts(Claim source, Claim target) {
        return relate(source, CaseFiles.CONTRADICTS, target);
    }

    /**
     * @param claim  the claim the evidence is about
     * @param stance whether it supports or refutes the claim, or gives context
     * @return the new evidence, without span or source
     */
    public Evidence evidence(Claim claim, Stance stance) {
        Evidence evidence = CaseFactory.eINSTANCE.createEvidence();
        evidence.setId(id());
        evidence.setStance(stance);
        claim.getEvidence().add(evidence);
        return evidence;
    }

    /**
     * @param label a rating label of the case's scale
     * @return the rating
     */
    public Rating rating(String label) {
        return caseFile.getRatingScale().getRatings().stream().filter(r -> r.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No rating " + label));
    }

    private ClaimRelation relate(Claim source, String kind, Claim target) {
        ClaimRelation relation = CaseFactory.eINSTANCE.createClaimRelation();
        relation.setId(id());
        relation.setSource(source);
        relation.setTarget(target);
        relation.setKind(CaseFiles.kind(caseFile, kind));
        caseFile.getRelations().add(relation);
        return relation;
    }

    private String id() {
        return UUID.nameUUIDFromBytes(("factcheck-argument-test:" + ids++).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * Generates a large case shaped like the claim graphs of real investigations: claims come in stories of 20
     * (what was said about one event), and 98% of the relations link two claims of the same story, mostly a later
     * claim supporting or contradicting an earlier one; the other 2% link claims of different stories. Three in
     * five relations are supports, the rest contradictions. Statements are 6 to 40 words long, verdicts drawn from
     * the whole scale (a quarter of the claims have none), and a third of the claims have one to three pieces of
     * evidence.
     *
     * @param claims    how many claims
     * @param relations how many relations
     * @param seed      the random seed; the same arguments give the same case
     * @return the case
     */
    public static CaseFile generated(int claims, int relations, long seed) {
        ArgumentCases builder = new ArgumentCases("Generated: " + claims + " claims, " + relations + " relations");
        Random random = new Random(seed);
        List<Rating> ratings = builder.caseFile.getRatingScale().getRatings();
        List<Claim> all = new ArrayList<>(claims);
        String[] words = { "the", "border", "region", "annexed", "officials", "said", "troops", "will", "consult",
            "population", "referendum", "law", "final", "territory", "control", "retreat", "city", "forces", "never",
            "agreed", "statement", "spokesperson", "Kremlin", "Kyiv", "November", "October", "withdrew", "held" };
        for (int i = 0; i < claims; i++) {
            StringBuilder statement = new StringBuilder("Claim " + i + ":");
            int length = 6 + random.nextInt(35);
            for (int w = 0; w < length; w++) {
                statement.append(' ').append(words[random.nextInt(words.length)]);
            }
            int pick = random.nextInt(ratings.size() + 2);
            Claim claim = builder.claim(statement.toString(), pick < ratings.size() ? ratings.get(pick).getLabel() : null);
            if (random.nextInt(3) == 0) {
                for (int e = random.nextInt(3); e >= 0; e--) {
                    builder.evidence(claim, Stance.values()[random.nextInt(Stance.values().length)]);
                }
            }
            all.add(claim);
        }
        int story = 20;
        for (int i = 0; i < relations; i++) {
            int first = random.nextInt(Math.max(1, claims / story)) * story;
            int source = Math.min(claims - 1, first + random.nextInt(story));
            int target = random.nextInt(50) == 0 ? random.nextInt(claims) : Math.min(claims - 1, first + random.nextInt(story));
            if (target > source && random.nextInt(100) < 85) {
                int swap = source;
                source = target;
                target = swap;
            }
            if (random.nextInt(5) < 3) {
                builder.supports(all.get(source), all.get(target));
            } else {
                builder.contradicts(all.get(source), all.get(target));
            }
        }
        return builder.caseFile;
    }
}
