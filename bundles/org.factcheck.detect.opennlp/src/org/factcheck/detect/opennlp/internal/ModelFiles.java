package org.factcheck.detect.opennlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Opens a model file shipped in a Maven model jar. In OSGi each jar is a wrapped bundle holding its {@code .bin} at
 * its root, which no class loader can import (a root folder is not a package), so the file is looked up as an entry
 * of the bundles this bundle requires. Outside OSGi (plain JVM tools and benchmarks) the jars are on the class path
 * and the file is a class path resource.
 */
final class ModelFiles {

    private ModelFiles() {
    }

    static InputStream open(String fileName) throws IOException {
        URL url = find(fileName);
        if (url == null) {
            throw new IOException("The model file " + fileName + " is in no installed model bundle");
        }
        return url.openStream();
    }

    static URL find(String fileName) {
        Bundle self = FrameworkUtil.getBundle(ModelFiles.class);
        if (self != null) {
            BundleWiring wiring = self.adapt(BundleWiring.class);
            if (wiring != null) {
                for (BundleWire wire : wiring.getRequiredWires("osgi.wiring.bundle")) {
                    URL entry = wire.getProvider().getBundle().getEntry(fileName);
                    if (entry != null) {
                        return entry;
                    }
                }
            }
        }
        ClassLoader loader = ModelFiles.class.getClassLoader();
        return loader == null ? ClassLoader.getSystemResource(fileName) : loader.getResource(fileName);
    }
}
