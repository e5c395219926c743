package org.factcheck.core.exporters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import org.factcheck.core.internal.AtomicFiles;
import org.factcheck.core.internal.exporters.ExporterRegistry;
import org.factcheck.model.CaseFile;

/**
 * The known exporters and the export procedure common to all of them.
 * <p>
 * {@link #exportToFile} checks the options against the exporter's declaration and the output path, lets the
 * exporter write to a temporary file beside the target and moves that file into place only when the exporter
 * succeeded: a failed export changes nothing on disk.
 */
public final class Exporters {

    private static volatile Exporters defaultInstance;

    private final List<ExporterDescriptor> descriptors;

    /**
     * Creates a set of exporters, for example for a test; the application uses {@link #getDefault()}.
     *
     * @param descriptors the exporters; listed sorted by format, then id
     */
    public Exporters(List<ExporterDescriptor> descriptors) {
        this.descriptors = descriptors.stream()
                .sorted(Comparator.comparing(ExporterDescriptor::format).thenComparing(ExporterDescriptor::id)).toList();
    }

    /**
     * Returns the exporters contributed to the extension point {@code org.factcheck.core.exporters}; where
     * that registry has none (plain Java, outside OSGi) the exporters of every {@link ExporterProvider} the
     * {@link ServiceLoader} finds. Read once.
     *
     * @return the shared instance
     */
    public static Exporters getDefault() {
        Exporters result = defaultInstance;
        if (result == null) {
            synchronized (Exporters.class) {
                result = defaultInstance;
                if (result == null) {
                    List<ExporterDescriptor> found = ExporterRegistry.contributed();
                    if (found.isEmpty()) {
                        found = new ArrayList<>();
                        for (ExporterProvider provider : ServiceLoader.load(ExporterProvider.class)) {
                            found.addAll(provider.exporters());
                        }
                    }
                    result = new Exporters(found);
                    defaultInstance = result;
                }
            }
        }
        return result;
    }

    /**
     * Returns the exporters, sorted by format.
     *
     * @return an unmodifiable list
     */
    public List<ExporterDescriptor> descriptors() {
        return descriptors;
    }

    /**
     * Finds the exporter of a format. When several exporters declare a format, the one with the smallest id
     * is used.
     *
     * @param format a format name, in any case, for example {@code "graphml"}
     * @return the exporter, if any declares the format
     */
    public Optional<ExporterDescriptor> forFormat(String format) {
        return descriptors.stream().filter(d -> d.format().equalsIgnoreCase(format.strip())).findFirst();
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
        CaseExporter exporter = descriptor.exporter();
        ExportWarnings warnings = new ExportWarnings();
        ExportContext context = new ExportContext(caseFile, location, options, warnings);
        ExportException[] failure = { null };
        try {
            AtomicFiles.write(absolute, raw -> {
                OutputStream out = new BufferedOutputStream(raw);
                try {
                    exporter.export(context, out);
                } catch (ExportException e) {
                    failure[0] = e;
                    throw new IOException(e.getMessage(), e);
                } catch (RuntimeException e) {
                    failure[0] = new ExportException("The exporter “" + descriptor.name() + "” failed on this case: "
                            + e, e);
                    throw new IOException(e);
                }
                out.flush();
            });
        } catch (IOException e) {
            if (failure[0] != null) {
                throw failure[0];
            }
            throw new IOException("Cannot write “" + target + "”: " + e.getMessage(), e);
        }
        return warnings.messages();
    }
}
