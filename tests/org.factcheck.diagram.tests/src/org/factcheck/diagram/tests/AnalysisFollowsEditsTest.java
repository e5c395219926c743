package org.factcheck.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.factcheck.core.analysis.AnalysisResult;
import org.factcheck.core.analysis.ArgumentAnalysis;
import org.factcheck.core.analysis.ArgumentLabel;
import org.factcheck.core.checks.CaseChecks;
import org.factcheck.core.checks.CheckResult;
import org.factcheck.diagram.internal.analysis.CaseAnalyses;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Polarity;
import org.factcheck.model.Rating;
import org.factcheck.ui.cases.CaseSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consistency analysis runs in the background after an edit: the diagram's labels and what the listeners are
 * told follow the case, and a result the case changed under while it was worked out is never shown.
 */
class AnalysisFollowsEditsTest {

    @TempDir
    Path temp;

    private DemoDiagram demo;

    @BeforeEach
    void open() throws Exception {
        demo = DemoDiagram.open(temp);
    }

    @AfterEach
    void close() {
        DemoDiagram.page().closeAllEditors(false);
    }

    @Test
    void aVerdictRelabelsTheBoxesItDecidesOnceTheAnalysisIsThere() {
        Claim consult = demo.claim("We will continue consultations");
        Claim accession = demo.claim("Under Russian law the accession");
        assertEquals(ArgumentLabel.OUT, demo.part(accession).figure().view().label(), "it falls to the consultations");
        Rating rated = demo.caseFile().getRatingScale().getRatings().stream().filter(r -> "False".equals(r.getLabel()))
                .findFirst().orElseThrow();
        List<Claim> attackers = demo.caseFile().getRelations().stream().filter(r -> r.getTarget() == accession
                && r.getKind() != null && r.getKind().getPolarity() == Polarity.ATTACK).map(ClaimRelation::getSource)
                .toList();
        assertTrue(attackers.contains(consult), "the consultations contradict it: " + attackers.size());

        CompoundCommand rateThemFalse = new CompoundCommand("Rate them False"); // a claim rated false defeats none
        attackers.forEach(a -> rateThemFalse.append(SetCommand.create(demo.session.domain(), a,
                CasePackage.Literals.CLAIM__VERDICT, rated)));
        demo.session.commandStack().execute(rateThemFalse);
        DemoDiagram.waitUntil("the analysis of the edit is there", () -> CaseAnalyses.of(demo.session).isCurrent());
        DemoDiagram.processEvents();
        assertEquals(ArgumentLabel.IN, demo.part(accession).figure().view().label(), "the box they attacked now stands");
        assertEquals("False", demo.part(consult).figure().view().verdict());

        demo.session.commandStack().undo();
        DemoDiagram.waitUntil("the analysis of the undo is there", () -> CaseAnalyses.of(demo.session).isCurrent());
        DemoDiagram.processEvents();
        assertEquals(ArgumentLabel.OUT, demo.part(accession).figure().view().label(), "and falls again after Undo");
    }

    @Test
    void anExportRightAfterAnEditGetsTheAnalysisOfTheCaseAsItIs() {
        Claim consult = demo.claim("We will continue consultations");
        CaseAnalyses analyses = CaseAnalyses.of(demo.session);
        execute(consult, demo.caseFile().getRatingScale().getRatings().get(0)); // no event loop: still on its way
        assertFalse(analyses.isCurrent(), "the analysis of the edit has not arrived yet");
        AnalysisResult now = analyses.current();
        assertTrue(analyses.isCurrent());
        assertTrue(sameLabels(now, ArgumentAnalysis.analyze(demo.caseFile())), "it is the analysis of the case as it is");
        assertEquals(now.label(consult), demo.part(consult).figure().view().label(), "and the boxes show it");
    }

