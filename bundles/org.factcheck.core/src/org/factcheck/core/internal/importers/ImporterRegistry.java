package org.factcheck.core.internal.importers;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.factcheck.core.importers.AnnotationImporter;
import org.factcheck.core.importers.AnnotationImporterDescriptor;
import org.factcheck.core.importers.ArticleImporter;
import org.factcheck.core.importers.ImporterDescriptor;

/**
 * Reads the extension point {@code org.factcheck.core.importers}. Every use of the Eclipse registry API
 * is confined to {@link RegistryAccess}, so that this class also loads where that API is absent.
 */
public final class ImporterRegistry {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.factcheck.core.importers";

    private static final System.Logger LOG = System.getLogger(ImporterRegistry.class.getName());

    private ImporterRegistry() {
    }

    /**
     * Returns the contributed importers.
     *
     * @return the valid contributions; empty outside OSGi or when the registry is unavailable
     */
    public static List<ImporterDescriptor> contributed() {
        try {
            return RegistryAccess.read();
        } catch (LinkageError e) {
            return List.of();
        }
    }

    /**
     * Returns the contributed annotation importers ({@code annotationImporter} elements).
     *
     * @return the valid contributions; empty outside OSGi or when the registry is unavailable
     */
    public static List<AnnotationImporterDescriptor> contributedAnnotationImporters() {
        try {
            return RegistryAccess.readAnnotationImporters();
        } catch (LinkageError e) {
            return List.of();
        }
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

    /** The only class that touches {@code org.eclipse.core.runtime}. */
    private static final class RegistryAccess {

        static List<ImporterDescriptor> read() {
            org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
            if (registry == null) {
                return List.of();
            }
            List<ImporterDescriptor> result = new ArrayList<>();
            for (org.eclipse.core.runtime.IConfigurationElement element
                    : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                if (!"importer".equals(element.getName())) {
                    continue;
                }
                ImporterDescriptor descriptor = descriptor(element.getContributor().getName(),
                        element.getAttribute("id"), element.getAttribute("name"), element.getAttribute("mediaType"),
                        element.getAttribute("fileExtensions"), element.getAttribute("priority"),
                        () -> (ArticleImporter) element.createExecutableExtension("class"));
                if (descriptor != null) {
                    result.add(descriptor);
                }
            }
            return result;
        }

        static List<AnnotationImporterDescriptor> readAnnotationImporters() {
            org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
            if (registry == null) {
                return List.of();
            }
            List<AnnotationImporterDescriptor> result = new ArrayList<>();
            for (org.eclipse.core.runtime.IConfigurationElement element
                    : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                if ("annotationImporter".equals(element.getName())) {
                    AnnotationImporterDescriptor descriptor = annotationDescriptor(element.getContributor().getName(),
                            element.getAttribute("id"), element.getAttribute("name"),
                            element.getAttribute("fileExtensions"),
                            () -> (AnnotationImporter) element.createExecutableExtension("class"));
                    if (descriptor != null) {
                        result.add(descriptor);
                    }
                }
            }
            return result;
        }
    }
}
