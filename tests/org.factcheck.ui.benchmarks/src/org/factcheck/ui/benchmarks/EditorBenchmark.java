package org.factcheck.ui.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
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
