package org.factcheck.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.core.CaseStore;
import org.factcheck.core.internal.AtomicFiles;
import org.factcheck.core.internal.XmlPrescan;
import org.factcheck.model.CaseFile;

/**
 * Measures how long saving and loading a large case file takes, against EMF's binary resource format with the
 * same model and the same ids as the baseline. Prints a table; asserts nothing (timings depend on the machine).
 * <p>
 * Every round saves and loads both formats; the first {@code --warmup} rounds let the JIT compile the code paths
 * and are not counted, the medians are over the following {@code --runs} rounds. The case file is saved and loaded
 * with {@link CaseStore} exactly as the workbench does (atomic replacement with fsync and {@code .bak}; all checks
 * and the pre-scan of the file's start before loading). The binary file is saved through the same atomic
 * replacement and loaded with a plain {@link BinaryResourceImpl} and its default options. Before timing, both
 * loaded models are compared with the generated one ({@link EcoreUtil#equals(List, List)}) and the loaded case is
 * saved again to check that it gives the same bytes.
 * <p>
 * Run it with {@code releng/benchmark.sh} (or {@code ./mvnw -Pbenchmark ...}, see the README).
 * Arguments: {@code --runs N --warmup N --seed N --documents N --spans N --claims N --relations N --dir PATH}.
 */
public final class PersistenceBenchmark {

    private static final long MIB = 1024L * 1024;

    /** What one round measures, in the order it runs them. */
    enum Op {
        SAVE_CASE, SERIALIZE_CASE, PRESCAN_CASE, LOAD_CASE, SAVE_BINARY, SERIALIZE_BINARY, LOAD_BINARY
    }

    private final Map<Op, List<Long>> nanos = new LinkedHashMap<>();
    private final Map<Op, List<Long>> cpu = new LinkedHashMap<>();
    private final Map<Op, List<Long>> allocated = new LinkedHashMap<>();
    private final Map<Op, List<Long>> retained = new LinkedHashMap<>();
    private final Map<Op, Long> cold = new LinkedHashMap<>();

    private String loadAverageBefore;
    private final Path caseFile;
    private final Path binaryFile;
    private final Resource caseResource;
    private final Resource binaryResource;

    private PersistenceBenchmark(Path dir, CaseGenerator.Result generated) {
        caseFile = dir.resolve("benchmark.factcase");
        binaryFile = dir.resolve("benchmark.factcase.bin");
        caseResource = CaseStore.create(new ResourceSetImpl(), caseFile, generated.caseFile());
        caseResource.getContents().add(generated.diagram());
        binaryResource = new BinaryResourceImpl(URI.createFileURI(binaryFile.toAbsolutePath().toString()));
        new ResourceSetImpl().getResources().add(binaryResource);
        binaryResource.getContents().addAll(EcoreUtil.copyAll(caseResource.getContents()));
        for (Op op : Op.values()) {
            nanos.put(op, new ArrayList<>());
            cpu.put(op, new ArrayList<>());
            allocated.put(op, new ArrayList<>());
            retained.put(op, new ArrayList<>());
        }
    }

