package org.factcheck.core.scales;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.factcheck.core.internal.extensions.Contribution;
import org.factcheck.core.internal.extensions.ExtensionPointTracker;
import org.factcheck.core.internal.extensions.Guard;
import org.factcheck.core.internal.scales.DefaultScale;
import org.factcheck.core.internal.scales.ScaleDeclaration;
import org.factcheck.model.RatingScale;

/**
 * The rating scales contributed to {@code org.factcheck.core.ratingScales}, the workbench's default scale
 * ({@value #DEFAULT_ID}) among them. The list follows bundles installed and uninstalled at run time.
 * <p>
 * A scale is declared with its ratings in {@code plugin.xml}; one that lists none, repeats a label, gives a
 * value that is not a whole number or a colour that is not {@code #RRGGBB} is not offered, and is reported once.
 * A computed scale (a {@link ScaleFactory}) that throws, hangs or returns an unusable scale is reported once and
 * disabled for the session.
 *
 * @since 0.1.0
 */
public final class RatingScales {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.factcheck.core.ratingScales";

    /** The id of the workbench's default scale. */
    public static final String DEFAULT_ID = "org.factcheck.core.scales.default";

    private static volatile RatingScales defaultInstance;

    /** Invalid declarations reported already (bundle and id), so that re-reading the registry does not repeat them. */
    private static final java.util.Set<String> REPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private record Entry(ScaleDescriptor descriptor, ScaleDeclaration declaration, Contribution<ScaleFactory> factory) {
    }

    private final ExtensionPointTracker<Entry> tracker;
    private final Duration budget;

    private RatingScales(ExtensionPointTracker<Entry> tracker, Duration budget) {
        this.tracker = tracker;
        this.budget = budget;
    }

    /** @return the scales contributed to the extension point */
    public static RatingScales getDefault() {
        RatingScales result = defaultInstance;
        if (result == null) {
            synchronized (RatingScales.class) {
                result = defaultInstance;
                if (result == null) {
                    result = new RatingScales(new ExtensionPointTracker<>(EXTENSION_POINT, RatingScales::parse),
                            null);
                    defaultInstance = result;
                }
            }
        }
        return result;
    }

    /** @return the usable scales, the default first, then by name */
    public List<ScaleDescriptor> descriptors() {
        return tracker.current().stream().filter(e -> e.factory() == null || !e.factory().isDisabled())
                .map(Entry::descriptor)
                .sorted(Comparator.comparing((ScaleDescriptor d) -> !d.id().equals(DEFAULT_ID))
                        .thenComparing(ScaleDescriptor::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * @param id a scale's id
     * @return the scale with this id, if it is usable
     */
    public Optional<ScaleDescriptor> find(String id) {
        return descriptors().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * Makes a new copy of a scale, for a case.
     *
     * @param descriptor the scale
     * @return the copy, or empty if the scale is gone or its factory failed (which is then reported)
     */
    public Optional<RatingScale> create(ScaleDescriptor descriptor) {
        Entry entry = tracker.current().stream().filter(e -> e.descriptor().id().equals(descriptor.id())).findFirst()
                .orElse(null);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.declaration() != null) {
            return Optional.of(entry.declaration().create());
        }
        Guard.Outcome<RatingScale> outcome = Guard.callWithin(entry.factory(), "createScale()", budget(), null,
                ScaleFactory::createScale);
        if (!outcome.returned()) {
            return Optional.empty();
        }
        String problem = ScaleDeclaration.problem(outcome.value());
        if (problem != null) {
            Guard.invalid(entry.factory(), problem);
            return Optional.empty();
        }
        return Optional.of(outcome.value());
    }

    /** @return a new copy of the default scale; the built-in one if its contribution is missing */
    public RatingScale createDefault() {
        return find(DEFAULT_ID).flatMap(this::create).orElseGet(DefaultScale::create);
    }

    /** @param listener told (on any thread) when scales are contributed or removed at run time */
    public void addChangeListener(Runnable listener) {
        tracker.addChangeListener(listener);
    }

    /** @param listener a listener added before */
    public void removeChangeListener(Runnable listener) {
        tracker.removeChangeListener(listener);
    }

    private static Entry parse(ExtensionPointTracker.ElementView element) {
        if (!"scale".equals(element.name())) {
            return null;
        }
        String id = ExtensionPointTracker.required(element, "id", EXTENSION_POINT);
        String name = ExtensionPointTracker.required(element, "name", EXTENSION_POINT);
        if (id == null || name == null) {
            return null;
        }
        ScaleDescriptor descriptor = new ScaleDescriptor(id, name, element.attribute("description"), element.bundleId());
        Contribution<ScaleFactory> factory = new Contribution<>(EXTENSION_POINT, id, name, element.bundleId(),
                ScaleFactory.class, () -> element.createExecutable("class"));
        String type = element.attribute("class");
        if (type != null && !type.isBlank()) {
            return new Entry(descriptor, null, factory);
        }
        try {
            return new Entry(descriptor, ScaleDeclaration.read(name, element), null);
        } catch (IllegalArgumentException e) {
            if (REPORTED.add(element.bundleId() + "/" + id)) {
                Guard.invalid(factory, "is not offered: " + e.getMessage());
            }
            return null;
        }
    }

    /** The budget of one call: the one given, or else the configured one, read at each call so that it can be changed. */
    private Duration budget() {
        return budget != null ? budget : Guard.configuredBudget();
    }
}
