package org.factcheck.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.edit.command.SetCommand;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.extensions.ContributionFailures;
import org.factcheck.diagram.decorators.ClaimDecorator;
import org.factcheck.diagram.decorators.ClaimDecorators;
import org.factcheck.diagram.decorators.Decoration;
import org.factcheck.diagram.internal.figures.ClaimView;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.testing.plugins.Contributions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decorators run in the background: a decorator that hangs (here: on a latch the test holds until its end) neither
 * delays the diagram's opening nor the repaint of an edit; when its budget is over it is reported once and
 * disabled, and the badges of the others appear. An edit has only the changed claim decorated again, and only its
 * box gets new badges. Decorators read a copy of the case, not the live one.
 */
class DecoratorsOffTheUiThreadTest {

    /** Badges a claim with the length of its statement; notes every statement it decorates and the objects. */
    public static final class Counting implements ClaimDecorator {
        static final List<String> DECORATED = Collections.synchronizedList(new ArrayList<>());
        static final List<Claim> SEEN = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<Decoration> decorate(Claim claim) {
            DECORATED.add(claim.getStatement());
            SEEN.add(claim);
            return List.of(Decoration.builder(Decoration.Position.BOTTOM_RIGHT).text(label(claim.getStatement())).build());
        }

        static String label(String statement) {
            return statement.length() + " chars";
        }
    }

    /** Badges a claim with a short key of its statement (badges are short); notes the threads it ran on. */
    public static final class Echo implements ClaimDecorator {
        static final java.util.Set<String> THREADS = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public List<Decoration> decorate(Claim claim) {
            THREADS.add(Thread.currentThread().getName());
            return List.of(Decoration.builder(Decoration.Position.BOTTOM_RIGHT).text(key(claim.getStatement())).build());
        }

        static String key(String statement) {
            return "#" + Integer.toHexString(statement.hashCode());
        }
    }

    /** Blocks on a latch, ignoring interrupts, until the test ends. */
    public static final class Latched implements ClaimDecorator {
        static volatile CountDownLatch entered = new CountDownLatch(1);
        static volatile CountDownLatch release = new CountDownLatch(1);
        static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public List<Decoration> decorate(Claim claim) {
            CALLS.incrementAndGet();
            entered.countDown();
            while (true) {
                try {
                    release.await();
                    return List.of();
                } catch (InterruptedException ignored) {
                    // hangs on
                }
            }
        }
    }

    /** The hanging decorator's budget: far longer than opening a diagram and an edit take, even on a busy machine. */
    private static final int BUDGET_SECONDS = 8;

    @TempDir
    Path temp;

    private String previousBudget;

    @BeforeEach
    void setUp() {
        previousBudget = System.getProperty("factcheck.contributions.timeout");
        System.setProperty("factcheck.contributions.timeout", Integer.toString(BUDGET_SECONDS));
        Latched.entered = new CountDownLatch(1);
        Latched.release = new CountDownLatch(1);
        Latched.CALLS.set(0);
        Counting.DECORATED.clear();
        Counting.SEEN.clear();
    }

    @AfterEach
    void tearDown() {
        Latched.release.countDown();
        DemoDiagram.page().closeAllEditors(false);
        if (previousBudget == null) {
            System.clearProperty("factcheck.contributions.timeout");
        } else {
            System.setProperty("factcheck.contributions.timeout", previousBudget);
        }
    }

    private static List<String> texts(DemoDiagram demo, Claim claim) {
        return demo.part(claim).figure().view().badges().stream().map(ClaimView.Badge::text).toList();
    }

    private static List<ContributionFailure> failuresOf(String id, int from) {
        List<ContributionFailure> all = ContributionFailures.reported();
        return all.subList(from, all.size()).stream().filter(f -> f.contributionId().equals(id)).toList();
    }

