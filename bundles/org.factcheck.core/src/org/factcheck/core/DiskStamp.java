package org.factcheck.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * What a case file looked like on disk: which file (its identity, such as the inode), how long and when last
 * modified. Every save replaces the file with a new one, and so does almost every tool (git, editors, copies), so a
 * different stamp means that another program wrote the file.
 *
 * @param file     the file, after following links
 * @param key      the file system's identity of the file, or null where it has none
 * @param size     its size in bytes
 * @param modified its modification time
 */
record DiskStamp(Path file, Object key, long size, FileTime modified) {

    /** @return the stamp of the file now, or null if it does not exist */
    static DiskStamp of(Path target) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
            return new DiskStamp(target, a.fileKey(), a.size(), a.lastModifiedTime());
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    boolean sameFileAs(DiskStamp other) {
        return other != null && Objects.equals(key, other.key) && size == other.size
                && modified.equals(other.modified);
    }
}
