package org.factcheck.core.internal.extensions;

import java.util.Objects;

/**
 * One contribution to an extension point: who made it, how to create its object (lazily, once), and whether
 * it has been disabled after a failure. Its object is only ever used through {@link Guard}.
 *
 * @param <T> the type of the contributed object
 */
public final class Contribution<T> {

    /** Creates the contributed object, typically with {@code createExecutableExtension}. */
    @FunctionalInterface
    public interface Factory<T> {
        Object create() throws Exception;
    }

    private final String extensionPoint;
    private final String id;
    private final String name;
    private final String bundleId;
    private final Class<T> type;
    private final Factory<T> factory;
    private final Object lock = new Object();
    private volatile T instance;
    private volatile boolean disabled;

    public Contribution(String extensionPoint, String id, String name, String bundleId, Class<T> type,
            Factory<T> factory) {
        this.extensionPoint = Objects.requireNonNull(extensionPoint);
        this.id = Objects.requireNonNull(id);
        this.name = name == null || name.isBlank() ? id : name;
        this.bundleId = Objects.requireNonNull(bundleId);
        this.type = Objects.requireNonNull(type);
        this.factory = factory;
    }

    /** Makes a contribution around an object that already exists (built-ins, tests). */
    public static <T> Contribution<T> of(String extensionPoint, String id, String name, String bundleId, Class<T> type,
            T object) {
        return new Contribution<>(extensionPoint, id, name, bundleId, type, () -> object);
    }

    public String extensionPoint() {
        return extensionPoint;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String bundleId() {
        return bundleId;
    }

    public boolean isDisabled() {
        return disabled;
    }

    /** @return whether this call disabled it (false if it was disabled already) */
    boolean disable() {
        synchronized (lock) {
            boolean was = disabled;
            disabled = true;
            return !was;
        }
    }

    /** Creates the object on first use. Called by {@link Guard} only, so that failures are caught. */
    T instance() throws Exception {
        T result = instance;
        if (result == null) {
            synchronized (lock) {
                result = instance;
                if (result == null) {
                    Object created = factory == null ? null : factory.create();
                    if (!type.isInstance(created)) {
                        throw new ClassCastException("The class of “" + name + "” does not implement "
                                + type.getName() + (created == null ? "" : " (it is " + created.getClass().getName() + ")"));
                    }
                    result = type.cast(created);
                    instance = result;
                }
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return id + " (" + bundleId + ")";
    }
}
