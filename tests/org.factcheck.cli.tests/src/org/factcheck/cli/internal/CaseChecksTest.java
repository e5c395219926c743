package org.factcheck.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.core.CaseStore;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Rating;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@code factcheck validate} reports, checked in-process on broken copies of the demo. */
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
        assertTrue(problems.contains(Problem.error("claim “We will defend our territories with all the means at our …”",
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
    void theConsistencyAnalysisSeamAddsItsFindings() {
        Problem finding = Problem.warning("claim “x”", "it supports a claim that contradicts it.");
        assertEquals(List.of(finding), CaseChecks.check(demo, c -> List.of(finding)));
    }

    private List<Problem> check() {
        return CaseChecks.check(demo, CaseChecks.ConsistencyAnalysis.NONE);
    }

    private Claim claim(String start) {
        return demo.getClaims().stream().filter(c -> c.getStatement().startsWith(start)).findFirst().orElseThrow();
    }
}
