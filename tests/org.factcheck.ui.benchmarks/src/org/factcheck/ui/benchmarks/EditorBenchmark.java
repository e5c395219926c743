package org.factcheck.ui.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.core.CaseStore;
import org.factcheck.core.anchoring.Anchorer;
import org.factcheck.core.anchoring.Reanchoring;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the document editor on a generated 1 MB article with 20,000 spans (many overlapping) and prints the
 * figures; it asserts nothing about time (the machine decides that, not the code). Run with
 * {@code releng/benchmark-editor.sh}.
 * The workbench shows the product's default perspective with its views (Claims, Sources, Article, Properties,
 * Argument Problems), which follow every edit as they do for users.
 * <ul>
 * <li><b>open</b>: from opening the editor to the end of the first paint of the text with every highlight (the
 * editor is then usable); after that StyledText measures the remaining lines in the background, in slices of at
 * most 50 ms between events, which is reported apart;</li>
 * <li><b>repaint after adding a span</b>: from executing the command that adds a span to the end of the paint of the
 * changed text (the editor recomputes its index, the changed region's highlights and the ruler);</li>
 * <li><b>what a user does</b>, each until every part has repainted (the editor, and the Article view, Properties and
 * the Claims view that follow its caret): moving the caret into another span (as a click does), Next Span and Mark
 * as Comment / Boilerplate through their commands, as their keys run them; and what a mark leaves for later: the
 * longest single event in the 0.6 s after it;</li>
 * <li><b>re-anchor</b>: placing all spans in a new version of the text with a paragraph inserted in the middle.</li>
 * </ul>
 */
class EditorBenchmark {

    private static final int CHARS = 1_000_000;
    private static final int SPANS = 20_000;
    private static final int ROUNDS = Integer.getInteger("factcheck.benchmark.rounds", 30);

    @TempDir
    Path temp;

    @Test
    void openAndRepaint() throws Exception {
        Path file = temp.resolve("benchmark.factcase");
        long built = System.nanoTime();
        CaseFile generated = LargeArticle.build(CHARS, SPANS, 42);
        CaseStore.save(CaseStore.create(new ResourceSetImpl(), file, generated), file);
        print("generated and saved the case", millis(System.nanoTime() - built), "ms");
        print("load average of the machine (before)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                "processes waiting for " + Runtime.getRuntime().availableProcessors() + " cores");

        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CaseSession session = CaseOpener.open(page.getWorkbenchWindow(), file, message -> {
            throw new IllegalStateException(message);
        }).session();
        Document document = session.caseFile().getDocuments().get(0);
        showDefaultViews(page);
        print("article", document.getText().length(), "chars");
        print("spans", document.getAnnotations().size(), "");

        double[] open = new double[Math.max(3, ROUNDS / 5)];
        double[] openCpu = new double[open.length];
        double[] create = new double[open.length];
        double[] layout = new double[open.length];
        DocumentEditor editor = null;
        for (int round = -1; round < open.length; round++) { // round -1 warms the JIT up and is not counted
            if (editor != null) {
                page.closeEditor(editor, false);
                drain(display);
            }
            long start = System.nanoTime();
            long startCpu = cpu();
            editor = DocumentEditor.open(page, session, document);
            long created = System.nanoTime();
            long[] painted = { 0 };
            editor.viewer().getTextWidget().addPaintListener(e -> painted[0] = painted[0] == 0 ? System.nanoTime() : painted[0]);
            while (painted[0] == 0) { // the text's own painting runs before this listener: its end is the first view
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            long paintedCpu = cpu();
            drain(display);
            long settled = System.nanoTime();
            if (round >= 0) {
                open[round] = millis(painted[0] - start);
                openCpu[round] = millis(paintedCpu - startCpu);
                create[round] = millis(created - start);
                layout[round] = millis(settled - painted[0]);
            }
        }
        print("highlighted spans", editor.highlightedSpans(), "");
        report("open the editor: first paint with highlights", open);
        report("  UI thread's CPU time for it", openCpu);
        report("  of which: create part, index, styles", create);
        report("then: lay out all lines (idle, 50 ms slices)", layout);

        Random random = new Random(7);
        String text = document.getText();
        double[] repaint = new double[ROUNDS];
        double[] repaintCpu = new double[ROUNDS];
        double[] settled = new double[ROUNDS];
        double[] settledCpu = new double[ROUNDS];
        for (int round = -5; round < ROUNDS; round++) {
            int length = 20 + random.nextInt(200);
            int from = random.nextInt(text.length() - length);
            TextSpan span = LargeArticle.span(text, from, from + length, SpanKind.NOTE);
            editor.viewer().revealRange(from, length);
            drain(display);
            Command add = AddCommand.create(session.domain(), document, CasePackage.Literals.DOCUMENT__ANNOTATIONS, span);
            long start = System.nanoTime();
            long startCpu = cpu();
            session.commandStack().execute(add);
            editor.viewer().getTextWidget().update(); // paints the damaged part of the text now
            long took = System.nanoTime() - start;
            long tookCpu = cpu() - startCpu;
            drain(display); // what the change posted for later: the overview ruler's repaint
            long all = System.nanoTime() - start;
            long allCpu = cpu() - startCpu;
            if (round >= 0) {
                repaint[round] = millis(took);
                repaintCpu[round] = millis(tookCpu);
                settled[round] = millis(all);
                settledCpu[round] = millis(allCpu);
            }
        }
        report("repaint after adding a span", repaint);
        report("  UI thread's CPU time for it", repaintCpu);
        report("  and until the ruler is repainted too", settled);
        report("  UI thread's CPU time for all of it", settledCpu);
        row("open a 1 MB article with 20,000 spans, to first paint", median(open), median(openCpu), "≤ 1 s");
        row("repaint after adding a span (default perspective, 2,000 claims)", median(repaint), median(repaintCpu),
                "≤ 16 ms");
        row("… until the overview ruler has repainted too", median(settled), median(settledCpu), "");
        asUsersDo(page, editor, document);

        String changed = text.substring(0, text.length() / 2) + "A new paragraph inserted by the editors.\n\n"
                + text.substring(text.length() / 2);
        long start = System.nanoTime();
        Reanchoring result = new Anchorer().reanchor(document, changed);
        print("re-anchor all spans after an insertion in the middle", millis(System.nanoTime() - start), "ms");
        print("re-anchor result", 0, result.summary());
        print("load average of the machine (after)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                "");
        page.closeAllEditors(false);
    }

    /**
     * The caret moves and the commands a user runs, through the same code as the mouse and the keys: the text
     * widget's caret (its caret listeners make the editor's selection, which the views follow) and the commands of
     * the handler service, with the editor active (the handlers are active in it only). Each is timed until the
     * window has repainted and nothing is left to dispatch. Each round first shows another span, untimed.
     */
    private static void asUsersDo(IWorkbenchPage page, DocumentEditor editor, Document document) throws Exception {
        page.activate(editor);
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        StyledText text = editor.viewer().getTextWidget();
        List<TextSpan> spans = List.copyOf(document.getAnnotations());
        Random random = new Random(11);
        Timed caret = new Timed(editor.getSite().getShell());
        Timed next = new Timed(caret.shell);
        Timed mark = new Timed(caret.shell);
        Timed afterMark = new Timed(caret.shell);
        for (int round = -5; round < ROUNDS; round++) {
            TextSpan span = spans.get(random.nextInt(spans.size()));
            editor.viewer().revealRange(span.getStart(), span.getEnd() - span.getStart());
            drain(caret.display);
            caret.time(round, () -> text.setCaretOffset(span.getStart() + 1));
            next.time(round, () -> handlers.executeCommand("org.factcheck.ui.nextSpan", null));
            int from = span.getStart() + random.nextInt(20);
            int length = 20 + random.nextInt(200);
            if (boilerplateHolds(document, from, from + length)) {
                continue; // already marked: the command would refuse in a dialog
            }
            editor.viewer().setSelectedRange(from, length);
            drain(caret.display);
            mark.time(round, () -> handlers.executeCommand("org.factcheck.ui.markBoilerplate", null));
            afterMark.idle(round, 600); // what an edit leaves for later (the case checks start 0.4 s after it)
        }
        print("spans marked as boilerplate by the command", document.getAnnotations().stream()
                .filter(s -> s.getKind() == SpanKind.BOILERPLATE).count(), "");
        caret.report("move the caret into another span");
        next.report("Next Span (command)");
        mark.report("Mark as Comment / Boilerplate (command)");
        afterMark.report("  then the longest event in 0.6 s");
        caret.row("move the caret into another span, until every view has repainted", "—");
        next.row("Next Span (Alt+↓) through its command, until every view has repainted", "—");
        mark.row("mark the selected words (Ctrl+Shift+B) through the command, until every view has repainted", "—");
        afterMark.row("… then, in the 0.6 s after it, the longest the UI thread was busy at once (CPU: all of the 0.6 s)",
                "—");
    }

    private static boolean boilerplateHolds(Document document, int from, int to) {
        return document.getAnnotations().stream()
                .anyMatch(s -> s.getKind() == SpanKind.BOILERPLATE && s.getStart() <= from && s.getEnd() >= to);
    }

    /** Wall clock and UI thread's CPU time of actions until the window has repainted and no event is pending. */
    private static final class Timed {

        private final Shell shell;
        private final Display display;
        private final double[] wall = new double[ROUNDS];
        private final double[] cpu = new double[ROUNDS];
        private int rounds;

        Timed(Shell shell) {
            this.shell = shell;
            this.display = shell.getDisplay();
        }

        /** Runs and times {@code action}; a negative round warms up and is not counted. */
        void time(int round, Action action) throws Exception {
            long start = System.nanoTime();
            long startCpu = cpu();
            action.run();
            shell.update(); // paints every damaged part of the window now
            drain(display); // and what the action posted for later
            if (round >= 0) {
                wall[rounds] = millis(System.nanoTime() - start);
                cpu[rounds++] = millis(cpu() - startCpu);
            }
        }

        /**
         * Dispatches events for {@code millis} as an idle workbench does; records the longest one dispatched (what
         * a user feels as a freeze) and the CPU time of all of them.
         */
        void idle(int round, int millis) {
            long end = System.nanoTime() + millis * 1_000_000L;
            long startCpu = cpu();
            long longest = 0;
            display.timerExec(millis, () -> {
                // wakes the sleep below at the end
            });
            while (System.nanoTime() < end) {
                long before = System.nanoTime();
                if (display.readAndDispatch()) {
                    longest = Math.max(longest, System.nanoTime() - before);
                } else {
                    display.sleep();
                }
            }
            if (round >= 0) {
                wall[rounds] = millis(longest);
                cpu[rounds++] = millis(cpu() - startCpu);
            }
        }

        void report(String what) {
            EditorBenchmark.report(what, Arrays.copyOf(wall, rounds));
            EditorBenchmark.report("  UI thread's CPU time for it", Arrays.copyOf(cpu, rounds));
        }

        void row(String what, String target) {
            EditorBenchmark.row(what, median(Arrays.copyOf(wall, rounds)), median(Arrays.copyOf(cpu, rounds)), target);
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    /**
     * The workbench as users see it: the product's default perspective with every view it opens (those stacked
     * behind another are created too, so they follow the case as they would once looked at), and the diagram's
     * Argument Problems view.
     */
    private static void showDefaultViews(IWorkbenchPage page) throws PartInitException {
        page.resetPerspective();
        for (String id : DEFAULT_VIEWS) {
            page.showView(id, null, IWorkbenchPage.VIEW_CREATE);
        }
        drain(Display.getCurrent());
        StringBuilder open = new StringBuilder();
        for (IViewReference view : page.getViewReferences()) {
            if (view.getView(false) != null) {
                open.append(open.length() == 0 ? "" : ", ").append(view.getPartName());
            }
        }
        System.out.println("EDITOR-BENCHMARK views open: " + open);
    }

    private static final String[] DEFAULT_VIEWS = { "org.factcheck.ui.claimsView", "org.factcheck.ui.sourcesView",
        "org.factcheck.ui.articleView", "org.eclipse.ui.views.PropertySheet", "org.factcheck.diagram.problemsView" };

    /** CPU time of this (the UI) thread: what the editor costs, whatever else the machine is doing. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void drain(Display display) {
        while (display.readAndDispatch()) {
            // paint and run what is pending
        }
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void report(String what, double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        System.out.println(String.format(Locale.ROOT,
                "EDITOR-BENCHMARK %-40s median %8.2f ms   p90 %8.2f ms   min %8.2f ms   max %8.2f ms   (%d rounds)", what,
                sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.9))],
                sorted[0], sorted[sorted.length - 1], sorted.length));
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A row of the table {@code releng/benchmarks.sh} prints: what, median wall clock and CPU time, target. */
    private static void row(String what, double wall, double cpu, String target) {
        System.out.println(String.format(Locale.ROOT, "BENCHMARK-ROW|document editor|%s|%.1f ms|%s|%s", what, wall,
                Double.isNaN(cpu) ? "" : String.format(Locale.ROOT, "%.1f ms", cpu), target));
    }

    private static void print(String what, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "EDITOR-BENCHMARK %-40s %10.2f %s", what, value, unit));
    }
}
