package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.CaseStore;
import org.factcheck.core.analysis.AnalysisResult;
import org.factcheck.core.analysis.ArgumentAnalysis;
import org.factcheck.core.analysis.ArgumentLabel;
import org.factcheck.core.analysis.Finding;
import org.factcheck.core.analysis.Finding.Kind;
import org.factcheck.core.analysis.Finding.Severity;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Stance;
import org.factcheck.testing.ArgumentCases;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The consistency checks and the labelling of {@link ArgumentAnalysis} on small hand-made cases and on the demo. */
class ArgumentAnalysisTest {

    private final ArgumentCases g = ArgumentCases.create();

    private List<Finding> findings(Kind kind) {
        return ArgumentAnalysis.analyze(g.caseFile()).findings().stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void aContradictionBetweenTwoTrueClaimsIsAnError() {
        Claim a = g.claim("The city was retaken.", "True");
        Claim b = g.claim("The city is still held.", "Mostly true");
        ClaimRelation contradiction = g.contradicts(a, b);
        List<Finding> found = findings(Kind.CONTRADICTION_BETWEEN_TRUE_CLAIMS);
        assertEquals(1, found.size());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertEquals(List.of(a, b), found.get(0).claims());
        assertEquals(List.of(contradiction), found.get(0).relations());
        assertTrue(found.get(0).message().contains("“The city was retaken.” (True) contradicts “The city is still held.” (Mostly true)"),
                found.get(0).message());
    }

    @Test
    void aContradictionIsFineWhenOneSideIsNotRatedTrue() {
        Claim t = g.claim("A", "True");
        g.contradicts(t, g.claim("B", "Mostly false"));
        g.contradicts(t, g.claim("C", "Half true"));
        g.contradicts(t, g.claim("D", "Unverifiable"));
        g.contradicts(t, g.claim("E"));
        g.supports(t, g.claim("F", "True"));
        assertEquals(List.of(), findings(Kind.CONTRADICTION_BETWEEN_TRUE_CLAIMS));
    }

    @Test
    void aFalseVerdictWithOnlySupportingEvidenceIsFlagged() {
        Claim falseButSupported = g.claim("Rated false, evidence says yes", "False");
        g.evidence(falseButSupported, Stance.SUPPORTS);
        g.evidence(falseButSupported, Stance.CONTEXT);
        Claim trueButRefuted = g.claim("Rated true, evidence says no", "Mostly true");
        g.evidence(trueButRefuted, Stance.REFUTES);
        Claim mixed = g.claim("Rated false, evidence both ways", "Mostly false");
        g.evidence(mixed, Stance.SUPPORTS);
        g.evidence(mixed, Stance.REFUTES);
        Claim consistent = g.claim("Rated false, evidence refutes", "False");
        g.evidence(consistent, Stance.REFUTES);
        Claim contextOnly = g.claim("Rated true, context only", "True");
        g.evidence(contextOnly, Stance.CONTEXT);

        List<Finding> found = findings(Kind.VERDICT_AGAINST_EVIDENCE);
        assertEquals(List.of(List.of(falseButSupported), List.of(trueButRefuted)), found.stream().map(Finding::claims).toList());
        assertTrue(found.get(0).message().contains("rated False, but its evidence only supports it"), found.get(0).message());
        assertTrue(found.get(1).message().contains("rated Mostly true, but its evidence only refutes it"), found.get(1).message());
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void aVerdictWithoutEvidenceIsAWarningOrANoteForOffScaleVerdicts() {
        Claim rated = g.claim("Rated without evidence", "Mostly false");
        Claim unverifiable = g.claim("Unverifiable without evidence", "Unverifiable");
        g.claim("No verdict, no evidence");
        g.evidence(g.claim("Rated with evidence", "True"), Stance.SUPPORTS);

        List<Finding> found = findings(Kind.VERDICT_WITHOUT_EVIDENCE);
        assertEquals(List.of(List.of(rated), List.of(unverifiable)), found.stream().map(Finding::claims).toList());
        assertEquals(List.of(Severity.WARNING, Severity.INFO), found.stream().map(Finding::severity).toList());
    }

    @Test
    void supportCyclesAreFoundOnceWithTheirRelations() {
        Claim a = g.claim("a");
        Claim b = g.claim("b");
        Claim c = g.claim("c");
        Claim d = g.claim("d");
        Claim e = g.claim("e");
        ClaimRelation ab = g.supports(a, b);
        ClaimRelation bc = g.supports(b, c);
        ClaimRelation ca = g.supports(c, a);
        g.supports(d, a);
        g.contradicts(a, d);
        g.contradicts(d, a);
        ClaimRelation ee = g.supports(e, e);

        List<Finding> found = findings(Kind.SUPPORT_CYCLE);
        assertEquals(2, found.size(), "the circle a→b→c→a and e supporting itself; contradictions make no cycle");
        assertEquals(List.of(a, b, c), found.get(0).claims());
        assertEquals(List.of(ab, bc, ca), found.get(0).relations());
        assertEquals("“a”, “b” and “c” support one another in a circle: that support adds no weight to any of them.",
                found.get(0).message());
        assertEquals(List.of(e), found.get(1).claims());
        assertEquals(List.of(ee), found.get(1).relations());
    }

    @Test
    void aLongSupportChainIsNoCycleAndDoesNotOverflowTheStack() {
        Claim previous = g.claim("0");
        for (int i = 1; i < 20_000; i++) {
            Claim next = g.claim(Integer.toString(i));
            g.supports(previous, next);
            previous = next;
        }
        assertEquals(List.of(), findings(Kind.SUPPORT_CYCLE));
        g.supports(previous, g.caseFile().getClaims().get(0));
        assertEquals(20_000, findings(Kind.SUPPORT_CYCLE).get(0).claims().size());
    }

    @Test
    void contradictionsAreAttacksOfTheSourceOnTheTargetAndSupportDoesNotCount() {
        Claim a = g.claim("a");
        Claim b = g.claim("b");
        Claim c = g.claim("c");
        Claim d = g.claim("d");
        Claim e = g.claim("e");
        g.contradicts(a, b);
        g.contradicts(b, c);
        g.contradicts(d, e);
        g.contradicts(e, d);
        g.supports(a, d);
        AnalysisResult result = ArgumentAnalysis.analyze(g.caseFile());
        assertEquals(Map.of(a, ArgumentLabel.IN, b, ArgumentLabel.OUT, c, ArgumentLabel.IN, d, ArgumentLabel.UNDECIDED, e,
                ArgumentLabel.UNDECIDED), result.labelling());
        assertEquals(List.of(a, b, c, d, e), List.copyOf(result.labelling().keySet()), "case order");
        assertEquals(2, result.count(ArgumentLabel.IN));
        assertEquals("falls", result.label(b).word());
    }

    @Test
    void findingsAreListedMostSevereFirstAndByClaim() {
        Claim rated = g.claim("rated, no evidence", "True");
        Claim other = g.claim("also true", "True");
        g.evidence(other, Stance.SUPPORTS);
        g.contradicts(other, rated);
        Claim unverifiable = g.claim("unverifiable", "Unverifiable");
        AnalysisResult result = ArgumentAnalysis.analyze(g.caseFile());
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO),
                result.findings().stream().map(Finding::severity).toList());
        assertEquals(2, result.findingsFor(rated).size());
        assertEquals(Optional.of(Severity.ERROR), result.worstSeverity(rated));
        assertEquals(Optional.of(Severity.INFO), result.worstSeverity(unverifiable));
        assertEquals(Optional.empty(), result.worstSeverity(g.claim("new")));
    }

