package org.factcheck.core.exporters;

import java.util.List;

/**
 * Lists the exporters of a library for use outside OSGi, where there is no extension registry: a bundle
 * that contributes exporters through {@code plugin.xml} can also name an implementation of this interface in
 * {@code META-INF/services/org.factcheck.core.exporters.ExporterProvider}, and
 * {@link Exporters#getDefault()} then finds it through {@link java.util.ServiceLoader} where there is no
 * extension registry. Inside OSGi the extension point is the only source.
 */
public interface ExporterProvider {

    /**
     * Returns the exporters, described exactly as the provider's {@code plugin.xml} contributes them.
     *
     * @return the exporters
     */
    List<ExporterDescriptor> exporters();
}
