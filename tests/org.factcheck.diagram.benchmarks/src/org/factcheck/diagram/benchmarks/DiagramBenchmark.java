package org.factcheck.diagram.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.factcheck.core.CaseStore;
import org.factcheck.core.layout.Bounds;
import org.factcheck.core.layout.ClaimGraph;
import org.factcheck.core.layout.GraphLayout;
import org.factcheck.core.layout.LayeredLayout;
import org.factcheck.core.layout.NodeSizer;
import org.factcheck.core.layout.Size;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;
import org.factcheck.diagram.internal.handlers.OpenDiagramHandler;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Polarity;
import org.factcheck.model.Rating;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;
import org.factcheck.model.notation.NotationFactory;
import org.factcheck.testing.ArgumentCases;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the argument diagram takes for a large generated case, in one run: ELK's layered layout alone (core
 * API, headless), the first paint of the GEF diagram once positions are known, the automatic layout plus first
 * paint of a diagram without positions, and Graphviz {@code dot} laying out the same graph as the baseline.
 * Prints figures; asserts nothing about time (the machine is shared and timings vary).
 */
class DiagramBenchmark {

    private static final long SEED = 2026;

    @TempDir
    Path temp;

    private final List<String> report = new ArrayList<>();

    @Test
    void layoutAndFirstPaintOfALargeClaimGraphAgainstGraphvizDot() throws Exception {
        int claims = Integer.getInteger("benchmark.claims", 2000);
        int relations = Integer.getInteger("benchmark.relations", 5000);
        int runs = Integer.getInteger("benchmark.runs", 5);
        line("Argument diagram benchmark: %d claims, %d relations (ArgumentCases.generated, seed %d), %d runs; %d cores, %s",
                claims, relations, SEED, runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));

        line("load average at start (other processes share the machine): %s", loadAverage());
        CaseFile generated = ArgumentCases.generated(claims, relations, SEED);
        ClaimGraph graph = ClaimGraph.of(generated, NodeSizer.estimated());
        line("graph: %d claims, %d relations kept", graph.claims().size(), graph.relations().size());

        List<double[]> layoutTimes = new ArrayList<>();
        GraphLayout layout = null;
        for (int i = 0; i <= runs; i++) {
            double[] wallCpu = new double[2];
            layout = timed(() -> new LayeredLayout().layout(graph), wallCpu);
            layoutTimes.add(wallCpu);
        }
        var extent = layout.extent();
        line("ELK layered layout (core LayeredLayout): first %s, then median %s (CPU %s); drawing %.0f × %.0f px",
                ms(layoutTimes.get(0)[0]), ms(median(layoutTimes.subList(1, layoutTimes.size()), 0)),
                ms(median(layoutTimes.subList(1, layoutTimes.size()), 1)), extent.width(), extent.height());

        Path file = temp.resolve("generated.factcase");
        Resource resource = CaseStore.create(new ResourceSetImpl(), file, generated);
        Diagram laidOut = diagram("Laid out", layout);
        Diagram fresh = diagram("Fresh", null);
        resource.getContents().add(laidOut);
        resource.getContents().add(fresh);
        CaseStore.save(resource, file);

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        List<String> errors = new ArrayList<>();
        CaseSession session = CaseOpener.open(page.getWorkbenchWindow(), file, errors::add).session();
        Diagram shownLaidOut = find(session, laidOut.getId());
        Diagram shownFresh = find(session, fresh.getId());

