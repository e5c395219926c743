package org.factcheck.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file atomically: the new content goes to {@code <name>.tmp} in the same folder and is
 * forced to disk, the old file is copied to {@code <name>.bak}, then the temporary file is renamed over
 * the file. A failure before the rename leaves the file untouched and removes the temporary file.
 */
public final class AtomicFiles {

    /** Writes the new content to a stream. */
    @FunctionalInterface
    public interface Writer {

        /**
         * Writes the content; must not close the stream.
         *
         * @param out the stream
         * @throws IOException if writing fails
         */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** @return the temporary file used while replacing {@code file} */
    public static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** @return the backup of the previous version of {@code file} */
    public static Path backup(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Replaces (or creates) a file.
     *
     * @param file   the file
     * @param writer produces the new content
     * @throws IOException if any step fails; the file then still has its previous content
     */
    public static void replace(Path file, Writer writer) throws IOException {
        replace(file, writer, true);
    }

    /**
     * Writes (or replaces) a file like {@link #replace(Path, Writer)}, but keeps no backup: for output that
     * can be made again, such as exports.
     *
     * @param file   the file
     * @param writer produces the content
     * @throws IOException if any step fails; the file then still has its previous content, or still does
     *                     not exist, and no temporary file remains
     */
    public static void write(Path file, Writer writer) throws IOException {
        replace(file, writer, false);
    }

    private static void replace(Path file, Writer writer, boolean keepBackup) throws IOException {
        Path tmp = temporary(file);
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            if (keepBackup && Files.exists(file)) {
                Files.copy(file, backup(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            move(tmp, file);
            done = true;
        } finally {
            if (!done) {
                deleteQuietly(tmp);
            }
        }
        syncFolder(file);
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("Cannot save “" + file + "” safely: its file system cannot replace files atomically.", e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            if (Files.isRegularFile(tmp)) {
                Files.delete(tmp);
            }
        } catch (IOException e) {
            // the original error is the one to report
        }
    }

    /** Makes the rename durable where the platform allows opening a folder (Linux, macOS). */
    private static void syncFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported here (Windows); the rename itself is still atomic
        }
    }
}
