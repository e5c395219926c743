package org.factcheck.install.internal;

/**
 * A plugin installed into the product: a root feature of the p2 profile that is not the product itself.
 *
 * @param id       the feature id (without p2's {@code .feature.group} suffix)
 * @param version  its version
 * @param name     its human-readable name, or the id
 * @param provider its provider, or an empty string
 */
public record InstalledPlugin(String id, String version, String name, String provider) {
}
