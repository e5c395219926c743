package org.factcheck.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.extensions.ContributionFailures;
import org.factcheck.diagram.decorators.ClaimDecorator;
import org.factcheck.diagram.decorators.ClaimDecorators;
import org.factcheck.diagram.decorators.Decoration;
import org.factcheck.diagram.internal.analysis.ProblemsView;
import org.factcheck.diagram.internal.figures.ClaimView;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.testing.plugins.Contributions;
import org.factcheck.testing.plugins.ThrowingEverywhere;
import org.factcheck.testing.plugins.WellBehaved;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decorators and case checks of installed plugins in the argument diagram and the Problems view: badges on the
 * boxes, refreshed when a claim changes and when decorators come and go; decorators that throw in every method,
 * return garbage or hang leave the diagram and the other decorators alone.
 */
class ContributionsInTheDiagramTest {

    /** Marks claims that have a verdict. */
    public static final class Seen implements ClaimDecorator {
        @Override
        public List<Decoration> decorate(Claim claim) {
            return claim.getVerdict() == null ? List.of()
                    : List.of(Decoration.builder(Decoration.Position.TOP_RIGHT).text("checked before").colour("#3F51B5")
                            .tooltip("Checked before by the newsroom.").build(),
                            Decoration.builder(Decoration.Position.BOTTOM_RIGHT).text("team").colour("#FFC107").build());
        }
    }

    /** Throws in every method it has. */
    public static final class Throwing implements ClaimDecorator {
        @Override
        public List<Decoration> decorate(Claim claim) {
            throw new NoSuchMethodError("org.factcheck.model.Claim.getRating()");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("toString");
        }
    }

    /** Returns garbage: null, or five badges. */
    public static final class Garbage implements ClaimDecorator {
        @Override
        public List<Decoration> decorate(Claim claim) {
            return claim.getVerdict() == null ? null
                    : java.util.Collections.nCopies(5, Decoration.builder(Decoration.Position.TOP_RIGHT).text("x").build());
        }
    }

    /** Hangs, ignoring interrupts, until released. */
    public static final class Hanging implements ClaimDecorator {
        static volatile boolean released;

