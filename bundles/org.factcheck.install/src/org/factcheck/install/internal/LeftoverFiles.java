package org.factcheck.install.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Deletes, at the start of the product, the files of plugins removed in a workbench that was running them. A
 * removal in the workbench (Help › Manage Plug-ins, p2's own dialog) unconfigures the plugin's bundles, but
 * p2's garbage collector keeps the files of every bundle the running framework has installed, which the removed
 * ones still are until the restart. At the next start the framework no longer has them (the simple configurator
 * installs what {@code bundles.info} lists and uninstalls the rest before any application runs), so the same
 * collection as after a command-line removal ({@link PluginInstaller#collectGarbage()}) deletes them then.
 * <p>
 * To keep starts quick, the collection runs only when the configured bundles changed since the last one:
 * {@code bundles.info} (its contents and the time it was last written) is fingerprinted into
 * {@code org.factcheck.install/collected} in the configuration area after every collection. A product that is not configured by the simple configurator (a
 * test run, a development launch) is left alone.
 */
public final class LeftoverFiles {

    /** The framework property that names the simple configurator's list of bundles. */
    static final String CONFIG_URL = "org.eclipse.equinox.simpleconfigurator.configUrl";

    private static final System.Logger LOG = System.getLogger(LeftoverFiles.class.getName());

    private LeftoverFiles() {
    }

    /**
     * Collects the files of removed plugins if the configured bundles changed since the last collection; on the
     * thread that starts the product, before the workbench opens. Never throws: if anything goes wrong the files
     * stay, and the next start or command-line removal tries again.
     *
     * @return whether the collector ran
     */
    public static boolean collectIfChanged() {
        try {
            Path list = bundlesInfo();
            if (list == null || !Files.isRegularFile(list)) {
                return false;
            }
            String fingerprint = fingerprint(list);
            Path marker = marker();
            if (marker == null || Files.isRegularFile(marker)
                    && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(fingerprint)) {
                return false;
            }
            PluginInstaller.forRunningProduct().collectGarbage();
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, fingerprint + "\n", StandardCharsets.UTF_8);
            return true;
        } catch (PluginException | IOException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete the files of removed plugins; the next start tries again", e);
            return false;
        }
    }

    /** Notes that the files of what is configured now have been collected (after a command-line removal). */
    static void collected() {
        try {
            Path list = bundlesInfo();
            Path marker = marker();
            if (list != null && marker != null && Files.isRegularFile(list)) {
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, fingerprint(list) + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            // the next start collects once more, which finds nothing
        }
    }

    /**
     * The list's size, checksum and time of its last change: an installation and a removal bring the list back to
     * the same contents, but not to the same time.
     */
    private static String fingerprint(Path list) throws IOException {
        byte[] bytes = Files.readAllBytes(list);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return bytes.length + ":" + Long.toHexString(crc.getValue()) + ":" + Files.getLastModifiedTime(list).toMillis();
    }

    /** @return the simple configurator's {@code bundles.info}, or {@code null} if the product has none */
    private static Path bundlesInfo() {
        BundleContext context = context();
        String configured = context == null ? null : context.getProperty(CONFIG_URL);
        URL area = configurationArea(context);
        if (configured == null || area == null) {
            return null;
        }
        try {
            URL url = new URL(area, configured); // "file:org.eclipse.equinox.simpleconfigurator/bundles.info" is relative
            return "file".equals(url.getProtocol()) ? path(url) : null;
        } catch (MalformedURLException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Path marker() {
        URL area = configurationArea(context());
        try {
            return area == null || !"file".equals(area.getProtocol()) ? null
                    : path(area).resolve("org.factcheck.install").resolve("collected");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Equinox's file: URLs are often not escaped ("file:/home/a b/configuration/"). */
    private static Path path(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(url.getPath());
        }
    }

    private static URL configurationArea(BundleContext context) {
        String area = context == null ? null : context.getProperty("osgi.configuration.area");
        try {
            return area == null ? null : new URL(area.endsWith("/") ? area : area + "/");
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static BundleContext context() {
        Bundle self = FrameworkUtil.getBundle(LeftoverFiles.class);
        return self == null ? null : self.getBundleContext();
    }
}
