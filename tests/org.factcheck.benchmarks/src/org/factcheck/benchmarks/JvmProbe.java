package org.factcheck.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * What the persistence benchmark reads from the machine and the JVM: the description of the machine a report is
 * made on, and the current thread's CPU time and allocations, the heap after a collection and the load average.
 */
final class JvmProbe {

    private static final long MIB = 1024L * 1024;

    private JvmProbe() {
    }

    static String machine(Path dir) throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        }
        long ram = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            ram = os.getTotalMemorySize();
        }
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining("/"));
        return String.format(Locale.ROOT, "%s, %d cores, %s RAM; %s %s; %s %s (%s, max heap %s); file system %s; "
                + "EMF %s, %s", cpu, Runtime.getRuntime().availableProcessors(),
                ram < 0 ? "?" : String.format(Locale.ROOT, "%.0f GiB", ram / (1024.0 * MIB)), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.vm.vendor"),
                System.getProperty("java.runtime.version"), gcs, String.format(Locale.ROOT, "%.0f MiB", Runtime.getRuntime().maxMemory() / (double) MIB),
                Files.getFileStore(dir).type(), jar(EObject.class), jar(XMLResource.class));
    }

    /** The file name of the jar (or folder) a class comes from, which carries the bundle's version. */
    private static String jar(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getFileName().toString().replaceFirst("\\.jar$", "");
        } catch (Exception | Error e) {
            return type.getPackageName();
        }
    }

    static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long cpuTime() {
        return ManagementFactory.getThreadMXBean().isCurrentThreadCpuTimeSupported()
                ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                : -1;
    }

    /** The 1-minute load average, which tells whether other work competed for the cores during the run. */
    static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported()) {
            return threads.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }
}