        List<double[]> paintTimes = new ArrayList<>();
        List<double[]> layoutAndPaintTimes = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            double[] wallCpu = new double[2];
            timed(() -> openUntilPainted(page, session, shownLaidOut), wallCpu);
            paintTimes.add(wallCpu);
            double[] automatic = new double[2];
            timed(() -> openUntilPainted(page, session, shownFresh), automatic);
            layoutAndPaintTimes.add(automatic);
        }
        List<Double> paint = paintTimes.stream().map(t -> t[0]).toList();
        List<Double> layoutAndPaint = layoutAndPaintTimes.stream().map(t -> t[0]).toList();
        line("GEF diagram with stored positions, open to first paint: first %s, then median %s (CPU %s)",
                ms(paint.get(0)), ms(median(paint.subList(1, paint.size()))), ms(median(paintTimes.subList(1, runs + 1), 1)));
        line("GEF diagram without positions, automatic layout + first paint: first %s, then median %s (CPU %s)",
                ms(layoutAndPaint.get(0)), ms(median(layoutAndPaint.subList(1, layoutAndPaint.size()))),
                ms(median(layoutAndPaintTimes.subList(1, runs + 1), 1)));
        editOneClaim(page, session, shownLaidOut, Math.max(10, runs * 4));
        page.closeAllEditors(false);

        boolean runDot = Boolean.parseBoolean(System.getProperty("benchmark.dot", "true"));
        double[] dot = runDot ? dot(graph) : null;
        double ours = median(layoutTimes.subList(1, layoutTimes.size()), 0) + median(paint.subList(1, paint.size()));
        double oursCpu = median(layoutTimes.subList(1, layoutTimes.size()), 1) + median(paintTimes.subList(1, runs + 1), 1);
        line("ELK layout + first paint (warm medians): wall %s, CPU %s", ms(ours), ms(oursCpu));
        row("ELK layout + first paint of " + claims + " claims, " + relations + " relations", ms(ours), ms(oursCpu),
                "≤ 1 s");
        if (!runDot) {
            line("Graphviz dot: skipped (-Dbenchmark.dot=false)");
        } else if (dot == null) {
            line("Graphviz dot: not installed (apt-get install -y graphviz), no baseline");
        } else {
            line("Graphviz dot -Tplain (layout only, same graph and box sizes): wall %s, CPU %s", ms(dot[0]), ms(dot[1]));
            row("baseline: Graphviz dot, layout only (same run)", ms(dot[0]), ms(dot[1]),
                    String.format(Locale.ROOT, "ours %.0f× faster (CPU)", dot[1] / oursCpu));
            line("ratio: dot / (ELK layout + first paint, warm): %.0f× by wall time, %.0f× by CPU time; "
                    + "dot wall / first automatic layout + paint (cold): %.0f×", dot[0] / ours, dot[1] / oursCpu,
                    dot[0] / layoutAndPaint.get(0));
        }
        line("load average at end: %s", loadAverage());
        Files.write(Path.of(System.getProperty("benchmark.report", "target/benchmark-diagram.txt")), report,
                StandardCharsets.UTF_8);
    }

    private static Diagram diagram(String name, GraphLayout layout) {
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        diagram.setName(name);
        if (layout != null) {
            layout.allBounds().forEach((claim, box) -> diagram.getNodes().add(node(claim, box)));
        }
        return diagram;
    }

    private static Node node(Claim claim, Bounds box) {
        Node node = NotationFactory.eINSTANCE.createNode();
        node.setElement(claim);
        node.setX((int) box.x());
        node.setY((int) box.y());
        node.setWidth((int) box.width());
        node.setHeight((int) box.height());
        return node;
    }

    private static Diagram find(CaseSession session, String id) {
        return session.resource().getContents().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast)
                .filter(d -> id.equals(d.getId())).findFirst().orElseThrow();
    }

    /** Opens a diagram, runs the event loop until its canvas has painted, closes it; returns the milliseconds. */
    private static double openUntilPainted(IWorkbenchPage page, CaseSession session, Diagram diagram) {
        Display display = Display.getCurrent();
        long start = System.nanoTime();
        ArgumentDiagramEditor editor = OpenDiagramHandler.open(page, session, diagram);
        Control canvas = editor.viewer().getControl();
        boolean[] painted = { false };
        canvas.addPaintListener(event -> painted[0] = true);
        long deadline = System.currentTimeMillis() + 120_000;
        while (!painted[0] && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e6;
        page.closeEditor(editor, false);
        while (display.readAndDispatch()) {
            // let the editor go
        }
        return painted[0] ? elapsed : Double.NaN;
    }

    /**
     * One edit in the open diagram of the whole case: sets the verdict of a claim (which the analysis reads, so the
     * whole argument is labelled again) and runs the event loop until everything the command posted is done, the
     * canvas's repaint among it. Prints the medians; the diagram stays open for all rounds.
     */
    private void editOneClaim(IWorkbenchPage page, CaseSession session, Diagram diagram, int rounds) {
        Display display = Display.getCurrent();
        ArgumentDiagramEditor editor = OpenDiagramHandler.open(page, session, diagram);
        drain(display);
        java.util.Random random = new java.util.Random(SEED);
        List<Rating> ratings = session.caseFile().getRatingScale().getRatings();
        List<Claim> claims = session.caseFile().getClaims();
        List<double[]> times = new ArrayList<>();
        List<double[]> labelled = new ArrayList<>();
        org.factcheck.diagram.internal.analysis.CaseAnalyses analyses =
                org.factcheck.diagram.internal.analysis.CaseAnalyses.of(session);
        for (int round = -3; round < rounds; round++) { // three rounds to warm up
            Claim claim = claims.get(random.nextInt(Math.min(claims.size(), 60))); // near the top: boxes in view
            Rating verdict = ratings.get(random.nextInt(ratings.size()));
            org.eclipse.emf.common.command.Command command = org.eclipse.emf.edit.command.SetCommand.create(
                    session.domain(), claim, org.factcheck.model.CasePackage.Literals.CLAIM__VERDICT,
                    verdict == claim.getVerdict() ? null : verdict);
            double[] wallCpu = new double[2];
            double[] untilLabelled = new double[2];
            timed(() -> {
                timed(() -> {
                    session.commandStack().execute(command);
                    editor.viewer().getControl().update();
                    drain(display);
                    return null;
                }, wallCpu);
                // the analysis runs in the background; its labels are applied (and painted) on the UI thread
                while (!analyses.isCurrent()) {
                    if (!display.readAndDispatch()) {
                        display.timerExec(1, () -> { });
                        display.sleep();
                    }
                }
                editor.viewer().getControl().update();
                drain(display);
                return null;
            }, untilLabelled);
            if (round >= 0) {
                times.add(wallCpu);
                labelled.add(untilLabelled);
            }
        }
        line("one edit in the diagram of %d claims (set a verdict), command to repaint: median %s (CPU %s), %d rounds",
                claims.size(), ms(median(times, 0)), ms(median(times, 1)), times.size());
        row("one edit (set a verdict) in the diagram of " + claims.size() + " claims, command to repaint",
                ms(median(times, 0)), ms(median(times, 1)), "≤ 50 ms");
        line("… until the background analysis's labels are shown too: median %s (UI thread's CPU %s)",
                ms(median(labelled, 0)), ms(median(labelled, 1)));
        row("… until the labels of the background analysis are shown too (CPU: UI thread only)",
                ms(median(labelled, 0)), ms(median(labelled, 1)), "");
        List<double[]> analysis = new ArrayList<>();
        for (int round = -3; round < rounds; round++) {
            double[] wallCpu = new double[2];
            timed(() -> org.factcheck.core.analysis.ArgumentAnalysis.analyze(session.caseFile()), wallCpu);
            if (round >= 0) {
                analysis.add(wallCpu);
            }
        }
        line("… of which the consistency analysis of the whole case: median %s (CPU %s)", ms(median(analysis, 0)),
                ms(median(analysis, 1)));
        row("… of which the consistency analysis of the whole case", ms(median(analysis, 0)), ms(median(analysis, 1)), "");
        page.closeEditor(editor, false);
        drain(display);
    }

    private static void drain(Display display) {
        while (display.readAndDispatch()) {
            // what the change posted: the figures' validation and paint
        }
    }

    /** Runs Graphviz dot on the same graph; returns wall and CPU milliseconds, or null without dot. */
    private double[] dot(ClaimGraph graph) throws IOException, InterruptedException {
        Path dotFile = temp.resolve("generated.dot");
        StringBuilder dot = new StringBuilder("digraph claims {\n  rankdir=BT;\n  node [shape=box, fixedsize=true];\n");
        List<Claim> claims = graph.claims();
        java.util.Map<Claim, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            index.put(claims.get(i), i);
            Size size = graph.size(claims.get(i));
            dot.append(String.format(Locale.ROOT, "  c%d [width=%.2f, height=%.2f];%n", i, size.width() / 72, size.height() / 72));
        }
        for (ClaimRelation relation : graph.relations()) {
            dot.append("  c").append(index.get(relation.getSource())).append(" -> c").append(index.get(relation.getTarget()))
                    .append(relation.getKind().getPolarity() == Polarity.ATTACK ? " [style=dashed]" : "").append(";\n");
        }
        Files.writeString(dotFile, dot.append("}\n"));
        Process process;
        try {
            process = new ProcessBuilder("bash", "-c", "dot -Tplain -o /dev/null \"$1\"; status=$?; times; exit $status", "bash",
                    dotFile.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        long start = System.nanoTime();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            line("Graphviz dot: stopped after 30 minutes");
            return null;
        }
        double wall = (System.nanoTime() - start) / 1e6;
        List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (process.exitValue() == 127 || output.size() < 2) {
            return null;
        }
        String[] children = output.get(output.size() - 1).trim().split("\\s+");
        return new double[] { wall, seconds(children[0]) * 1000 + seconds(children[1]) * 1000 };
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2] + " (1, 5, 15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Parses bash's {@code times} format, e.g. {@code 1m2.345s}. */
    private static double seconds(String time) {
        int m = time.indexOf('m');
        return Double.parseDouble(time.substring(0, m)) * 60 + Double.parseDouble(time.substring(m + 1, time.length() - 1));
    }

    private static <T> T timed(Supplier<T> work, double[] wallCpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = work.get();
        wallCpu[0] = (System.nanoTime() - start) / 1e6;
        wallCpu[1] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        return result;
    }

    private static double median(List<double[]> values, int column) {
        List<Double> column0 = new ArrayList<>();
        values.forEach(v -> column0.add(v[column]));
        return median(column0);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }

    /** A row of the table {@code releng/benchmarks.sh} prints: what, median wall clock and CPU time, target. */
    private static void row(String what, String wall, String cpu, String target) {
        System.out.println("BENCHMARK-ROW|argument diagram|" + what + "|" + wall + "|" + cpu + "|" + target);
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println("[benchmark] " + text);
    }
}
