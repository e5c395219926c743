package org.factcheck.core.internal.extensions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The current contributions to one extension point, kept up to date while bundles are installed and
 * uninstalled: it listens to the extension registry ({@code IRegistryEventListener} for the point) and
 * re-reads the point on every change. Descriptors of elements that stay are kept (with their lazily created
 * objects and their disabled state); those of removed extensions are dropped. Listeners hear of each change.
 * <p>
 * Every use of the Eclipse registry API is in {@link RegistryAccess}, so that this class also loads outside
 * OSGi (then the point has no contributions).
 *
 * @param <D> the descriptor parsed from one configuration element
 */
public final class ExtensionPointTracker<D> {

    /** Parses one configuration element; returns {@code null} (after logging why) for an invalid one. */
    @FunctionalInterface
    public interface Parser<D> {
        D parse(ElementView element);
    }

    /** What a parser may read of a configuration element, independent of the registry API. */
    public interface ElementView {
        String name();

        String attribute(String name);

        String bundleId();

        List<ElementView> children(String name);

        /** Creates the object named by an attribute (lazily called, through a {@link Contribution}). */
        Object createExecutable(String attribute) throws Exception;
    }

    private static final System.Logger LOG = System.getLogger(ExtensionPointTracker.class.getName());

    private final String extensionPoint;
    private final Parser<D> parser;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Map<Object, D> byElement = new HashMap<>();
    private volatile List<D> current;
    private Object registration;

    public ExtensionPointTracker(String extensionPoint, Parser<D> parser) {
        this.extensionPoint = extensionPoint;
        this.parser = parser;
    }

    public String extensionPoint() {
        return extensionPoint;
    }

    /** @return the valid contributions now, in registry order */
    public List<D> current() {
        List<D> result = current;
        if (result == null) {
            synchronized (this) {
                if (current == null) {
                    try {
                        registration = RegistryAccess.listen(this);
                    } catch (LinkageError outsideOsgi) {
                        registration = null;
                    }
                    reread();
                }
                result = current;
            }
        }
        return result;
    }

    /**
     * Tells whether there is an extension registry to follow (false outside OSGi, where a registry's fixed
     * fallback list, such as the built-in importers, stands in for the contributions).
     *
     * @return whether this tracker listens to a registry
     */
    public boolean hasRegistry() {
        current();
        synchronized (this) {
            return registration != null;
        }
    }

    /** Adds a listener told (on any thread) after contributions were added or removed. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Stops listening to the registry (for tests that make their own trackers). */
    public synchronized void close() {
        if (registration != null) {
            RegistryAccess.stop(registration);
            registration = null;
        }
    }

    synchronized void reread() {
        Map<Object, D> next = new HashMap<>();
        List<D> list = new ArrayList<>();
        try {
            for (Map.Entry<Object, ElementView> entry : RegistryAccess.elements(extensionPoint)) {
                D descriptor = byElement.get(entry.getKey());
                if (descriptor == null) {
                    try {
                        descriptor = parser.parse(entry.getValue());
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "Ignoring an invalid contribution to " + extensionPoint
                                + " from " + entry.getValue().bundleId() + ": " + e.getMessage(), e);
                    }
                }
                if (descriptor != null) {
                    next.put(entry.getKey(), descriptor);
                    list.add(descriptor);
                }
            }
        } catch (LinkageError outsideOsgi) {
            // no registry: no contributions
        }
        byElement = next;
        current = List.copyOf(list);
    }

    void changed() {
        reread();
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "A listener of " + extensionPoint + " failed", e);
            }
        }
    }

    /** Logs and skips an element whose required attribute is missing; returns the stripped value or null. */
    public static String required(ElementView element, String attribute, String point) {
        String value = element.attribute(attribute);
        if (value == null || value.isBlank()) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring a " + element.name() + " of " + element.bundleId()
                    + " in " + point + ": the attribute “" + attribute + "” is required");
            return null;
        }
        return value.strip();
    }

    /** The only class that touches {@code org.eclipse.core.runtime}'s registry. */
    private static final class RegistryAccess {

        static Object listen(ExtensionPointTracker<?> tracker) {
            org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
            if (registry == null) {
                return null;
            }
            org.eclipse.core.runtime.IRegistryEventListener listener = new org.eclipse.core.runtime.IRegistryEventListener() {
                @Override
                public void added(org.eclipse.core.runtime.IExtension[] extensions) {
                    tracker.changed();
                }

                @Override
                public void removed(org.eclipse.core.runtime.IExtension[] extensions) {
                    tracker.changed();
                }

                @Override
                public void added(org.eclipse.core.runtime.IExtensionPoint[] points) {
                }

                @Override
                public void removed(org.eclipse.core.runtime.IExtensionPoint[] points) {
                }
            };
            registry.addListener(listener, tracker.extensionPoint);
            return new Object[] { registry, listener };
        }

        static void stop(Object registration) {
            Object[] pair = (Object[]) registration;
            ((org.eclipse.core.runtime.IExtensionRegistry) pair[0])
                    .removeListener((org.eclipse.core.runtime.IRegistryEventListener) pair[1]);
        }

        static List<Map.Entry<Object, ElementView>> elements(String point) {
            org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
            List<Map.Entry<Object, ElementView>> result = new ArrayList<>();
            if (registry == null) {
                return result;
            }
            for (org.eclipse.core.runtime.IConfigurationElement element : registry.getConfigurationElementsFor(point)) {
                if (element.isValid()) {
                    result.add(Map.entry(element, view(element)));
                }
            }
            return result;
        }

        static ElementView view(org.eclipse.core.runtime.IConfigurationElement element) {
            return new ElementView() {
                @Override
                public String name() {
                    return element.getName();
                }

                @Override
                public String attribute(String name) {
                    return element.getAttribute(name);
                }

                @Override
                public String bundleId() {
                    return element.getContributor().getName();
                }

                @Override
                public List<ElementView> children(String name) {
                    List<ElementView> children = new ArrayList<>();
                    for (org.eclipse.core.runtime.IConfigurationElement child : element.getChildren(name)) {
                        children.add(view(child));
                    }
                    return children;
                }

                @Override
                public Object createExecutable(String attribute) throws Exception {
                    return element.createExecutableExtension(attribute);
                }
            };
        }
    }
}
