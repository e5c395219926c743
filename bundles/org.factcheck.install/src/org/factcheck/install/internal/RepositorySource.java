package org.factcheck.install.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.factcheck.install.internal.PluginException.Kind;

/**
 * Where a plugin comes from, as typed by a person: a p2 repository folder, a {@code file:} URI of one, or a zip of a
 * p2 repository (unpacked into a temporary folder that {@link #close()} deletes). Every other input is refused with a
 * message before p2 is asked.
 */
final class RepositorySource implements AutoCloseable {

    private static final long MAX_UNPACKED = 512L * 1024 * 1024;

    private final URI location;
    private final Path temporary;

    private RepositorySource(URI location, Path temporary) {
        this.location = location;
        this.temporary = temporary;
    }

    /** @return the repository's location for p2 */
    URI location() {
        return location;
    }

    /**
     * @param text a folder, a {@code file:} URI or a {@code .zip} file
     * @return the repository it names
     * @throws PluginException if it does not name a folder or a readable, sound zip
     */
    static RepositorySource of(String text) throws PluginException {
        Path path = toPath(text);
        if (Files.isDirectory(path)) {
            if (!isRepository(path)) {
                throw new PluginException(Kind.INPUT, path + " is not a p2 repository: it has no content.jar,"
                        + " content.xml(.xz), compositeContent or p2.index. Give the folder of a p2 repository"
                        + " (e.g. a plugin build's target/repository) or its zip.");
            }
            return new RepositorySource(path.toUri(), null);
        }
        if (Files.isRegularFile(path)) {
            return unzip(path);
        }
        throw new PluginException(Kind.INPUT, path + " does not exist. Give the folder of a p2 repository, its"
                + " file: URI or a zip of it.");
    }

    private static Path toPath(String text) throws PluginException {
        if (text.startsWith("file:")) {
            try {
                return Path.of(new URI(text));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new PluginException(Kind.INPUT, "“" + text + "” is not a valid file: URI (" + e.getMessage() + ").");
            }
        }
        if (text.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            throw new PluginException(Kind.INPUT, "“" + text + "”: only local repositories (a folder, a file: URI or a"
                    + " zip) can be installed from; download the repository first.");
        }
        return Path.of(text).toAbsolutePath().normalize();
    }

    private static RepositorySource unzip(Path zip) throws PluginException {
        Path target = null;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            target = Files.createTempDirectory("factcheck-plugin-");
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new PluginException(Kind.INPUT, zip + " is refused: its entry “" + entry.getName()
                            + "” points outside the archive.");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    total += Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if (total > MAX_UNPACKED) {
                    throw new PluginException(Kind.INPUT, zip + " is refused: it unpacks to more than 512 MiB.");
                }
            }
            Path root = repositoryRoot(target);
            if (root == null) {
                throw new PluginException(Kind.INPUT, zip + " is not a zipped p2 repository: neither its top level"
                        + " nor a single folder in it has content.jar, content.xml(.xz) or p2.index.");
            }
            return new RepositorySource(root.toUri(), target);
        } catch (ZipException e) {
            delete(target);
            throw new PluginException(Kind.INPUT, zip + " is not a readable zip (" + e.getMessage() + "). Give the"
                    + " folder of a p2 repository or a zip of one.");
        } catch (IOException e) {
            delete(target);
            throw new PluginException(Kind.INPUT, zip + " cannot be read: " + e.getMessage());
        } catch (PluginException e) {
            delete(target);
            throw e;
        }
    }

    private static Path repositoryRoot(Path dir) throws IOException {
        if (isRepository(dir)) {
            return dir;
        }
        try (Stream<Path> children = Files.list(dir)) {
            var folders = children.filter(Files::isDirectory).toList();
            return folders.size() == 1 && isRepository(folders.get(0)) ? folders.get(0) : null;
        }
    }

    private static boolean isRepository(Path dir) {
        return Stream.of("content.jar", "content.xml", "content.xml.xz", "p2.index", "compositeContent.jar",
                "compositeContent.xml").anyMatch(name -> Files.exists(dir.resolve(name)));
    }

    @Override
    public void close() {
        delete(temporary);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
