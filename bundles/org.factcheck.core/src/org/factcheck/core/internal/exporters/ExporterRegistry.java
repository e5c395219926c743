package org.factcheck.core.internal.exporters;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.ExporterOption;

/**
 * Reads the extension point {@code org.factcheck.core.exporters}. Every use of the Eclipse registry API is
 * confined to {@link RegistryAccess}, so that this class also loads where that API is absent.
 */
public final class ExporterRegistry {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.factcheck.core.exporters";

    private static final System.Logger LOG = System.getLogger(ExporterRegistry.class.getName());

    private ExporterRegistry() {
    }

    /**
     * Returns the contributed exporters.
     *
     * @return the valid contributions; empty outside OSGi or when the registry is unavailable
     */
    public static List<ExporterDescriptor> contributed() {
        try {
            return RegistryAccess.read();
        } catch (LinkageError e) {
            return List.of();
        }
    }

    /**
     * Builds the descriptor of one {@code exporter} element.
     *
     * @param contributor the contributing bundle, for the log
     * @param attributes  the values of {@code id, name, format, mediaType, fileExtension}, in this order
     * @param options     the declared options
     * @param factory     creates the exporter
     * @return the descriptor, or null (after logging why) if an attribute is missing
     */
    public static ExporterDescriptor descriptor(String contributor, String[] attributes, List<ExporterOption> options,
            ExporterDescriptor.Factory factory) {
        for (String value : attributes) {
            if (value == null || value.isBlank()) {
                LOG.log(Level.WARNING, "Ignoring an exporter of " + contributor
                        + ": id, name, format, mediaType and fileExtension are required");
                return null;
            }
        }
        String extension = attributes[4].strip();
        return new ExporterDescriptor(attributes[0].strip(), attributes[1].strip(), attributes[2].strip(),
                attributes[3].strip(), extension.startsWith(".") ? extension.substring(1) : extension, options, factory);
    }

    /** The only class that touches {@code org.eclipse.core.runtime}. */
    private static final class RegistryAccess {

        static List<ExporterDescriptor> read() {
            org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
            if (registry == null) {
                return List.of();
            }
            List<ExporterDescriptor> result = new ArrayList<>();
            for (org.eclipse.core.runtime.IConfigurationElement element
                    : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                if (!"exporter".equals(element.getName())) {
                    continue;
                }
                List<ExporterOption> options = new ArrayList<>();
                for (org.eclipse.core.runtime.IConfigurationElement option : element.getChildren("option")) {
                    String name = option.getAttribute("name");
                    if (name != null && !name.isBlank()) {
                        String description = option.getAttribute("description");
                        options.add(new ExporterOption(name.strip(), description == null ? "" : description.strip(),
                                Boolean.parseBoolean(option.getAttribute("required"))));
                    }
                }
                ExporterDescriptor descriptor = descriptor(element.getContributor().getName(),
                        new String[] { element.getAttribute("id"), element.getAttribute("name"),
                                element.getAttribute("format"), element.getAttribute("mediaType"),
                                element.getAttribute("fileExtension") },
                        options, () -> (CaseExporter) element.createExecutableExtension("class"));
                if (descriptor != null) {
                    result.add(descriptor);
                }
            }
            return result;
        }
    }
}
