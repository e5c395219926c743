package org.factcheck.detect.opennlp.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.model.Document;

/**
 * Prints the detector's precision and recall per kind and its speaker accuracy on the labelled demo articles, and
 * the time to analyse a 1 MB article (the four articles repeated), median of a few runs after a warm-up. Asserts
 * nothing; releng/benchmark-detector.sh runs it (or: java -cp … DetectorBenchmark BUNDLE_DIR [--misses]).
 */
public final class DetectorBenchmark {

    private DetectorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path bundle = Path.of(args.length > 0 ? args[0] : ".");
        Evaluation.Result result = Evaluation.run(bundle);
        System.out.println("## Claim detector (OpenNLP) on the four labelled demo articles");
        System.out.println();
        System.out.print(result.table());
        if (List.of(args).contains("--misses")) {
            result.misses().forEach(System.out::println);
        }
        int runs = Integer.getInteger("factcheck.detector.runs", 5);
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "1 MB article: %s", speed(bundle, runs)));
    }

    static String speed(Path bundle, int runs) throws Exception {
        StringBuilder big = new StringBuilder();
        List<Path> files;
        try (var list = java.nio.file.Files.list(Evaluation.articlesFolder(bundle))) {
            files = list.sorted().toList();
        }
        while (big.length() < 1_000_000) {
            for (Path f : files) {
                big.append(java.nio.file.Files.readString(f)).append('\n');
            }
        }
        Document doc = Evaluation.document("1 MB", big.substring(0, 1_000_000), null);
        OpenNlpClaimDetector detector = new OpenNlpClaimDetector();
        long first = System.nanoTime();
        List<ClaimSuggestion> found = detector.detect(DetectionRequest.builder(doc).actors(Evaluation.demoActors()).build());
        long firstMs = (System.nanoTime() - first) / 1_000_000;
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            detector.detect(DetectionRequest.builder(doc).actors(Evaluation.demoActors()).build());
            times[i] = (System.nanoTime() - t) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1_000_000;
        }
        java.util.Arrays.sort(times);
        java.util.Arrays.sort(cpu);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT,
                "%d suggestions; first run (with loading the models) %d ms; then wall clock median %d ms of %d runs "
                        + "(min %d, max %d), CPU of the detecting thread median %d ms; target ≤ 2000 ms; load average %.1f",
                found.size(), firstMs, times[runs / 2], runs, times[0], times[runs - 1], cpu[runs / 2], load);
    }
}
