package org.factcheck.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Display;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.extensions.ContributionFailures;
import org.factcheck.diagram.internal.analysis.ProblemsView;
import org.factcheck.testing.plugins.Contributions;
import org.factcheck.testing.plugins.HangingEverywhere;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case check that hangs does not hold up the workbench: the checks run in the background, the UI thread goes on
 * while the check hangs (long before its time budget ends), and the Problems view shows what the checks found
 * when they are done.
 */
class HangingCheckTest {

    private static final String ID = "test.hanging.check";

    @TempDir
    Path temp;

    private String previousBudget;

    @BeforeEach
    void longBudget() {
        previousBudget = System.getProperty("factcheck.contributions.timeout");
        System.setProperty("factcheck.contributions.timeout", "60");
        HangingEverywhere.hold();
    }

    @AfterEach
    void restore() {
        HangingEverywhere.release();
        DemoDiagram.page().closeAllEditors(false);
        if (previousBudget == null) {
            System.clearProperty("factcheck.contributions.timeout");
        } else {
            System.setProperty("factcheck.contributions.timeout", previousBudget);
        }
    }

    @Test
    void theUiGoesOnWhileACheckHangsAndTheProblemsViewIsUpdatedWhenTheChecksAreDone() throws Exception {
        DemoDiagram demo = DemoDiagram.open(temp);
        ProblemsView problems = (ProblemsView) DemoDiagram.page().showView(ProblemsView.ID);
        DemoDiagram.page().activate(demo.editor);
        DemoDiagram.processEvents();
        int hangingBefore = HangingEverywhere.HANGING.get();
        try (Contributions plugin = Contributions.add(HangingEverywhere.class, """
                <extension point="org.factcheck.core.caseChecks">
                   <check id="%s" name="Hangs" class="org.factcheck.testing.plugins.HangingEverywhere"/>
                </extension>""".formatted(ID))) {
            DemoDiagram.waitUntil("the new check runs and hangs", () -> HangingEverywhere.HANGING.get() > hangingBefore);
            AtomicBoolean ran = new AtomicBoolean();
            Display.getCurrent().asyncExec(() -> ran.set(true));
            DemoDiagram.waitUntil("the UI thread runs what it is given", ran::get);
            assertTrue(failures().isEmpty(), "the UI thread did not wait for the hanging check: " + failures());
            assertTrue(HangingEverywhere.HANGING.get() > hangingBefore, "while it still hangs");

            HangingEverywhere.release(); // it returns null now: a failure the Problems view lists
            DemoDiagram.waitUntil("the Problems view shows the checks' result", () -> ((List<?>) problems.viewer()
                    .getInput()).stream().anyMatch(r -> r instanceof ContributionFailure f && f.contributionId().equals(ID)));
        }
    }

    private static List<ContributionFailure> failures() {
        return ContributionFailures.reported().stream().filter(f -> f.contributionId().equals(ID)).toList();
    }
}
