package org.factcheck.core.exporters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import org.factcheck.core.internal.exporters.ExporterRegistry;
import org.factcheck.core.internal.exporters.GuardedExport;
import org.factcheck.model.CaseFile;

/**
 * The known exporters and the export procedure common to all of them.
 * <p>
 * {@link #getDefault()} follows the extension point {@code org.factcheck.core.exporters}: exporters of bundles
 * installed at run time are listed at once, those of bundles removed are dropped, and an exporter's class is loaded
 * only when it first exports.
 * <p>
 * {@link #exportToFile} checks the options against the exporter's declaration and the output path, lets the
 * exporter write to a temporary file beside the target and moves that file into place only when the exporter
 * succeeded: a failed export changes nothing on disk. The exporter is called through the platform's guard: its
 * {@link ExportException} or {@link IOException} is reported to the user as such, while anything else it throws
 * (a {@code RuntimeException}, a {@code LinkageError}, ...) or an export that writes nothing is a fault of the
 * exporter, which is then logged with its bundle's id, reported once through
 * {@link org.factcheck.core.extensions.ContributionFailures} and disabled for the session.
 */
public final class Exporters {

    private static volatile Exporters defaultInstance;

    private final Supplier<List<ExporterRegistry.Entry>> entries;

    /**
     * Creates a set of exporters, for example for a test; the application uses {@link #getDefault()}.
     *
     * @param descriptors the exporters; listed sorted by format, then id
     */
    public Exporters(List<ExporterDescriptor> descriptors) {
        List<ExporterRegistry.Entry> fixed = ExporterRegistry.given(descriptors, ExporterRegistry.NOT_CONTRIBUTED);
        this.entries = () -> fixed;
    }

    private Exporters(Supplier<List<ExporterRegistry.Entry>> entries) {
        this.entries = entries;
    }

    /**
     * Returns the exporters contributed to the extension point {@code org.factcheck.core.exporters}, as they are
     * at each call; where there is no extension registry (plain Java, outside OSGi) the exporters of every
     * {@link ExporterProvider} the {@link ServiceLoader} finds.
     *
     * @return the shared instance
     */
    public static Exporters getDefault() {
        Exporters result = defaultInstance;
        if (result == null) {
            synchronized (Exporters.class) {
                result = defaultInstance;
                if (result == null) {
                    result = new Exporters(ExporterRegistry.contributed());
                    defaultInstance = result;
                }
            }
        }
        return result;
    }

    /**
     * Returns the exporters available now, without those disabled after a failure: sorted by format, the
     * built-in exporter of a format before others of the same format, then by id.
     *
     * @return an unmodifiable list
     */
    public List<ExporterDescriptor> descriptors() {
        return entries.get().stream().filter(e -> !e.contribution().isDisabled()).map(ExporterRegistry.Entry::descriptor)
                .toList();
    }

    /**
     * Finds the exporter of a format. When several exporters declare a format, the built-in one is used, else
     * the one with the smallest id.
     *
     * @param format a format name, in any case, for example {@code "graphml"}
     * @return the exporter, if any available one declares the format
     */
    public Optional<ExporterDescriptor> forFormat(String format) {
        return descriptors().stream().filter(d -> d.format().equalsIgnoreCase(format.strip())).findFirst();
    }

    /**
     * Exports a case to a file, replacing it if it exists. The exporter writes to a temporary file in the
     * target's folder, which is moved over the target only when the exporter returned normally.
     *
     * @param descriptor the exporter
     * @param caseFile   the case
     * @param location   the case's file, or {@code null}
     * @param options    the options, by name
     * @param target     the file to write
     * @return the exporter's warnings ({@link ExportContext#warn}), in the order given; empty for most exports
     * @throws ExportException if an option is unknown or a required one missing, or the exporter cannot
     *                         write this case; nothing was written
     * @throws IOException     if the target is a folder, its folder does not exist or writing fails; the
     *                         message names the file; nothing was written
     */
    public List<String> exportToFile(ExporterDescriptor descriptor, CaseFile caseFile, Path location,
            Map<String, String> options, Path target) throws ExportException, IOException {
        descriptor.checkOptions(options);
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new IOException("“" + target + "” is a folder; give the name of the file to write.");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot write “" + target + "”: the folder “" + folder + "” does not exist.");
        }
        ExportWarnings warnings = new ExportWarnings();
        ExportContext context = new ExportContext(caseFile, location, options, warnings);
        GuardedExport.run(entry(descriptor), context, absolute, "“" + target + "”");
        return warnings.messages();
    }

    /** The entry of a descriptor: the one listed, else (a descriptor not listed here) one made for this export. */
    private ExporterRegistry.Entry entry(ExporterDescriptor descriptor) {
        return entries.get().stream().filter(e -> e.descriptor() == descriptor).findFirst()
                .orElseGet(() -> ExporterRegistry.given(List.of(descriptor), ExporterRegistry.NOT_CONTRIBUTED).get(0));
    }
}