        @Override
        public List<Decoration> decorate(Claim claim) {
            while (!released) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ignored) {
                    // hangs on
                }
            }
            return List.of();
        }
    }

    private static final String DECORATORS = """
            <extension point="org.factcheck.diagram.diagramDecorators">
               <decorator id="test.a.seen" name="Seen" class="org.factcheck.diagram.tests.ContributionsInTheDiagramTest$Seen"/>
               <decorator id="test.b.throws" name="Throws" class="org.factcheck.diagram.tests.ContributionsInTheDiagramTest$Throwing"/>
               <decorator id="test.c.garbage" name="Garbage" class="org.factcheck.diagram.tests.ContributionsInTheDiagramTest$Garbage"/>
               <decorator id="test.d.hangs" name="Hangs" class="org.factcheck.diagram.tests.ContributionsInTheDiagramTest$Hanging"/>
            </extension>""";

    @TempDir
    Path temp;

    private String previousBudget;

    @BeforeEach
    void shortBudget() {
        previousBudget = System.getProperty("factcheck.contributions.timeout");
        System.setProperty("factcheck.contributions.timeout", "0.5");
        Hanging.released = false;
    }

    @AfterEach
    void close() {
        Hanging.released = true;
        DemoDiagram.page().closeAllEditors(false);
        if (previousBudget == null) {
            System.clearProperty("factcheck.contributions.timeout");
        } else {
            System.setProperty("factcheck.contributions.timeout", previousBudget);
        }
    }

    private static List<ClaimView.Badge> badges(DemoDiagram demo, Claim claim) {
        return demo.part(claim).figure().view().badges();
    }

    @Test
    void badgesOfAGoodDecoratorAreDrawnAndBrokenDecoratorsAreReportedOnce() throws Exception {
        int failuresBefore = ContributionFailures.reported().size();
        try (Contributions plugin = Contributions.add(getClass(), DECORATORS)) {
            DemoDiagram.waitUntil("the decorators are contributed", () -> ClaimDecorators.getDefault().descriptors().size() == 4);
            DemoDiagram demo = DemoDiagram.open(temp);
            Claim rated = demo.caseFile().getClaims().stream().filter(c -> c.getVerdict() != null).findFirst().orElseThrow();
            Claim unrated = demo.caseFile().getClaims().stream().filter(c -> c.getVerdict() == null).findFirst().orElseThrow();
            DemoDiagram.waitUntil("the good decorator's badges arrive", () -> badges(demo, rated).size() == 2);
            List<ClaimView.Badge> shown = badges(demo, rated);
            assertEquals(List.of("checked before", "team"), shown.stream().map(ClaimView.Badge::text).toList());
            assertTrue(shown.get(0).top() && !shown.get(1).top());
            assertEquals(List.of(), badges(demo, unrated));
            List<ContributionFailure> failures = ContributionFailures.reported().subList(failuresBefore,
                    ContributionFailures.reported().size());
            assertEquals(List.of("test.b.throws", "test.c.garbage", "test.d.hangs"),
                    failures.stream().map(ContributionFailure::contributionId).sorted().toList(),
                    "the broken decorators (called at once, each on its own thread) are reported");
            assertEquals(List.of("test.a.seen"), ClaimDecorators.getDefault().descriptors().stream().map(d -> d.id()).toList());
            demo.editor.viewer().getControl().redraw();
            DemoDiagram.processEvents(); // the boxes paint their badges without trouble

            demo.session.commandStack().execute(SetCommand.create(demo.session.domain(), rated,
                    CasePackage.Literals.CLAIM__VERDICT, SetCommand.UNSET_VALUE));
            DemoDiagram.waitUntil("the box of the claim that lost its verdict loses its badges", () -> badges(demo, rated).isEmpty());
            demo.session.commandStack().undo();
            DemoDiagram.waitUntil("and gets them back on undo", () -> badges(demo, rated).size() == 2);
            assertEquals(ContributionFailures.reported().size(), failuresBefore + 3, "nothing more was reported");

            plugin.close();
            DemoDiagram.waitUntil("the badges go when the plugin goes", () -> badges(demo, rated).isEmpty());
        }
    }

    @Test
    void aDecoratorInstalledWhileTheDiagramIsOpenAddsItsBadges() throws Exception {
        DemoDiagram demo = DemoDiagram.open(temp);
        Claim rated = demo.caseFile().getClaims().stream().filter(c -> c.getVerdict() != null).findFirst().orElseThrow();
        assertEquals(List.of(), badges(demo, rated));
        try (Contributions plugin = Contributions.add(getClass(), """
                <extension point="org.factcheck.diagram.diagramDecorators">
                   <decorator id="test.live" name="Seen" class="org.factcheck.diagram.tests.ContributionsInTheDiagramTest$Seen"/>
                </extension>""")) {
            DemoDiagram.waitUntil("the open diagram shows the new badges", () -> badges(demo, rated).size() == 2);
        }
        DemoDiagram.waitUntil("and drops them on removal", () -> badges(demo, rated).isEmpty());
    }

    @Test
    void theProblemsViewListsContributedChecksAndTheOnesThatFailed() throws Exception {
        DemoDiagram demo = DemoDiagram.open(temp);
        ProblemsView problems = (ProblemsView) DemoDiagram.page().showView(ProblemsView.ID);
        DemoDiagram.page().activate(demo.editor);
        DemoDiagram.processEvents();
        int findings = problems.viewer().getTable().getItemCount();
        try (Contributions plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.caseChecks">
                   <check id="test.view.good" name="Counts claims" class="org.factcheck.testing.plugins.WellBehaved"/>
                   <check id="test.view.throws" name="Throws" class="org.factcheck.testing.plugins.ThrowingEverywhere"/>
                </extension>""")) {
            String expected = WellBehaved.message(demo.caseFile());
            DemoDiagram.waitUntil("the view lists the contributed check's problem and the failed check", () -> rows(problems)
                    .stream().anyMatch(r -> r instanceof CaseProblem p && p.message().equals(expected))
                    && rows(problems).stream().anyMatch(r -> r instanceof ContributionFailure f
                            && f.contributionId().equals("test.view.throws")));
            assertEquals(findings + 2, problems.viewer().getTable().getItemCount(), "the analysis' findings are still there");
            String shown = problems.viewer().getTable().getItem(0).getText(1) + "|" + problems.viewer().getTable().getItem(0).getText(0);
            assertTrue(shown.startsWith("The case check “Throws” (org.factcheck.testing"), "failures come first, as errors: " + shown);
        }
        DemoDiagram.waitUntil("the contributed check's problem goes with its plugin", () -> rows(problems).stream()
                .noneMatch(r -> r instanceof CaseProblem));
    }

    private static List<?> rows(ProblemsView view) {
        return (List<?>) view.viewer().getInput();
    }
}
