package org.factcheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Where the demo case lives in the repository ({@code features/org.factcheck.feature/rootfiles/demo/}, shipped
 * with the product) and how tests get a private copy of it.
 */
public final class DemoCase {

    /** The demo case file's name. */
    public static final String FILE_NAME = "kremlin-borders.factcase";

    private DemoCase() {
    }

    /** The repository's root folder, found upwards from the working directory (tests run in their module). */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("features/org.factcheck.feature")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("Not inside the workbench's repository: " + dir);
    }

    /** The demo folder: the case file and {@code articles/} with the four source articles. */
    public static Path folder() {
        return repositoryRoot().resolve("features/org.factcheck.feature/rootfiles/demo/kremlin-borders");
    }

    /** The committed demo case file. */
    public static Path file() {
        return folder().resolve(FILE_NAME);
    }

    /** The articles the demo case was built from, in file-name order. */
    public static Path[] articles() {
        try (Stream<Path> files = Files.list(folder().resolve("articles"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toArray(Path[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the demo (case file and articles) into {@code target} and returns the copy's case file. */
    public static Path copyTo(Path target) throws IOException {
        Files.createDirectories(target.resolve("articles"));
        Files.copy(file(), target.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        for (Path article : articles()) {
            Files.copy(article, target.resolve("articles").resolve(article.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return target.resolve(FILE_NAME);
    }
}
