package org.factcheck.core.importers;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Describes one annotation importer: its name and the file extensions it claims. The importer itself is
 * created on first use.
 */
public final class AnnotationImporterDescriptor {

    /** Creates the importer a descriptor stands for. */
    @FunctionalInterface
    public interface Factory {

        /**
         * Creates the importer.
         *
         * @return a new importer
         * @throws Exception if it cannot be created
         */
        AnnotationImporter create() throws Exception;
    }

    private final String id;
    private final String name;
    private final List<String> fileExtensions;
    private final Factory factory;
    private volatile AnnotationImporter importer;

    /**
     * Creates a descriptor.
     *
     * @param id             a unique id, for example {@code "org.factcheck.exchange.w3c.import"}
     * @param name           a name to show to people, for example {@code "W3C Web Annotations"}
     * @param fileExtensions the extensions it claims, without dots; compared ignoring case
     * @param factory        creates the importer on first use
     */
    public AnnotationImporterDescriptor(String id, String name, List<String> fileExtensions, Factory factory) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.fileExtensions = fileExtensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** @return the unique id */
    public String id() {
        return id;
    }

    /** @return the name to show to people */
    public String name() {
        return name;
    }

    /** @return the extensions it claims, in lower case, without dots */
    public List<String> fileExtensions() {
        return fileExtensions;
    }

    /**
     * Returns the importer, creating it on the first call.
     *
     * @return the importer
     * @throws ImportException if it cannot be created
     */
    public AnnotationImporter importer() throws ImportException {
        AnnotationImporter result = importer;
        if (result == null) {
            synchronized (this) {
                result = importer;
                if (result == null) {
                    try {
                        result = Objects.requireNonNull(factory.create(), "the factory returned null");
                    } catch (Exception | LinkageError e) {
                        throw new ImportException("The annotation importer “" + name + "” (" + id
                                + ") could not be started: " + e.getMessage(), e);
                    }
                    importer = result;
                }
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return id + " " + fileExtensions;
    }
}