    /**
     * Seeded: bursts of verdict edits with and without the event loop running between them (so that analyses run
     * while the case changes); whatever the listeners are told is the analysis of the case as it is then, and in the
     * end every box shows what a fresh analysis says.
     */
    @Test
    void whatListenersAreToldIsNeverStale() {
        CaseSession session = demo.session;
        List<String> stale = new ArrayList<>();
        int[] told = { 0 };
        CaseAnalyses.Listener listener = (s, result) -> {
            told[0]++;
            if (!sameLabels(result, ArgumentAnalysis.analyze(s.caseFile()))) {
                stale.add("told an analysis of an older case after " + told[0] + " results");
            }
        };
        CaseAnalyses.of(session).addListener(listener);
        try {
            Random random = new Random(20261201);
            List<Claim> claims = demo.caseFile().getClaims();
            List<Rating> ratings = demo.caseFile().getRatingScale().getRatings();
            for (int round = 0; round < 12; round++) {
                int edits = 1 + random.nextInt(3);
                for (int i = 0; i < edits; i++) {
                    Claim claim = claims.get(random.nextInt(claims.size()));
                    Rating verdict = random.nextInt(4) == 0 ? null : ratings.get(random.nextInt(ratings.size()));
                    if (verdict != claim.getVerdict()) {
                        execute(claim, verdict);
                    }
                    if (random.nextBoolean()) {
                        DemoDiagram.processEvents(); // an analysis may start here and be overtaken by the next edit
                    }
                }
            }
            DemoDiagram.waitUntil("the analysis catches up", () -> CaseAnalyses.of(session).isCurrent());
            DemoDiagram.processEvents();
        } finally {
            CaseAnalyses.forget(session, listener);
        }
        assertTrue(stale.isEmpty(), String.join("; ", stale));
        assertTrue(told[0] > 0, "the listener was told");
        AnalysisResult fresh = ArgumentAnalysis.analyze(demo.caseFile());
        assertTrue(sameLabels(CaseAnalyses.of(session).result(), fresh));
        for (Claim claim : demo.caseFile().getClaims()) {
            assertEquals(fresh.label(claim), demo.part(claim).figure().view().label(), claim.getStatement());
            assertEquals(fresh.worstSeverity(claim).orElse(null), demo.part(claim).figure().view().severity(),
                    claim.getStatement());
        }
        assertFalse(demo.session.commandStack().getUndoCommand() == null, "the edits were made");
    }

    /**
     * Seeded: the case checks copy the case on a worker thread while verdicts change on the UI thread; every result
     * the listeners are told is what the checks find in the case as it is then (a copy the case changed under is
     * never used), and in the end they are told the problems of the settled case.
     */
    @Test
    void theChecksCopyTheCaseOffTheUiThreadAndNeverTellOfAnOlderCase() {
        CaseSession session = demo.session;
        List<String> stale = new ArrayList<>();
        List<CheckResult> told = new ArrayList<>();
        CaseAnalyses.Listener listener = new CaseAnalyses.Listener() {
            @Override
            public void analysed(CaseSession s, AnalysisResult result) {
            }

            @Override
            public boolean wantsChecks() {
                return true;
            }

            @Override
            public void checked(CaseSession s, CheckResult result) {
                told.add(result);
                if (!new HashSet<>(result.problems()).equals(new HashSet<>(CaseChecks.getDefault().run(s.caseFile()).problems()))) {
                    stale.add("told the problems of an older case after " + told.size() + " results");
                }
            }
        };
        CaseAnalyses.of(session).addListener(listener);
        try {
            Random random = new Random(20261202);
            List<Claim> claims = demo.caseFile().getClaims();
            List<Rating> ratings = demo.caseFile().getRatingScale().getRatings();
            for (int round = 0; round < 10; round++) {
                CaseAnalyses.of(session).requestChecks(); // a copy starts on a worker now
                for (int i = 0, edits = 1 + random.nextInt(3); i < edits; i++) {
                    Claim claim = claims.get(random.nextInt(claims.size()));
                    execute(claim, random.nextInt(3) == 0 ? null : ratings.get(random.nextInt(ratings.size())));
                    if (random.nextBoolean()) {
                        DemoDiagram.processEvents();
                    }
                }
            }
            told.clear();
            DemoDiagram.waitUntil("the checks of the settled case are told", () -> {
                DemoDiagram.processEvents();
                return !told.isEmpty() && CaseAnalyses.of(session).knownChecks() != null;
            });
        } finally {
            CaseAnalyses.forget(session, listener);
        }
        assertTrue(stale.isEmpty(), String.join("; ", stale));
        assertEquals(new HashSet<>(CaseChecks.getDefault().run(demo.caseFile()).problems()),
                new HashSet<>(told.get(told.size() - 1).problems()), "the last told is of the case as it is");
        assertTrue(told.get(told.size() - 1).problems().stream().anyMatch(p -> p.element().orElse(null) instanceof Claim),
                "the problems name the case's own claims, not the copy's");
        assertTrue(told.get(told.size() - 1).problems().stream().flatMap(p -> p.elements().stream())
                .allMatch(e -> e.eResource() == demo.caseFile().eResource()),
                "the problems' objects are the case's");
    }

    private void execute(Claim claim, Rating verdict) {
        demo.session.commandStack().execute(SetCommand.create(demo.session.domain(), claim,
                CasePackage.Literals.CLAIM__VERDICT, verdict == null ? SetCommand.UNSET_VALUE : verdict));
    }

    private static boolean sameLabels(AnalysisResult a, AnalysisResult b) {
        return a.labelling().equals(b.labelling()) && a.findings().size() == b.findings().size();
    }
}