    /**
     * Runs the benchmark and prints the figures.
     *
     * @param args see the class comment
     * @throws Exception if saving or loading fails, or a loaded model differs from the saved one
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "7"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261121"));
        CaseGenerator.Size d = CaseGenerator.Size.DEFAULT;
        CaseGenerator.Size size = new CaseGenerator.Size(
                Integer.parseInt(options.getOrDefault("documents", "" + d.documents())),
                Integer.parseInt(options.getOrDefault("spans", "" + d.spans())),
                Integer.parseInt(options.getOrDefault("claims", "" + d.claims())),
                Integer.parseInt(options.getOrDefault("relations", "" + d.relations())),
                d.minDocBytes(), d.maxDocBytes(), d.diagramNodes());
        Path dir = Path.of(options.getOrDefault("dir", "target/benchmark")).toAbsolutePath().normalize();
        Files.createDirectories(dir);

        long t0 = System.nanoTime();
        CaseGenerator.Result generated = CaseGenerator.generate(size, seed);
        long generation = System.nanoTime() - t0;
        CaseGenerator.Stats stats = generated.stats();
        System.out.printf(Locale.ROOT, "Generated %,d objects in %,d ms; writing to %s%n", stats.objects(),
                generation / 1_000_000, dir);

        PersistenceBenchmark benchmark = new PersistenceBenchmark(dir, generated);
        benchmark.loadAverageBefore = JvmProbe.loadAverage();
        benchmark.verify();
        for (int round = 1; round <= warmup + runs; round++) {
            boolean counted = round > warmup;
            benchmark.round(counted);
            System.out.printf(Locale.ROOT, "%s %d: save %s, load %s | binary save %s, load %s%n",
                    counted ? "run   " : "warmup", counted ? round - warmup : round,
                    ms(benchmark.last(Op.SAVE_CASE)), ms(benchmark.last(Op.LOAD_CASE)),
                    ms(benchmark.last(Op.SAVE_BINARY)), ms(benchmark.last(Op.LOAD_BINARY)));
            if (!counted) {
                benchmark.forget();
            }
        }
        benchmark.report(size, stats, seed, runs, warmup, dir);
        if (!options.containsKey("keep")) {
            for (Path file : List.of(benchmark.caseFile, benchmark.binaryFile, AtomicFiles.backup(benchmark.caseFile),
                    AtomicFiles.backup(benchmark.binaryFile), dir.resolve("resaved.factcase"))) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Saves and loads both formats once and compares what was loaded with what was saved. These are the first saves
     * and loads in the JVM, before the JIT compiled their code: their times are what a user sees when opening a case
     * right after starting the workbench.
     */
    private void verify() throws Exception {
        long start = System.nanoTime();
        CaseStore.save(caseResource, caseFile);
        cold.put(Op.SAVE_CASE, System.nanoTime() - start);
        start = System.nanoTime();
        Resource loaded = CaseStore.load(new ResourceSetImpl(), caseFile);
        cold.put(Op.LOAD_CASE, System.nanoTime() - start);
        check(EcoreUtil.equals(caseResource.getContents(), loaded.getContents()),
                "the loaded case differs from the saved one");
        Path resaved = caseFile.resolveSibling("resaved.factcase");
        CaseStore.save(loaded, resaved);
        check(Arrays.equals(Files.readAllBytes(caseFile), Files.readAllBytes(resaved)),
                "saving the loaded case gave other bytes");
        loaded.unload();

        start = System.nanoTime();
        AtomicFiles.replace(binaryFile, out -> binaryResource.save(out, null));
        cold.put(Op.SAVE_BINARY, System.nanoTime() - start);
        start = System.nanoTime();
        Resource binary = loadBinary();
        cold.put(Op.LOAD_BINARY, System.nanoTime() - start);
        check(EcoreUtil.equals(caseResource.getContents(), binary.getContents()),
                "the loaded binary resource differs from the saved case");
        check(((CaseFile) binary.getContents().get(0)).getClaims().get(0).getId()
                .equals(((CaseFile) caseResource.getContents().get(0)).getClaims().get(0).getId()), "ids differ");
        binary.unload();
        System.out.println("Verified: both formats load back equal to the generated case; re-saving gives the same bytes.");
    }

    private void round(boolean counted) throws Exception {
        measure(Op.SAVE_CASE, () -> {
            CaseStore.save(caseResource, caseFile);
            return null;
        });
        measure(Op.SERIALIZE_CASE, () -> {
            caseResource.save(OutputStream.nullOutputStream(), null);
            return null;
        });
        measure(Op.PRESCAN_CASE, () -> {
            XmlPrescan.scan(caseFile);
            return null;
        });
        measure(Op.LOAD_CASE, () -> CaseStore.load(new ResourceSetImpl(), caseFile));
        measure(Op.SAVE_BINARY, () -> {
            AtomicFiles.replace(binaryFile, out -> binaryResource.save(out, null));
            return null;
        });
        measure(Op.SERIALIZE_BINARY, () -> {
            binaryResource.save(OutputStream.nullOutputStream(), null);
            return null;
        });
        measure(Op.LOAD_BINARY, this::loadBinary);
    }

