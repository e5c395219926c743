package org.factcheck.core.internal.importers;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.factcheck.core.importers.AnnotationImporter;
import org.factcheck.core.importers.AnnotationImporterDescriptor;
import org.factcheck.core.importers.ArticleImporter;
import org.factcheck.core.importers.ImporterDescriptor;
import org.factcheck.core.internal.extensions.Contribution;
import org.factcheck.core.internal.extensions.ExtensionPointTracker;
import org.factcheck.core.internal.extensions.ExtensionPointTracker.ElementView;

/**
 * The contributions to the extension point {@code org.factcheck.core.importers} ({@code importer} and
 * {@code annotationImporter} elements), followed while bundles are installed and uninstalled
 * ({@link ExtensionPointTracker}). Each importer is an entry: its descriptor and the {@link Contribution} through
 * which it is created (on first use) and called.
 */
public final class ImporterRegistry {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.factcheck.core.importers";

    /** The bundle whose importers are the built-in ones: chosen before others of the same priority. */
    public static final String BUILT_IN = "org.factcheck.core";

    /** What an entry's bundle is for an importer that was given, not contributed. */
    public static final String NOT_CONTRIBUTED = "not contributed";

    private static final System.Logger LOG = System.getLogger(ImporterRegistry.class.getName());

    /** One article importer: what it is and how it is created and called. */
    public record Article(ImporterDescriptor descriptor, Contribution<ArticleImporter> contribution) {
    }

    /** One annotation importer: what it is and how it is created and called. */
    public record Annotations(AnnotationImporterDescriptor descriptor, Contribution<AnnotationImporter> contribution) {
    }

    private ImporterRegistry() {
    }

    /**
     * Returns the article importers of the extension point as they are at each call; where there is no
     * registry (outside OSGi), the built-in ones.
     *
     * @return the importers, highest priority first, then the built-in ones, then by id
     */
    public static Supplier<List<Article>> articleImporters() {
        ExtensionPointTracker<Article> tracker = new ExtensionPointTracker<>(EXTENSION_POINT, ImporterRegistry::article);
        List<Article> fallback = given(BuiltInImporters.descriptors(), BUILT_IN);
        return () -> tracker.hasRegistry() ? ordered(tracker.current()) : fallback;
    }

    /**
     * Returns the annotation importers of the extension point as they are at each call; none outside OSGi.
     *
     * @return the importers, by id
     */
    public static Supplier<List<Annotations>> annotationImporters() {
        ExtensionPointTracker<Annotations> tracker = new ExtensionPointTracker<>(EXTENSION_POINT,
                ImporterRegistry::annotations);
        return () -> tracker.current().stream()
                .sorted(Comparator.comparing((Annotations a) -> a.descriptor().id())).toList();
    }

    /**
     * Makes entries of article importers that are given, not contributed.
     *
     * @param descriptors the importers
     * @param bundleId    who they are from, for messages
     * @return the entries, in the order they are chosen
     */
    public static List<Article> given(List<ImporterDescriptor> descriptors, String bundleId) {
        return ordered(descriptors.stream().map(d -> entry(d, bundleId)).toList());
    }

    /**
     * Makes entries of annotation importers that are given, not contributed.
     *
     * @param descriptors the importers
     * @return the entries, by id
     */
    public static List<Annotations> givenAnnotations(List<AnnotationImporterDescriptor> descriptors) {
        return descriptors.stream().sorted(Comparator.comparing(AnnotationImporterDescriptor::id))
                .map(d -> entry(d, NOT_CONTRIBUTED)).toList();
    }

    private static List<Article> ordered(List<Article> entries) {
        return entries.stream().sorted(Comparator.comparingInt((Article a) -> -a.descriptor().priority())
                .thenComparing(a -> !BUILT_IN.equals(a.contribution().bundleId()))
                .thenComparing(a -> a.descriptor().id())).toList();
    }

