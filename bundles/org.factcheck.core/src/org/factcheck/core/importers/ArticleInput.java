package org.factcheck.core.importers;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link ArticleImporter} gets: the raw bytes of one article and where they came from.
 *
 * @param file            the file the bytes were read from; may be {@code null} when the bytes did not
 *                        come from a file (pasted text, a download held in memory)
 * @param bytes           the complete content; importers must not modify the array
 * @param fileName        the name to show in messages and to take the extension from, for example
 *                        {@code "report.html"}; never {@code null}
 * @param declaredCharset a character set declared outside the content (for example an HTTP
 *                        {@code Content-Type} header); it overrides what the content declares, but not a
 *                        byte order mark
 */
public record ArticleInput(Path file, byte[] bytes, String fileName, Optional<String> declaredCharset) {

    /**
     * Checks the components.
     *
     * @param file            the source file or {@code null}
     * @param bytes           the content
     * @param fileName        the display name
     * @param declaredCharset an externally declared charset or empty
     */
    public ArticleInput {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(declaredCharset, "declaredCharset");
    }

    /**
     * The input of a file read from disk, with no externally declared charset.
     *
     * @param file  the file
     * @param bytes its content
     * @return the input
     */
    public static ArticleInput of(Path file, byte[] bytes) {
        Path name = file.getFileName();
        return new ArticleInput(file, bytes, name == null ? file.toString() : name.toString(), Optional.empty());
    }

    /**
     * How messages name the input: the file's whole path when the bytes were read from a file (as the messages
     * about the file itself do), else {@link #fileName()}.
     *
     * @return for example {@code "/home/me/articles/report.html"} or {@code "report.html"}
     */
    public String shownName() {
        return file != null ? file.toString() : fileName;
    }

    /**
     * The extension of {@link #fileName()} in lower case, without the dot.
     *
     * @return for example {@code "html"}; empty if the name has no extension
     */
    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
