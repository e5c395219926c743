package org.factcheck.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.factcheck.core.internal.AtomicFiles;

/**
 * The right to write one case file: one writer at a time, across processes and machines that share the folder.
 * <p>
 * The lock is an operating-system lock ({@link FileChannel#tryLock()}) on a lock file beside the case,
 * {@code .<name>.lock}, which also records who holds it: the program, its process id, the user, the host and since
 * when. The file exists while the lock is held: the holder deletes it when it releases the lock. The operating system
 * releases the lock when its process ends, however it ends, so the lock file left by a killed process is not held by
 * anyone and is taken over by the next writer. A symbolic link to a case locks the file it points to.
 * <p>
 * Inside one process, locks are shared: acquiring a case this process already holds returns another handle on the
 * same lock, which is released when the last handle is closed. (Keeping two independent editing sessions of one file
 * in one process apart is the job of that process, as the workbench's case sessions do.)
 * <p>
 * The command line holds a case's lock from reading it to writing it back; the workbench holds it as long as a case
 * is open for editing. Readers need no lock: a case file is always replaced in one atomic step.
 */
public final class CaseLock implements AutoCloseable {

    /** How long a writer waits for another writer to finish by default. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private static final Map<Path, Held> HELD = new HashMap<>();
    private static volatile String program = "a Fact-Check Workbench program";

    /** One operating-system lock held by this process, with the number of handles on it. */
    private static final class Held {
        final Path lockFile;
        final FileChannel channel;
        final FileLock lock;
        final String holder;
        int handles;

        Held(Path lockFile, FileChannel channel, FileLock lock, String holder) {
            this.lockFile = lockFile;
            this.channel = channel;
            this.lock = lock;
            this.holder = holder;
        }
    }

    /** The case is being written by another program; the message names it. */
    public static final class LockedException extends IOException {

        private static final long serialVersionUID = 1L;

        private final String holder;

        LockedException(String message, String holder) {
            super(message);
            this.holder = holder;
        }

        /** @return who holds the lock, as its lock file says ("factcheck import (pid 4711, …) since …"), or a generic text */
        public String holder() {
            return holder;
        }
    }

    private final Path caseFile;
    private final Held held;
    private boolean closed;

    private CaseLock(Path caseFile, Held held) {
        this.caseFile = caseFile;
        this.held = held;
    }

