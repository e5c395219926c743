package org.factcheck.core.importers;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Describes one article importer: what it is called, which media type it produces and which file
 * extensions it claims. The importer itself is created on first use, so that describing importers
 * loads none of their classes.
 */
public final class ImporterDescriptor {

    /** Creates the importer a descriptor stands for. */
    @FunctionalInterface
    public interface Factory {

        /**
         * Creates the importer.
         *
         * @return a new importer
         * @throws Exception if it cannot be created (a missing class, a failing constructor, ...)
         */
        ArticleImporter create() throws Exception;
    }

    private final String id;
    private final String name;
    private final String mediaType;
    private final List<String> fileExtensions;
    private final int priority;
    private final Factory factory;
    private volatile ArticleImporter importer;

    /**
     * Creates a descriptor.
     *
     * @param id             a unique id, for example {@code "org.factcheck.core.importers.html"}
     * @param name           a name to show to people, for example {@code "HTML page"}
     * @param mediaType      the media type of the files it reads, stored as {@code Document.mediaType}
     * @param fileExtensions the file extensions it claims, without dots; compared ignoring case
     * @param priority       decides between importers that claim the same extension: the higher wins
     * @param factory        creates the importer on first use
     */
    public ImporterDescriptor(String id, String name, String mediaType, List<String> fileExtensions, int priority,
            Factory factory) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.fileExtensions = fileExtensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
        this.priority = priority;
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Returns the unique id of the importer.
     *
     * @return the unique id of the importer
     */
    public String id() {
        return id;
    }

    /**
     * Returns the name to show to people.
     *
     * @return the name to show to people
     */
    public String name() {
        return name;
    }

    /**
     * Returns the media type of the documents it creates, for example {@code "text/html"}.
     *
     * @return the media type of the documents it creates, for example {@code "text/html"}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Returns the extensions it claims, in lower case, without dots.
     *
     * @return the extensions it claims, in lower case, without dots
     */
    public List<String> fileExtensions() {
        return fileExtensions;
    }

    /**
     * Returns its priority; the higher wins when two importers claim an extension.
     *
     * @return its priority; the higher wins when two importers claim an extension
     */
    public int priority() {
        return priority;
    }

    /**
     * Tells whether the importer claims a file extension.
     *
     * @param extension an extension without the dot, in any case
     * @return whether it is one of {@link #fileExtensions()}
     */
    public boolean handles(String extension) {
        return fileExtensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the importer, creating it on the first call.
     *
     * @return the importer
     * @throws ImportException if it cannot be created
     */
    public ArticleImporter importer() throws ImportException {
        ArticleImporter result = importer;
        if (result == null) {
            synchronized (this) {
                result = importer;
                if (result == null) {
                    try {
                        result = Objects.requireNonNull(factory.create(), "the factory returned null");
                    } catch (Exception | LinkageError e) {
                        throw new ImportException("The importer “" + name + "” (" + id
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
        return id + " " + mediaType + " " + fileExtensions + " priority " + priority;
    }
}