    @Test
    void brokenRelationsAreIgnored() {
        Claim a = g.claim("a", "True");
        Claim b = g.claim("b", "True");
        ClaimRelation noKind = g.contradicts(a, b);
        noKind.setKind(null);
        g.contradicts(a, b).setTarget(null);
        ClaimRelation foreign = g.contradicts(a, b);
        foreign.setSource(CaseFactory.eINSTANCE.createClaim());
        AnalysisResult result = ArgumentAnalysis.analyze(g.caseFile());
        assertEquals(ArgumentLabel.IN, result.label(b));
        assertTrue(result.findings().stream().noneMatch(f -> f.kind() == Kind.CONTRADICTION_BETWEEN_TRUE_CLAIMS));
    }

    @Test
    void theDemoCaseLabelsTheKremlinsStatements() throws Exception {
        CaseFile demo = (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
        AnalysisResult result = ArgumentAnalysis.analyze(demo);
        assertEquals(ArgumentLabel.IN, result.label(claim(demo, "We will continue consultations")));
        assertEquals(ArgumentLabel.OUT, result.label(claim(demo, "Under Russian law the accession")),
                "the accession being final falls to the unanswered consultations on the borders");
        assertEquals(ArgumentLabel.OUT, result.label(claim(demo, "Kherson remains under the control")));
        assertEquals(ArgumentLabel.IN, result.label(claim(demo, "Russian forces have been forced to retreat")));
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), result.findings().toString());
        List<Finding> unverifiable = result.findings().stream().filter(f -> f.kind() == Kind.VERDICT_WITHOUT_EVIDENCE).toList();
        assertEquals(2, unverifiable.size(), "the two Unverifiable claims have no evidence");
        assertTrue(unverifiable.stream().allMatch(f -> f.severity() == Severity.INFO));
        assertEquals(CaseFiles.kind(demo, CaseFiles.CONTRADICTS).getPolarity(), org.factcheck.model.Polarity.ATTACK);
    }

    private static Claim claim(CaseFile demo, String start) {
        return demo.getClaims().stream().filter(c -> c.getStatement().startsWith(start)).findFirst().orElseThrow();
    }
}
