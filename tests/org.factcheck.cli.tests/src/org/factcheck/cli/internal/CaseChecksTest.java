package org.factcheck.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.CaseStore;
import org.factcheck.core.analysis.ArgumentAnalysis;
import org.factcheck.core.analysis.Finding;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.internal.checks.ConsistencyCheck;
import org.factcheck.core.internal.checks.Labels;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Rating;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@code factcheck validate} reports (the built-in case checks of core), checked in-process on broken copies of the demo, the analysis included. */
class CaseChecksTest {

    private CaseFile demo;

    @BeforeEach
    void load() throws Exception {
        demo = (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
    }

    @Test
    void theDemoHasNoProblems() {
        assertEquals(List.of(), check());
    }

    @Test
    void anEditedArticleAndASpanOutsideItAreErrors() {
        demo.getDocuments().get(3).setText(demo.getDocuments().get(3).getText() + "Added later.\n");
        TextSpan span = demo.getDocuments().get(0).getAnnotations().get(0);
        span.setEnd(1_000_000);
        List<Problem> problems = check();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).error() && problems.get(0).where().startsWith("span “"), problems.toString());
        assertTrue(problems.get(0).message().contains("lie outside the article's"), problems.toString());
        assertEquals("document “Russia has no plans to take more territory from Ukraine”", problems.get(1).where());
        assertTrue(problems.get(1).message().startsWith("its text does not have its recorded SHA-256"));
    }

    @Test
    void publishedWithoutVerdictAndForeignVerdictAreErrorsMissingExplanationAWarning() {
        Claim defend = claim("We will defend our territories");
        defend.setStatus(ClaimStatus.PUBLISHED);
        Claim farce = claim("Once the Ukrainian flag");
        Rating foreign = CaseFactory.eINSTANCE.createRating();
        foreign.setLabel("Pants on fire");
        farce.setVerdict(foreign);
        farce.setExplanation(null);
        List<Problem> problems = check();
        assertTrue(problems.contains(Problem.error("claim “We will defend our territories with all the means at our…”",
                "it is published but has no verdict.")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.error() && p.message().equals(
                "its verdict “Pants on fire” is not on the case's rating scale.")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> !p.error() && p.message().equals("it has a verdict but no explanation.")));
    }

    @Test
    void modelConstraintsComeFromTheDiagnosticianWithReadableNames() {
        Claim claim = CaseFactory.eINSTANCE.createClaim();
        claim.setStatement("A claim whose verdict is deleted");
        demo.getClaims().add(claim);
        TextSpan orphan = demo.getDocuments().get(1).getAnnotations().get(0);
        orphan.setAnchorStatus(AnchorStatus.ORPHANED);
        claim.getAppearances().add(CaseFactory.eINSTANCE.createTextSpan()); // a span contained nowhere: a dangling reference
        List<Problem> problems = check();
        assertTrue(problems.stream().anyMatch(p -> p.error() && p.where().equals("claim “A claim whose verdict is deleted”")
                && p.message().contains("appearances")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> !p.error() && p.message().contains("orphaned")), problems.toString());
    }

    @Test
    void contradictoryVerdictsAndAVerdictAgainstItsEvidenceAreErrorsOfTheAnalysis() {
        Claim retreat = claim("Russian forces have been forced to retreat");
        Claim kherson = claim("Kherson remains under the control");
        assertEquals("True", retreat.getVerdict().getLabel());
        kherson.setVerdict(retreat.getVerdict());
        List<Problem> problems = check();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(Problem::error), problems.toString());
        Problem contradiction = problems.get(0);
        assertEquals("claims “Russian forces have been forced to retreat in some areas of…” and “Kherson remains "
                + "under the control of the Russian Federation.”", contradiction.where());
        assertTrue(contradiction.message().startsWith("“Russian forces have been forced to retreat in some areas of"
                + "…” (True) contradicts “Kherson remains under the control of the Russian Federation.” (True), "
                + "yet both are rated true"), contradiction.message());
        assertEquals("claim “Kherson remains under the control of the Russian Federation.”", problems.get(1).where());
        assertTrue(problems.get(1).message().contains("is rated True, but its evidence only refutes it (2 refuting, none "
                + "supporting)"), problems.get(1).message());
    }

    @Test
    void supportInACircleAndAVerdictWithoutEvidenceAreWarnings() {
        Claim retaken = claim("The annexed regions will be with Russia forever");
        Claim liberate = claim("In a number of new regions");
        ClaimRelation back = CaseFactory.eINSTANCE.createClaimRelation();
        back.setId("relation-back");
        back.setSource(retaken);
        back.setTarget(liberate);
        back.setKind(CaseFiles.kind(demo, CaseFiles.SUPPORTS));
        demo.getRelations().add(back);
        Claim defend = claim("We will defend our territories");
        assertEquals(null, defend.getVerdict());
        defend.setVerdict(rating("Mostly true"));
        defend.setExplanation("Said often enough.");
        List<Problem> problems = check();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().noneMatch(Problem::error), problems.toString());
        Problem circle = problems.stream().filter(p -> p.message().contains("in a circle")).findFirst().orElseThrow();
        assertTrue(circle.where().startsWith("claims “") && circle.where().contains("“The annexed regions will be with "
                + "Russia forever;") && circle.where().contains("“In a number of new regions"), circle.where());
        Problem unfounded = problems.stream().filter(p -> p != circle).findFirst().orElseThrow();
        assertEquals(Labels.describe(defend), unfounded.where());
        assertTrue(unfounded.message().endsWith("is rated Mostly true but has no evidence: add what the verdict rests on."),
                unfounded.message());
    }

    @Test
    void notesOfTheAnalysisAreLeftOut() {
        List<Finding> findings = ArgumentAnalysis.analyze(demo).findings();
        assertTrue(findings.size() >= 2 && findings.stream().allMatch(f -> f.severity() == Finding.Severity.INFO),
                "the demo's Unverifiable verdicts have no evidence: " + findings);
        assertTrue(new ConsistencyCheck().check(demo).stream().allMatch(p -> p.severity() == CaseProblem.Severity.INFO));
        assertEquals(List.of(), check());
    }

    @Test
    void eachFindingKeepsItsSeverityAndNamesItsClaims() {
        List<Claim> three = demo.getClaims().subList(0, 3);
        Finding error = new Finding(Finding.Kind.CONTRADICTION_BETWEEN_TRUE_CLAIMS, Finding.Severity.ERROR, "Wrong.",
                three.subList(0, 2), List.of());
        Finding warning = new Finding(Finding.Kind.SUPPORT_CYCLE, Finding.Severity.WARNING, "Circular.", three, List.of());
        Finding note = new Finding(Finding.Kind.VERDICT_WITHOUT_EVIDENCE, Finding.Severity.INFO, "Note.", three.subList(0, 1),
                List.of());
        assertEquals(Optional.of(Problem.error("claims " + Labels.quote(three.get(0)) + " and " + Labels.quote(three.get(1)),
                "Wrong.")), problem(error));
        assertEquals(Optional.of(Problem.warning("claims " + Labels.quote(three.get(0)) + ", " + Labels.quote(three.get(1))
                + " and " + Labels.quote(three.get(2)), "Circular.")), problem(warning));
        assertEquals(CaseProblem.Severity.INFO, ConsistencyCheck.problem(note).severity());
        assertEquals(Optional.of(Problem.warning(Labels.describe(three.get(0)), "One.")), problem(
                new Finding(Finding.Kind.VERDICT_WITHOUT_EVIDENCE, Finding.Severity.WARNING, "One.", three.subList(0, 1), List.of())));
    }

    private List<Problem> check() {
        return ValidateCommand.problems(demo);
    }

    private static Optional<Problem> problem(Finding finding) {
        return Optional.of(Problem.of(ConsistencyCheck.problem(finding)));
    }

    private Rating rating(String label) {
        return demo.getRatingScale().getRatings().stream().filter(r -> r.getLabel().equals(label)).findFirst().orElseThrow();
    }

    private Claim claim(String start) {
        return demo.getClaims().stream().filter(c -> c.getStatement().startsWith(start)).findFirst().orElseThrow();
    }
}
