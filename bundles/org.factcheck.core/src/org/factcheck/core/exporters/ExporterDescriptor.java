package org.factcheck.core.exporters;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one exporter: its format name, the media type and file extension of what it writes and the
 * options it understands. The exporter itself is created on first use, so that listing exporters loads
 * none of their classes.
 */
public final class ExporterDescriptor {

    /** Creates the exporter a descriptor stands for. */
    @FunctionalInterface
    public interface Factory {

        /**
         * Creates the exporter.
         *
         * @return a new exporter
         * @throws Exception if it cannot be created (a missing class, a failing constructor, ...)
         */
        CaseExporter create() throws Exception;
    }

    private final String id;
    private final String name;
    private final String format;
    private final String mediaType;
    private final String fileExtension;
    private final List<ExporterOption> options;
    private final Factory factory;
    private volatile CaseExporter exporter;

    /**
     * Creates a descriptor.
     *
     * @param id            a unique id, for example {@code "org.factcheck.exchange.claimreview"}
     * @param name          a name to show to people, for example {@code "ClaimReview (schema.org JSON-LD)"}
     * @param format        the short name users select it by, for example {@code "claimreview"}; stored in
     *                      lower case
     * @param mediaType     the media type of what it writes, for example {@code "application/ld+json"}
     * @param fileExtension the usual extension of its files, without the dot, for example {@code "jsonld"}
     * @param options       the options it understands
     * @param factory       creates the exporter on first use
     */
    public ExporterDescriptor(String id, String name, String format, String mediaType, String fileExtension,
            List<ExporterOption> options, Factory factory) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.format = format.toLowerCase(Locale.ROOT);
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.fileExtension = Objects.requireNonNull(fileExtension, "fileExtension");
        this.options = List.copyOf(options);
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** @return the unique id of the exporter */
    public String id() {
        return id;
    }

    /** @return the name to show to people */
    public String name() {
        return name;
    }

    /** @return the short format name users select it by, in lower case */
    public String format() {
        return format;
    }

    /** @return the media type of what it writes */
    public String mediaType() {
        return mediaType;
    }

    /** @return the usual file extension of its output, without the dot */
    public String fileExtension() {
        return fileExtension;
    }

    /** @return the options it understands, in declaration order */
    public List<ExporterOption> options() {
        return options;
    }

    /**
     * Finds a declared option.
     *
     * @param optionName the option's name
     * @return the option, if the exporter declares it
     */
    public Optional<ExporterOption> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /**
     * Checks options against the declared ones.
     *
     * @param given the options a user gave, by name
     * @throws ExportException naming the first option that is not declared or the first required one that
     *                         is missing or blank
     */
    public void checkOptions(java.util.Map<String, String> given) throws ExportException {
        for (String key : new java.util.TreeSet<>(given.keySet())) {
            if (option(key).isEmpty()) {
                throw new ExportException("The format “" + format + "” has no option “" + key + "”"
                        + (options.isEmpty() ? "; it takes none."
                                : "; its options are: " + String.join(", ", options.stream().map(ExporterOption::name).toList()) + "."));
            }
        }
        for (ExporterOption o : options) {
            String value = given.get(o.name());
            if (o.required() && (value == null || value.isBlank())) {
                throw new ExportException("The format “" + format + "” needs the option “" + o.name() + "”: "
                        + o.description());
            }
        }
    }

    /**
     * Returns the exporter, creating it on the first call.
     *
     * @return the exporter
     * @throws ExportException if it cannot be created
     */
    public CaseExporter exporter() throws ExportException {
        CaseExporter result = exporter;
        if (result == null) {
            synchronized (this) {
                result = exporter;
                if (result == null) {
                    try {
                        result = Objects.requireNonNull(factory.create(), "the factory returned null");
                    } catch (Exception | LinkageError e) {
                        throw new ExportException("The exporter “" + name + "” (" + id + ") could not be started: "
                                + e.getMessage(), e);
                    }
                    exporter = result;
                }
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return id + " " + format + " " + mediaType;
    }
}