    private static Article entry(ImporterDescriptor d, String bundleId) {
        return new Article(d, new Contribution<>(EXTENSION_POINT, d.id(), d.name(), bundleId, ArticleImporter.class,
                d::importer));
    }

    private static Annotations entry(AnnotationImporterDescriptor d, String bundleId) {
        return new Annotations(d, new Contribution<>(EXTENSION_POINT, d.id(), d.name(), bundleId,
                AnnotationImporter.class, d::importer));
    }

    private static Article article(ElementView element) {
        if (!"importer".equals(element.name())) {
            return null;
        }
        ImporterDescriptor descriptor = descriptor(element.bundleId(), element.attribute("id"),
                element.attribute("name"), element.attribute("mediaType"), element.attribute("fileExtensions"),
                element.attribute("priority"), () -> (ArticleImporter) element.createExecutable("class"));
        return descriptor == null ? null : entry(descriptor, element.bundleId());
    }

    private static Annotations annotations(ElementView element) {
        if (!"annotationImporter".equals(element.name())) {
            return null;
        }
        AnnotationImporterDescriptor descriptor = annotationDescriptor(element.bundleId(), element.attribute("id"),
                element.attribute("name"), element.attribute("fileExtensions"),
                () -> (AnnotationImporter) element.createExecutable("class"));
        return descriptor == null ? null : entry(descriptor, element.bundleId());
    }

    /**
     * Parses the attributes of one {@code annotationImporter} element.
     *
     * @param contributor the contributing bundle, for the log
     * @param id          the {@code id} attribute
     * @param name        the {@code name} attribute
     * @param extensions  the {@code fileExtensions} attribute
     * @param factory     creates the importer
     * @return the descriptor, or null (after logging why) if a required attribute is missing
     */
    public static AnnotationImporterDescriptor annotationDescriptor(String contributor, String id, String name,
            String extensions, AnnotationImporterDescriptor.Factory factory) {
        if (isBlank(id) || isBlank(name) || isBlank(extensions)) {
            LOG.log(Level.WARNING, "Ignoring an annotation importer of " + contributor
                    + ": id, name and fileExtensions are required");
            return null;
        }
        return new AnnotationImporterDescriptor(id.strip(), name.strip(), splitExtensions(extensions), factory);
    }

    /**
     * Parses the attributes of one {@code importer} element.
     *
     * @param contributor the contributing bundle, for the log
     * @param id          the {@code id} attribute
     * @param name        the {@code name} attribute
     * @param mediaType   the {@code mediaType} attribute
     * @param extensions  the {@code fileExtensions} attribute
     * @param priority    the {@code priority} attribute or null
     * @param factory     creates the importer
     * @return the descriptor, or null (after logging why) if a required attribute is missing
     */
    public static ImporterDescriptor descriptor(String contributor, String id, String name, String mediaType,
            String extensions, String priority, ImporterDescriptor.Factory factory) {
        if (isBlank(id) || isBlank(name) || isBlank(mediaType) || isBlank(extensions)) {
            LOG.log(Level.WARNING, "Ignoring an importer of " + contributor
                    + ": id, name, mediaType and fileExtensions are required");
            return null;
        }
        int prio = 0;
        if (!isBlank(priority)) {
            try {
                prio = Integer.parseInt(priority.strip());
            } catch (NumberFormatException e) {
                LOG.log(Level.WARNING, "Importer " + id + " of " + contributor + ": priority “" + priority
                        + "” is not an integer; using 0");
            }
        }
        return new ImporterDescriptor(id.strip(), name.strip(), mediaType.strip(), splitExtensions(extensions), prio,
                factory);
    }

    private static List<String> splitExtensions(String extensions) {
        List<String> exts = new ArrayList<>();
        Arrays.stream(extensions.split(",")).map(String::strip).map(e -> e.startsWith(".") ? e.substring(1) : e)
                .filter(e -> !e.isEmpty()).forEach(exts::add);
        return exts;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
