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
 */
public record ExportContext(CaseFile caseFile, Path location, Map<String, String> options) {

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