    /**
     * Acquires the lock of a case, waiting up to {@code wait} for another writer to release it.
     *
     * @param caseFile the case file (it need not exist yet)
     * @param wait     how long to wait for another holder
     * @return the lock; close it to release
     * @throws LockedException if another process still holds it after {@code wait}; the message names the holder
     * @throws IOException     if the lock file cannot be created or locked (a read-only folder, say)
     */
    public static CaseLock acquire(Path caseFile, Duration wait) throws IOException {
        Path target = AtomicFiles.target(caseFile);
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 20;
        while (true) {
            Optional<CaseLock> lock = tryAcquire(target);
            if (lock.isPresent()) {
                return lock.get();
            }
            if (System.nanoTime() - deadline >= 0) {
                String holder = holder(target).orElse("another program");
                throw new LockedException("“" + caseFile + "” is being written by " + holder
                        + "; it was not changed. Try again when that program has finished or closed the case.", holder);
            }
            sleep(Math.min(pause, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            pause = Math.min(pause * 2, 250);
        }
    }

    /**
     * Acquires the lock of a case if no other process holds it.
     *
     * @param caseFile the case file
     * @return the lock, or empty if another process holds it
     * @throws IOException if the lock file cannot be created or locked
     */
    public static Optional<CaseLock> tryAcquire(Path caseFile) throws IOException {
        Path target = AtomicFiles.target(caseFile);
        synchronized (HELD) {
            Held held = HELD.get(target);
            if (held != null) {
                held.handles++;
                return Optional.of(new CaseLock(target, held));
            }
            Path lockFile = lockFile(target);
            Locked locked = lock(lockFile);
            if (locked == null) {
                return Optional.empty();
            }
            FileChannel channel = locked.channel();
            FileLock lock = locked.lock();
            String holder = describe(CaseLock.program);
            try {
                byte[] text = (holder + "\n").getBytes(StandardCharsets.UTF_8);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(text), 0);
                channel.force(false);
            } catch (IOException e) {
                lock.release();
                channel.close();
                throw e;
            }
            held = new Held(lockFile, channel, lock, holder);
            held.handles = 1;
            HELD.put(target, held);
            AtomicFiles.removeLeftovers(target);
            return Optional.of(new CaseLock(target, held));
        }
    }

    /** An operating-system lock on a lock file, and the channel it was taken through. */
    private record Locked(FileChannel channel, FileLock lock) {
    }

    /**
     * Locks the lock file, if no other process holds it. The file exists only while someone holds it (the holder
     * deletes it before releasing), so a process that opened it just before it was deleted may lock a file that is
     * no longer there: the file's identity is therefore compared before opening, after opening and after locking,
     * and the attempt repeated when it changed.
     */
    private static Locked lock(Path lockFile) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            Object before = identity(lockFile);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            boolean keep = false;
            try {
                if (before == null || !before.equals(identity(lockFile))) {
                    continue; // just created, or replaced meanwhile: look again (it exists now)
                }
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return null;
                }
                if (!before.equals(identity(lockFile))) {
                    lock.release();
                    continue; // its holder deleted it while we were opening it
                }
                keep = true;
                return new Locked(channel, lock);
            } catch (OverlappingFileLockException e) {
                throw new IOException("The lock file " + lockFile + " is locked twice in this process.", e);
            } finally {
                if (!keep) {
                    channel.close();
                }
            }
        }
        throw new IOException("The lock file " + lockFile + " keeps changing; another program is creating and deleting it.");
    }

    /** The file system's identity of a file (device and inode) with its creation time, or null if it does not exist. */
    private static Object identity(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return java.util.List.of(String.valueOf(a.fileKey()), a.creationTime(), a.isRegularFile());
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Names this process in the lock files it writes, for the messages other writers give ("… is being written by
     * factcheck import (pid 4711, …) since …").
     *
     * @param name "factcheck import", "Fact-Check Workbench"
     */
    public static void setProgramName(String name) {
        program = name;
    }

    /**
     * Tells whether this process holds the lock of a case.
     *
     * @param caseFile the case file
     * @return whether a {@link CaseLock} of this process is open for it
     */
    public static boolean isHeldByThisProcess(Path caseFile) {
        Path target = AtomicFiles.target(caseFile);
        synchronized (HELD) {
            return HELD.containsKey(target);
        }
    }

    /**
     * Who holds the lock of a case, as its lock file says, if anybody holds it now.
     *
     * @param caseFile the case file
     * @return "factcheck import (pid 4711, user anna on host desk-3) since 2026-12-01T10:15:02Z", or empty if
     *         nobody holds it
     */
    public static Optional<String> holder(Path caseFile) {
        Path target = AtomicFiles.target(caseFile);
        synchronized (HELD) {
            Held held = HELD.get(target);
            if (held != null) {
                return Optional.of(held.holder);
            }
            return otherHolder(lockFile(target));
        }
    }

    /** Reads the lock file of a case this process does not hold (opening it while holding would release the lock). */
    private static Optional<String> otherHolder(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            FileLock probe = channel.tryLock();
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.allocate(1024);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return Optional.of(text.isEmpty() ? "another program" : text);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | OverlappingFileLockException e) {
            return Optional.of("another program");
        }
    }

    /**
     * The lock file of a case: {@code .<name>.lock} in the case's folder.
     *
     * @param caseFile the case file, after following symbolic links
     * @return the lock file
     */
    public static Path lockFile(Path caseFile) {
        return caseFile.resolveSibling("." + caseFile.getFileName() + ".lock");
    }

    /** @return the case file this lock is for, after following symbolic links */
    public Path caseFile() {
        return caseFile;
    }

    /** @return how this process describes itself in the lock file */
    public String holder() {
        return held.holder;
    }

    /** Releases this handle; the lock itself is released with the last handle of this process. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            if (--held.handles > 0) {
                return;
            }
            HELD.remove(caseFile);
            try {
                // Deleted while still locked: a process waiting for it notices that the file it opened is gone.
                Files.deleteIfExists(held.lockFile);
            } catch (IOException e) {
                // an emptied lock file that nobody holds is no obstacle either
                try {
                    held.channel.truncate(0);
                } catch (IOException ignored) {
                    // the lock is released below all the same
                }
            } finally {
                try {
                    held.channel.close(); // releases the lock
                } catch (IOException e) {
                    // nothing left to do: the operating system drops the lock with the channel
                }
            }
        }
    }

    private static String describe(String program) {
        String user = System.getProperty("user.name", "?");
        long pid = ProcessHandle.current().pid();
        String name = program == null || program.isBlank() ? "a Fact-Check Workbench program" : program;
        return name + " (pid " + pid + ", user " + user + " on host " + hostName() + ") since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The host's name without asking a name service (which may hang where there is no network). */
    private static String hostName() {
        try {
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.US_ASCII).strip();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("COMPUTERNAME");
        }
        return name == null || name.isBlank() ? "?" : name;
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for another program to finish writing the case.", e);
        }
    }
}