    @Test
    void aHangingDecoratorDelaysNeitherTheOpeningNorAnEditAndOnlyTheEditedBoxIsDecoratedAgain() throws Exception {
        int failuresBefore = ContributionFailures.reported().size();
        try (Contributions plugin = Contributions.add(getClass(), """
                <extension point="org.factcheck.diagram.diagramDecorators">
                   <decorator id="test.off.counts" name="Counts" class="org.factcheck.diagram.tests.DecoratorsOffTheUiThreadTest$Counting"/>
                   <decorator id="test.off.latched" name="Latched" class="org.factcheck.diagram.tests.DecoratorsOffTheUiThreadTest$Latched"/>
                </extension>""")) {
            DemoDiagram.waitUntil("the decorators are contributed", () -> ClaimDecorators.getDefault().descriptors().size() == 2);
            DemoDiagram demo = DemoDiagram.open(temp);
            Claim edited = demo.caseFile().getClaims().get(0);
            DemoDiagram.waitUntil("the hanging decorator is called", () -> Latched.entered.getCount() == 0);
            assertEquals(List.of(), failuresOf("test.off.latched", failuresBefore),
                    "the diagram is open while the decorator is still within its budget (it would have been reported if"
                            + " the diagram had waited for it)");
            assertEquals(demo.caseFile().getClaims().size(), demo.editor.viewer().getContents().getChildren().size(),
                    "every claim has its box");

            demo.session.commandStack().execute(SetCommand.create(demo.session.domain(), edited,
                    CasePackage.Literals.CLAIM__STATEMENT, "An edit while a decorator hangs"));
            DemoDiagram.processEvents();
            assertEquals("An edit while a decorator hangs", demo.part(edited).figure().view().statement(),
                    "the edit is drawn at once");
            assertEquals(1, Latched.release.getCount(), "the decorator is still blocked");
            assertEquals(List.of(), failuresOf("test.off.latched", failuresBefore), "and still within its budget");

            DemoDiagram.waitUntil("the hanging decorator is reported when its budget is over",
                    () -> !failuresOf("test.off.latched", failuresBefore).isEmpty(), BUDGET_SECONDS + 10);
            assertEquals(ContributionFailure.Kind.TIMED_OUT, failuresOf("test.off.latched", failuresBefore).get(0).kind());
            DemoDiagram.waitUntil("the badges of the other decorator appear, for the edited claim as it is now",
                    () -> texts(demo, edited).equals(List.of(Counting.label("An edit while a decorator hangs"))), 10);
            assertEquals(List.of("test.off.counts"), ClaimDecorators.getDefault().descriptors().stream().map(d -> d.id()).toList());
            assertTrue(Counting.SEEN.stream().noneMatch(c -> c == edited), "decorators read a copy of the case");

            // another edit: only that claim is decorated again, only its box gets new badges
            Claim other = demo.caseFile().getClaims().get(1);
            DemoDiagram.waitUntil("every box has its badges", () -> demo.caseFile().getClaims().stream()
                    .allMatch(c -> texts(demo, c).equals(List.of(Counting.label(c.getStatement())))));
            Map<Claim, ClaimView> views = new HashMap<>();
            demo.caseFile().getClaims().forEach(c -> views.put(c, demo.part(c).figure().view()));
            Counting.DECORATED.clear();
            demo.session.commandStack().execute(SetCommand.create(demo.session.domain(), edited,
                    CasePackage.Literals.CLAIM__STATEMENT, "A second, longer edit of the same claim"));
            DemoDiagram.waitUntil("the edited box gets its new badge",
                    () -> texts(demo, edited).equals(List.of(Counting.label("A second, longer edit of the same claim"))));
            DemoDiagram.processEvents();
            assertEquals(List.of("A second, longer edit of the same claim"), Counting.DECORATED,
                    "only the edited claim was decorated again");
            assertSame(views.get(other), demo.part(other).figure().view(), "another box was not drawn again");
            assertNotEquals(views.get(edited), demo.part(edited).figure().view());
            assertEquals(1, Latched.CALLS.get(), "the disabled decorator is not called again");
            assertEquals(1, failuresOf("test.off.latched", failuresBefore).size(), "it was reported once");
        }
    }

    @Test
    void editsWhileTheCaseIsCopiedNeverLeaveABoxWithBadgesOfAnotherCase() throws Exception {
        Echo.THREADS.clear();
        try (Contributions plugin = Contributions.add(getClass(), """
                <extension point="org.factcheck.diagram.diagramDecorators">
                   <decorator id="test.off.echo" name="Echo" class="org.factcheck.diagram.tests.DecoratorsOffTheUiThreadTest$Echo"/>
                </extension>""")) {
            DemoDiagram.waitUntil("the decorator is contributed", () -> ClaimDecorators.getDefault().descriptors().size() == 1);
            DemoDiagram demo = DemoDiagram.open(temp);
            List<Claim> claims = demo.caseFile().getClaims();
            Map<Claim, java.util.Set<String>> had = new HashMap<>();
            claims.forEach(c -> had.computeIfAbsent(c, k -> new java.util.HashSet<>()).add(Echo.key(c.getStatement())));
            DemoDiagram.waitUntil("every box has its badge",
                    () -> claims.stream().allMatch(c -> texts(demo, c).equals(List.of(Echo.key(c.getStatement())))));
            java.util.Random random = new java.util.Random(20261201L);
            for (int i = 0; i < 60; i++) {
                Claim claim = claims.get(random.nextInt(claims.size()));
                String statement = "Edit " + i + " of " + claim.getStatement().length();
                had.get(claim).add(Echo.key(statement));
                demo.session.commandStack().execute(SetCommand.create(demo.session.domain(), claim,
                        CasePackage.Literals.CLAIM__STATEMENT, statement));
                long until = System.currentTimeMillis() + random.nextInt(160); // copies and runs are under way
                while (System.currentTimeMillis() < until) {
                    DemoDiagram.processEvents();
                }
                for (Claim c : claims) {
                    List<String> shown = texts(demo, c);
                    assertTrue(shown.isEmpty() || shown.size() == 1 && had.get(c).contains(shown.get(0)),
                            "a box shows a statement its claim had: " + shown + " for " + had.get(c));
                }
            }
            DemoDiagram.waitUntil("once the edits settle, every box has the badge of its claim as it is",
                    () -> claims.stream().allMatch(c -> texts(demo, c).equals(List.of(Echo.key(c.getStatement())))), 20);
            assertTrue(Echo.THREADS.stream().noneMatch(t -> t.equals(Thread.currentThread().getName())),
                    "the decorator never ran on the UI thread: " + Echo.THREADS);
        }
    }
}