    private Resource loadBinary() throws IOException {
        ResourceSet rs = new ResourceSetImpl();
        Resource resource = new BinaryResourceImpl(URI.createFileURI(binaryFile.toString()));
        rs.getResources().add(resource);
        try (InputStream in = Files.newInputStream(binaryFile)) {
            resource.load(in, null);
        }
        return resource;
    }

    @FunctionalInterface
    private interface Action {
        Object run() throws Exception;
    }

    /** Times one action after a full GC; for a load, also the heap its result keeps. */
    private void measure(Op op, Action action) throws Exception {
        long before = JvmProbe.usedHeapAfterGc();
        long allocatedBefore = JvmProbe.allocatedBytes();
        long cpuBefore = JvmProbe.cpuTime();
        long start = System.nanoTime();
        Object result = action.run();
        long time = System.nanoTime() - start;
        long cpuAfter = JvmProbe.cpuTime();
        long allocatedAfter = JvmProbe.allocatedBytes();
        nanos.get(op).add(time);
        cpu.get(op).add(cpuBefore < 0 ? -1 : cpuAfter - cpuBefore);
        allocated.get(op).add(allocatedBefore < 0 ? -1 : allocatedAfter - allocatedBefore);
        if (result instanceof Resource resource) {
            retained.get(op).add(JvmProbe.usedHeapAfterGc() - before);
            check(!resource.getContents().isEmpty(), "nothing loaded");
            resource.unload();
        }
    }

    private long last(Op op) {
        List<Long> values = nanos.get(op);
        return values.get(values.size() - 1);
    }

    private void forget() {
        nanos.values().forEach(List::clear);
        cpu.values().forEach(List::clear);
        allocated.values().forEach(List::clear);
        retained.values().forEach(List::clear);
    }

