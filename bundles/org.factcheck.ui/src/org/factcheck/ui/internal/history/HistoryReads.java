package org.factcheck.ui.internal.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * The History view's reading of git, off the UI thread: opening the repository, listing the commits of a file or of
 * one object (which reads and compares every version of the case), what a commit changed. Reads run one at a time,
 * in the order asked, each in a job on the one repository this keeps open; a read asked for while another is running
 * cancels that one, and only the newest read's result is handed to the UI thread. So selecting claim after claim
 * never queues a history per claim, and a slow repository never freezes the window.
 * <p>
 * Everything but {@link Reading#read} runs on the UI thread.
 */
final class HistoryReads {

    /** What a read computes, in the background, from the open history (null outside a repository). */
    interface Reading<T> {
        T read(CaseHistory history, BooleanSupplier cancelled) throws IOException;
    }

    /** What the UI thread does with a read's result: {@code failure} is null when it succeeded. */
    interface Shown<T> {
        void show(T value, Exception failure);
    }

    private final Display display;
    /** The reads are serial: the history (JGit's repository, its caches) is used by one of them at a time. */
    private final ISchedulingRule serial = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };
    /** Read in jobs only; replaced (and the old one closed, in a job) when the file changes. */
    private History history = new History(null);
    private final java.util.List<Channel> channels = new java.util.ArrayList<>();
    private boolean disposed;

    HistoryReads(Display display) {
        this.display = display;
    }

    /**
     * A kind of read whose newest result is the only one wanted (the commits listed; what one commit changed): a read
     * on it cancels the one it replaces, and leaves the reads of other channels alone.
     */
    Channel channel() {
        Channel channel = new Channel();
        channels.add(channel);
        return channel;
    }

    /** Reads the history of {@code file} from now on (null: none); the one read so far is closed. */
    void setFile(Path file) {
        History old = history;
        history = new History(file);
        Job close = Job.create("Closing the git history", monitor -> {
            old.close();
        });
        close.setSystem(true);
        close.setRule(serial);
        close.schedule();
    }

    /** @return whether a read was asked for whose result is not shown yet */
    boolean pending() {
        return channels.stream().anyMatch(c -> c.shown != c.asked);
    }

    /** Drops what is being read and closes the history. */
    void dispose() {
        disposed = true;
        channels.forEach(c -> {
            if (c.running != null) {
                c.running.cancel();
            }
        });
        setFile(null);
    }

    /** See {@link HistoryReads#channel()}. */
    final class Channel {
        /** Counts the reads asked for; a result is shown only if no read was asked for after it. */
        private long asked;
        private long shown;
        private Job running;

        /**
         * Reads in the background and shows the result on the UI thread, unless another read has been asked for on
         * this channel since.
         *
         * @param name what is read, as the progress view shows it
         */
        <T> void read(String name, Reading<T> reading, Shown<T> shownThen) {
            long mine = ++asked;
            if (running != null) {
                running.cancel();
            }
            History source = history;
            Job job = new Job(name) {
                @Override
                protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                    T value = null;
                    Exception failure = null;
                    try {
                        value = reading.read(source.open(), monitor::isCanceled);
                    } catch (IOException | RuntimeException e) {
                        failure = e;
                    }
                    T result = value;
                    Exception failed = failure;
                    if (!monitor.isCanceled() && !display.isDisposed()) {
                        display.asyncExec(() -> showIfNewest(mine, () -> shownThen.show(result, failed)));
                    }
                    return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
                }
            };
            job.setRule(serial);
            job.setSystem(true);
            running = job;
            job.schedule();
        }

        private void showIfNewest(long read, Runnable show) {
            if (read == asked && !disposed) {
                shown = read;
                show.run();
            }
        }
    }

    /** The history of one file, opened by the first read that needs it. */
    private static final class History {
        private final Path file;
        private boolean opened;
        private CaseHistory open;

        History(Path file) {
            this.file = file;
        }

        /** In a read's job: the history, or null when the file is not in a repository. */
        synchronized CaseHistory open() throws IOException {
            if (!opened && file != null) {
                Optional<CaseHistory> found = CaseHistory.of(file);
                open = found.orElse(null);
                opened = true;
            }
            return open;
        }

        synchronized void close() {
            if (open != null) {
                open.close();
            }
            open = null;
            opened = true; // a read still queued for this file finds it closed: it reads nothing
        }
    }
}
