package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.core.analysis.AnalysisResult;
import org.factcheck.core.analysis.ArgumentAnalysis;
import org.factcheck.core.analysis.ArgumentLabel;
import org.factcheck.core.analysis.Finding;
import org.factcheck.core.analysis.Finding.Kind;
import org.factcheck.core.analysis.Finding.Severity;
import org.factcheck.model.Claim;
import org.factcheck.testing.ArgumentCases;
import org.junit.jupiter.api.Test;

/** A claim rated false cannot defeat another; the analysis says why each claim stands or falls. */
class VerdictAwareAnalysisTest {

    private final ArgumentCases g = ArgumentCases.create();

    private List<Finding> findings(AnalysisResult result, Kind kind) {
        return result.findings().stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void aClaimRatedFalseCannotDefeatAndTheProblemIsFlagged() {
        Claim lie = g.claim("Kherson remains Russian", "False");
        Claim fact = g.claim("Russian forces retreated from Kherson", "True");
        g.contradicts(lie, fact);
        AnalysisResult result = ArgumentAnalysis.analyze(g.caseFile());
        assertEquals(ArgumentLabel.OUT, result.argumentLabel(fact), "as drawn, the false claim wins");
        assertEquals(ArgumentLabel.IN, result.label(fact), "reading the verdicts, it cannot");
        assertEquals(ArgumentLabel.IN, result.label(lie));
        assertEquals("Stands: “Kherson remains Russian” (rated False) contradicts it, but a claim rated false cannot"
                + " defeat another. Without the verdicts it would fall, defeated by “Kherson remains Russian” (rated False).",
                result.explanation(fact));
        assertEquals("Stands: no claim contradicts it.", result.explanation(lie));
        List<Finding> flagged = findings(result, Kind.FALSE_CLAIM_DEFEATS_TRUE_CLAIM);
        assertEquals(1, flagged.size());
        assertEquals(Severity.WARNING, flagged.get(0).severity());
        assertEquals(List.of(lie, fact), flagged.get(0).claims());
    }

    @Test
    void mostlyFalseIsOnTheFalseSideAndHalfTrueIsNot() {
        Claim mostlyFalse = g.claim("a", "Mostly false");
        Claim half = g.claim("b", "Half true");
        Claim target = g.claim("c");
        Claim other = g.claim("d");
        g.contradicts(mostlyFalse, target);
        g.contradicts(half, other);
        AnalysisResult result = ArgumentAnalysis.analyze(g.caseFile());
        assertEquals(ArgumentLabel.IN, result.label(target));
        assertEquals(ArgumentLabel.OUT, result.label(other));
        assertEquals("Falls: “b” (rated Half true) contradicts it and stands.", result.explanation(other));
    }

    @Test
    void aTrueClaimDefeatedByAnUnratedOneIsFlaggedOnce() {
        Claim unrated = g.claim("The referendum was legal");
        Claim fact = g.claim("The referendum broke international law", "True");
        g.contradicts(unrated, fact);
        AnalysisResult result = ArgumentAnalysis.analyze(g.caseFile());
        assertEquals(ArgumentLabel.OUT, result.label(fact));
        List<Finding> flagged = findings(result, Kind.VERDICT_AGAINST_LABEL);
        assertEquals(1, flagged.size());
        assertEquals("“The referendum broke international law” is rated True, but it falls: “The referendum was legal”"
                + " contradicts it and stands. Rate the claim that defeats it, or check the verdict.",
                flagged.get(0).message());
        Claim alsoTrue = g.claim("Another true claim", "True");
        g.contradicts(alsoTrue, g.claim("x", "True"));
        AnalysisResult again = ArgumentAnalysis.analyze(g.caseFile());
        assertEquals(1, findings(again, Kind.VERDICT_AGAINST_LABEL).size(),
                "a true claim defeated by a true one is the contradiction error, not this warning");
        assertEquals(1, findings(again, Kind.CONTRADICTION_BETWEEN_TRUE_CLAIMS).size());
    }

    @Test
    void reinstatementAndUndecidedAreExplained() {
        Claim a = g.claim("a");
        Claim b = g.claim("b");
        Claim c = g.claim("c");
        g.contradicts(a, b);
        g.contradicts(b, c);
        Claim d = g.claim("d");
        Claim e = g.claim("e");
        g.contradicts(d, e);
        g.contradicts(e, d);
        AnalysisResult result = ArgumentAnalysis.analyze(g.caseFile());
        assertEquals("Stands: “b” contradicts it, but falls.", result.explanation(c));
        assertEquals("Falls: “a” contradicts it and stands.", result.explanation(b));
        assertEquals("Undecided: “e” contradicts it and is itself undecided (claims that contradict one another with"
                + " nothing to settle it).", result.explanation(d));
        assertEquals(result.labelling(), result.argumentLabelling(), "without false verdicts both readings agree");
    }
}
