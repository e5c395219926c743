package org.factcheck.core.internal.exporters;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.ExporterOption;
import org.factcheck.core.exporters.ExporterProvider;
import org.factcheck.core.internal.extensions.Contribution;
import org.factcheck.core.internal.extensions.ExtensionPointTracker;
import org.factcheck.core.internal.extensions.ExtensionPointTracker.ElementView;

/**
 * The contributions to the extension point {@code org.factcheck.core.exporters}, followed while bundles are
 * installed and uninstalled ({@link ExtensionPointTracker}); outside OSGi, where there is no registry, the
 * exporters of the {@link ExporterProvider}s that {@link ServiceLoader} finds. Each exporter is an
 * {@link Entry}: its descriptor and the {@link Contribution} through which it is created (on first use) and
 * called.
 */
public final class ExporterRegistry {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.factcheck.core.exporters";

    /** The bundles whose exporters are the built-in ones: listed before others of the same format. */
    public static final Set<String> BUILT_IN = Set.of("org.factcheck.exchange", "org.factcheck.core");

    /** What {@link Entry#bundleId()} says of an exporter that was given, not contributed. */
    public static final String NOT_CONTRIBUTED = "not contributed";

    private static final System.Logger LOG = System.getLogger(ExporterRegistry.class.getName());

    /** One exporter: what it is and how it is created and called. */
    public record Entry(ExporterDescriptor descriptor, Contribution<CaseExporter> contribution) {

        /** @return the symbolic name of the contributing bundle */
        public String bundleId() {
            return contribution.bundleId();
        }
    }

    private ExporterRegistry() {
    }

    /** @return the exporters of the extension point as they are at each call; outside OSGi the ServiceLoader's */
    public static Supplier<List<Entry>> contributed() {
        ExtensionPointTracker<Entry> tracker = new ExtensionPointTracker<>(EXTENSION_POINT, ExporterRegistry::parse);
        AtomicReference<List<Entry>> fallback = new AtomicReference<>();
        return () -> {
            if (tracker.hasRegistry()) {
                return ordered(tracker.current());
            }
            return fallback.updateAndGet(known -> known != null ? known : ordered(provided()));
        };
    }

    /**
     * Makes entries of descriptors that are given, not contributed (tests, tools).
     *
     * @param descriptors the exporters
     * @param bundleId    who they are from, for messages
     * @return the entries, sorted as listed
     */
    public static List<Entry> given(List<ExporterDescriptor> descriptors, String bundleId) {
        return ordered(descriptors.stream().map(d -> entry(d, bundleId)).toList());
    }

    /** Sorted by format, the built-in exporter of a format first, then by id. */
    private static List<Entry> ordered(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparing((Entry e) -> e.descriptor().format())
                .thenComparing(e -> !BUILT_IN.contains(e.bundleId())).thenComparing(e -> e.descriptor().id())).toList();
    }

    private static Entry entry(ExporterDescriptor descriptor, String bundleId) {
        return new Entry(descriptor, new Contribution<>(EXTENSION_POINT, descriptor.id(), descriptor.name(), bundleId,
                CaseExporter.class, descriptor::exporter));
    }

    private static List<Entry> provided() {
        List<Entry> found = new ArrayList<>();
        for (ExporterProvider provider : ServiceLoader.load(ExporterProvider.class)) {
            String from = provider.getClass().getName();
            provider.exporters().forEach(d -> found.add(entry(d, from)));
        }
        return found;
    }

    private static Entry parse(ElementView element) {
        if (!"exporter".equals(element.name())) {
            return null;
        }
        List<ExporterOption> options = new ArrayList<>();
        for (ElementView option : element.children("option")) {
            String name = option.attribute("name");
            if (name != null && !name.isBlank()) {
                String description = option.attribute("description");
                options.add(new ExporterOption(name.strip(), description == null ? "" : description.strip(),
                        Boolean.parseBoolean(option.attribute("required"))));
            }
        }
        ExporterDescriptor descriptor = descriptor(element.bundleId(),
                new String[] { element.attribute("id"), element.attribute("name"), element.attribute("format"),
                        element.attribute("mediaType"), element.attribute("fileExtension") },
                options, () -> (CaseExporter) element.createExecutable("class"));
        return descriptor == null ? null : entry(descriptor, element.bundleId());
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
}
