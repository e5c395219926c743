package org.factcheck.testing.plugins;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Contributes extensions at run time, the way installing a bundle does, and takes them away again, the way
 * uninstalling does: {@code IExtensionRegistry.addContribution} and {@code removeExtension} with the registry's
 * master token. The contributor is the bundle of a class, which loads the contributed classes.
 */
public final class Contributions implements AutoCloseable {

    private final IExtensionRegistry registry;
    private final Object token;
    private final List<IExtension> added;

    private Contributions(IExtensionRegistry registry, Object token, List<IExtension> added) {
        this.registry = registry;
        this.token = token;
        this.added = added;
    }

    /**
     * Adds the {@code <extension>} elements in {@code xml} as contributions of the bundle of {@code anchor}.
     *
     * @param anchor a class of the contributing bundle
     * @param xml    one or more {@code <extension point="…">…</extension>} elements
     * @return a handle that removes them again
     */
    public static Contributions add(Class<?> anchor, String xml) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        Object token = masterToken(registry);
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        IContributor contributor = ContributorFactoryOSGi.createContributor(bundle);
        List<IExtension> before = Arrays.asList(registry.getExtensions(contributor));
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n" + xml
                + "\n</plugin>\n";
        boolean ok = registry.addContribution(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                contributor, false, "test contribution " + System.nanoTime(), null, token);
        if (!ok) {
            throw new IllegalStateException("The registry refused the contribution:\n" + document);
        }
        List<IExtension> added = new ArrayList<>(Arrays.asList(registry.getExtensions(contributor)));
        added.removeAll(before);
        return new Contributions(registry, token, added);
    }

    /** Removes the contributions, as uninstalling their bundle would. */
    @Override
    public void close() {
        for (IExtension extension : added) {
            registry.removeExtension(extension, token);
        }
        added.clear();
    }

    /** The registry's master token (a test-only internal method of Equinox's registry, called reflectively). */
    private static Object masterToken(IExtensionRegistry registry) {
        try {
            return registry.getClass().getMethod("getTemporaryUserToken").invoke(registry);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No master token: " + e, e);
        }
    }

    /**
     * Waits (off the UI thread) until a condition holds: registry events reach listeners asynchronously.
     *
     * @param what      what is awaited, for the failure message
     * @param condition the condition
     * @throws AssertionError after 10 seconds
     */
    public static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what);
            }
        }
    }
}
