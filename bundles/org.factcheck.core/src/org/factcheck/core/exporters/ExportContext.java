package org.factcheck.core.exporters;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.factcheck.model.CaseFile;

/**
 * What a {@link CaseExporter} gets.
 *
 * @param caseFile the case to write; exporters must not change it
 * @param location the case file on disk, for messages and relative links; {@code null} for a case that
 *                 was never saved
 * @param options  the options the user gave, by name (see {@link ExporterOption}); only options the
 *                 exporter declares are passed, and every required one is present
 * @param warnings where the exporter tells the user what an export that succeeded left to be desired
 *                 ({@link #warn}); never {@code null}
 */
public record ExportContext(CaseFile caseFile, Path location, Map<String, String> options, ExportWarnings warnings) {

    /**
     * Checks the components and copies the options.
     *
     * @param caseFile the case
     * @param location its file or {@code null}
     * @param options  the options
     */
    public ExportContext {
        Objects.requireNonNull(caseFile, "caseFile");
        options = Map.copyOf(options);
        Objects.requireNonNull(warnings, "warnings");
    }

    /**
     * Creates a context whose warnings are collected but not shown, for example for a test.
     *
     * @param caseFile the case
     * @param location its file or {@code null}
     * @param options  the options
     */
    public ExportContext(CaseFile caseFile, Path location, Map<String, String> options) {
        this(caseFile, location, options, new ExportWarnings());
    }

    /**
     * Warns the user about this export; the export goes on.
     *
     * @param message a whole sentence naming the element concerned and what the user can do about it
     */
    public void warn(String message) {
        warnings.add(message);
    }

    /**
     * Returns an option's value.
     *
     * @param name the option's name
     * @return its value, if the user gave a non-blank one
     */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
