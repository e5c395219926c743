package org.factcheck.ui.internal.exporting;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.ExporterOption;

/**
 * What the export wizard remembers for one case (by its file): the exporter last used and, per exporter, the
 * options and the file written, so that the next export of the case starts from them.
 */
final class ExportSettings {

    private static final String LAST = "exporter";
    private static final String TARGET = "target";
    private static final String OPEN = "open";

    private final IDialogSettings section;
    private final Path caseFile;

    /** @param all the wizard's settings, which keep a section per case file */
    ExportSettings(IDialogSettings all, Path caseFile) {
        this.caseFile = caseFile.toAbsolutePath().normalize();
        String key = "case:" + this.caseFile;
        IDialogSettings found = all.getSection(key);
        section = found != null ? found : all.addNewSection(key);
    }

    String lastExporter() {
        return section.get(LAST);
    }

    boolean openWhenDone() {
        return section.getBoolean(OPEN);
    }

    /** The options last given to {@code exporter} for this case (none at first). */
    Map<String, String> options(ExporterDescriptor exporter) {
        Map<String, String> options = new LinkedHashMap<>();
        IDialogSettings given = section.getSection(exporter.id());
        if (given != null) {
            for (ExporterOption option : exporter.options()) {
                String value = given.get("option." + option.name());
                if (value != null) {
                    options.put(option.name(), value);
                }
            }
        }
        return options;
    }

    /** The file last written by {@code exporter}, or one beside the case named after it. */
    String target(ExporterDescriptor exporter) {
        IDialogSettings given = section.getSection(exporter.id());
        String target = given == null ? null : given.get(TARGET);
        if (target != null && !target.isBlank()) {
            return target;
        }
        String name = caseFile.getFileName().toString().replaceFirst("\\.factcase$", "");
        return caseFile.resolveSibling(name + "." + exporter.fileExtension()).toString();
    }

    /** Keeps what was given to {@code exporter} (not yet as the exporter last used). */
    void remember(ExporterDescriptor exporter, Map<String, String> options, String target) {
        IDialogSettings given = section.getSection(exporter.id());
        if (given == null) {
            given = section.addNewSection(exporter.id());
        }
        for (ExporterOption option : exporter.options()) {
            given.put("option." + option.name(), options.getOrDefault(option.name(), ""));
        }
        given.put(TARGET, target);
    }

    /** Keeps a finished export's choices: the exporter, its options and file, whether to open it. */
    void finished(ExporterDescriptor exporter, Map<String, String> options, Path target, boolean open) {
        remember(exporter, options, target.toString());
        section.put(LAST, exporter.id());
        section.put(OPEN, open);
    }
}
