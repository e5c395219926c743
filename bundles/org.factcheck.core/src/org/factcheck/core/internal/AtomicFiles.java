package org.factcheck.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Replaces a file so that a reader, a crash or a full disk never sees or leaves anything but a complete version.
 * <ol>
 * <li>A symbolic link is followed: the file it points to is replaced, the link stays.</li>
 * <li>The new content goes to a new temporary file in the same folder, {@code .<name>.<random>.tmp}, created
 * exclusively (never an existing file, never through a link) with the permissions of the file it replaces, and
 * forced to disk.</li>
 * <li>With a backup, the previous version becomes {@code <name>.bak} by a hard link renamed over the old backup
 * (where the file system has no hard links, by a forced copy renamed the same way): a kill at any moment leaves the
 * old or the new backup, complete. When the disk is full, the new content cannot be written and nothing else
 * changes, old backup included.</li>
 * <li>The temporary file is renamed over the file in one atomic step (keeping the owner and group where the
 * operating system allows), and the folder is forced to disk.</li>
 * </ol>
 * A read-only file is not replaced. Temporary files left by a killed process are removed by
 * {@link #removeLeftovers(Path)}, which the holder of the case's lock calls.
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

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** @return the backup of the previous version of {@code file} (beside the file a link points to) */
    public static Path backup(Path file) {
        Path target = target(file);
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * The file that writing {@code file} changes: the absolute path, after following symbolic links (also a link
     * whose target does not exist yet) and with the folder's own links resolved, so that every way of naming a
     * file gives the same path.
     *
     * @param file a file
     * @return the path of the file itself
     */
    public static Path target(Path file) {
        Path path = file.toAbsolutePath().normalize();
        try {
            for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(path); i++) {
                path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not readable as a link: write the path as given
        }
        Path folder = path.getParent();
        if (folder == null) {
            return path;
        }
        try {
            return folder.toRealPath().resolve(path.getFileName());
        } catch (IOException e) {
            return path;
        }
    }

    /**
     * Replaces (or creates) a file and keeps its previous version as {@code <name>.bak}.
     *
     * @param file   the file
     * @param writer produces the new content
     * @throws IOException if any step fails; the file and its backup then still have their previous content and no
     *                     temporary file remains
     */
    public static void replace(Path file, Writer writer) throws IOException {
        replace(file, writer, true);
    }

    /**
     * Writes (or replaces) a file like {@link #replace(Path, Writer)}, but keeps no backup: for output that can be
     * made again, such as exports.
     *
     * @param file   the file
     * @param writer produces the content
     * @throws IOException if any step fails; the file then still has its previous content, or still does not
     *                     exist, and no temporary file remains
     */
    public static void write(Path file, Writer writer) throws IOException {
        replace(file, writer, false);
    }

    private static void replace(Path file, Writer writer, boolean keepBackup) throws IOException {
        Path target = target(file);
        PosixFileAttributes old = existing(file, target);
        Path tmp = null;
        boolean done = false;
        try {
            tmp = createTemporary(target, old);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                OutputStream out = Channels.newOutputStream(channel);
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            if (old != null) {
                keepOwnership(tmp, old);
                if (keepBackup) {
                    backUp(target);
                }
            }
            move(tmp, target, file);
            done = true;
        } finally {
            if (!done) {
                deleteQuietly(tmp);
            }
        }
        syncFolder(target);
    }

    /** The attributes of the file being replaced, or null for a new file; refuses what must not be replaced. */
    private static PosixFileAttributes existing(Path file, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Cannot write “" + file + "”: it is not a regular file.");
        }
        PosixFileAttributes attributes = posix(target);
        boolean writable = Files.isWritable(target)
                && (attributes == null || attributes.permissions().contains(PosixFilePermission.OWNER_WRITE));
        if (!writable) {
            throw new IOException("Cannot write “" + file + "”: the file is read-only, so it was not changed. Save under"
                    + " another name, or make it writable first.");
        }
        return attributes;
    }

    private static PosixFileAttributes posix(Path path) throws IOException {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    /** A new file {@code .<name>.<random>.tmp}, created exclusively, readable by no more than the old file was. */
    private static Path createTemporary(Path target, PosixFileAttributes old) throws IOException {
        Path folder = target.getParent();
        for (int attempt = 0; attempt < 100; attempt++) {
            Path tmp = temporaryName(target, "");
            try {
                if (old != null && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(old.permissions());
                    Files.newByteChannel(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS), mode).close();
                } else {
                    Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS).close();
                }
                return tmp;
            } catch (FileAlreadyExistsException e) {
                // a name taken by chance, or planted: never write through it, take another
            }
        }
        throw new IOException("Cannot write “" + target + "”: no temporary file could be created beside it.");
    }

    private static Path temporaryName(Path target, String kind) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return target.resolveSibling("." + target.getFileName() + "." + HexFormat.of().formatHex(random) + kind + ".tmp");
    }

    /** Gives the new version the old one's permissions, and its owner and group where this process may. */
    private static void keepOwnership(Path tmp, PosixFileAttributes old) throws IOException {
        if (old == null) {
            return;
        }
        Files.setPosixFilePermissions(tmp, old.permissions());
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes now = view.readAttributes();
        try {
            UserPrincipal owner = old.owner();
            if (!owner.equals(now.owner())) {
                view.setOwner(owner);
            }
        } catch (IOException e) {
            // only the super-user may give a file away; the new version is then this user's
        }
        try {
            GroupPrincipal group = old.group();
            if (!group.equals(now.group())) {
                view.setGroup(group);
            }
        } catch (IOException e) {
            // not a member of that group
        }
        if (!old.permissions().equals(now.permissions())) {
            Files.setPosixFilePermissions(tmp, old.permissions()); // a change of owner may have cleared set-id bits
        }
    }

    /** Makes the current version the backup, by a link (or a copy) renamed over the old backup. */
    private static void backUp(Path target) throws IOException {
        Path link = null;
        for (int attempt = 0; attempt < 100 && link == null; attempt++) {
            Path candidate = temporaryName(target, ".bak");
            try {
                Files.createLink(candidate, target);
                link = candidate;
            } catch (FileAlreadyExistsException e) {
                // take another name
            } catch (UnsupportedOperationException | IOException e) {
                link = copyForBackup(target);
            }
        }
        if (link == null) {
            throw new IOException("Cannot write “" + target + "”: no backup could be made beside it.");
        }
        try {
            Files.move(link, backup(target), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(link);
            throw e;
        }
    }

    private static Path copyForBackup(Path target) throws IOException {
        Path copy = createTemporary(target, posix(target));
        try {
            Files.copy(target, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    private static void move(Path tmp, Path target, Path file) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("Cannot save “" + file + "” safely: its file system cannot replace files atomically.", e);
        }
    }

    /**
     * Removes the temporary files that writing {@code file} left behind when its process was killed. Call it only
     * while holding the file's lock: another writer's temporary files are then not being written.
     *
     * @param file a file written with {@link #replace} or {@link #write}
     * @return how many were removed
     */
    public static int removeLeftovers(Path file) {
        Path target = target(file);
        Path folder = target.getParent();
        String prefix = "." + target.getFileName() + ".";
        int removed = 0;
        if (folder == null) {
            return 0;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                p -> isLeftoverName(p.getFileName().toString(), prefix))) {
            for (Path leftover : entries) {
                if (deleteQuietly(leftover)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: nothing to clean that this process could have written
        }
        return removed;
    }

    /**
     * Tells whether a file has temporary files that a killed writer left behind.
     *
     * @param file a file
     * @return whether any {@code .<name>.<random>.tmp} is beside it
     */
    public static boolean hasLeftovers(Path file) {
        Path target = target(file);
        Path folder = target.getParent();
        String prefix = "." + target.getFileName() + ".";
        if (folder == null) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                p -> isLeftoverName(p.getFileName().toString(), prefix))) {
            return entries.iterator().hasNext();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isLeftoverName(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(".tmp")) {
            return false;
        }
        String middle = name.substring(prefix.length(), name.length() - ".tmp".length());
        if (middle.endsWith(".bak")) {
            middle = middle.substring(0, middle.length() - ".bak".length());
        }
        return middle.length() == 16 && middle.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static boolean deleteQuietly(Path path) {
        if (path == null) {
            return false;
        }
        try {
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            return false; // the original error is the one to report
        }
    }

    /** Makes the rename durable where the platform allows opening a folder (Linux, macOS). */
    private static void syncFolder(Path target) {
        Path folder = target.getParent();
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