    private void report(CaseGenerator.Size size, CaseGenerator.Stats stats, long seed, int runs, int warmup, Path dir)
            throws IOException {
        long caseBytes = Files.size(caseFile);
        long binaryBytes = Files.size(binaryFile);
        long saveCase = median(nanos.get(Op.SAVE_CASE));
        long saveBinary = median(nanos.get(Op.SAVE_BINARY));
        long loadCase = median(nanos.get(Op.LOAD_CASE));
        long loadBinary = median(nanos.get(Op.LOAD_BINARY));
        long serializeCase = median(nanos.get(Op.SERIALIZE_CASE));
        long serializeBinary = median(nanos.get(Op.SERIALIZE_BINARY));
        long heapCase = median(retained.get(Op.LOAD_CASE));
        long heapBinary = median(retained.get(Op.LOAD_BINARY));
        long allocCase = median(allocated.get(Op.LOAD_CASE));
        long allocBinary = median(allocated.get(Op.LOAD_BINARY));

        StringBuilder out = new StringBuilder();
        out.append("\n## Case-file persistence benchmark\n\n");
        out.append(String.format(Locale.ROOT,
                "Case: %,d documents (%.1f MiB of text), %,d text spans, %,d claims (%,d appearances, %,d evidence), "
                        + "%,d relations, one diagram of %,d nodes: %,d objects (seed %d).%n",
                size.documents(), stats.textBytes() / (double) MIB, size.spans(), size.claims(), stats.appearances(),
                stats.evidence(), size.relations(), Math.min(size.diagramNodes(), size.claims()), stats.objects(), seed));
        out.append("Machine: ").append(JvmProbe.machine(dir)).append(".\n");
        out.append(String.format(Locale.ROOT, "Median of %d runs after %d warm-up rounds; one JVM, both formats in "
                + "every round. Saving includes the copy of the previous file to .bak and fsync, for both formats.%n%n",
                runs, warmup));
        out.append("| | .factcase (XMI) | EMF binary | XMI ÷ binary | target |\n");
        out.append("|---|---:|---:|---:|---|\n");
        row(out, "save (atomic, fsync)", ms(saveCase), ms(saveBinary), ratio(saveCase, saveBinary),
                verdict(saveCase, saveBinary));
        row(out, "… of which serialising", ms(serializeCase), ms(serializeBinary),
                ratio(serializeCase, serializeBinary), "");
        row(out, "load (checked, as the workbench opens it)", ms(loadCase), ms(loadBinary), ratio(loadCase, loadBinary),
                verdict(loadCase, loadBinary));
        row(out, "… of which the XML pre-scan", ms(median(nanos.get(Op.PRESCAN_CASE))), "–", "", "");
        row(out, "first save in a fresh JVM (no JIT warm-up)", ms(cold.get(Op.SAVE_CASE)), ms(cold.get(Op.SAVE_BINARY)),
                ratio(cold.get(Op.SAVE_CASE), cold.get(Op.SAVE_BINARY)), "");
        row(out, "first load in a fresh JVM (no JIT warm-up)", ms(cold.get(Op.LOAD_CASE)), ms(cold.get(Op.LOAD_BINARY)),
                ratio(cold.get(Op.LOAD_CASE), cold.get(Op.LOAD_BINARY)), "");
        row(out, "file size", mb(caseBytes), mb(binaryBytes), ratio(caseBytes, binaryBytes), "");
        row(out, "heap held by the loaded case", mb(heapCase), mb(heapBinary), ratio(heapCase, heapBinary), "");
        row(out, "allocated while loading", mb(allocCase), mb(allocBinary), ratio(allocCase, allocBinary), "");
        out.append(String.format(Locale.ROOT, "%nLoad average (1 min) before the runs %s, after %s (%d cores).%n",
                loadAverageBefore, JvmProbe.loadAverage(), Runtime.getRuntime().availableProcessors()));
        out.append("All runs, wall-clock; \"cpu\" is the CPU time of the benchmark thread alone (without GC threads),\n"
                + "which other processes on the machine disturb less:\n");
        for (Op op : Op.values()) {
            List<Long> values = nanos.get(op);
            out.append(String.format(Locale.ROOT, "  %-17s median %9s  cpu %9s  min %9s  max %9s  [%s]%n",
                    op.name().toLowerCase(Locale.ROOT), ms(median(values)), ms(median(cpu.get(op))),
                    ms(values.stream().mapToLong(Long::longValue).min().orElse(0)),
                    ms(values.stream().mapToLong(Long::longValue).max().orElse(0)),
                    values.stream().map(v -> String.valueOf(Math.round(v / 1e6))).collect(Collectors.joining(", "))));
        }
        System.out.print(out);
    }

    private static String verdict(long xmi, long binary) {
        boolean fast = xmi <= 1_000_000_000L;
        boolean close = xmi <= 2 * binary;
        return (fast ? "≤ 1 s met" : "≤ 1 s **missed**") + ", " + (close ? "≤ 2× met" : "≤ 2× **missed**");
    }

    private static void row(StringBuilder out, String... cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static long median(Collection<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%,d ms", Math.round(nanos / 1e6));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
    }

    private static String ratio(long a, long b) {
        return b <= 0 || a < 0 ? "" : String.format(Locale.ROOT, "%.1f×", a / (double) b);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Benchmark check failed: " + message);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unknown argument " + args[i]
                        + " (use --runs N --warmup N --seed N --documents N --spans N --claims N --relations N --dir PATH --keep)");
            }
            String name = args[i].substring(2);
            if (name.equals("keep")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }
}
