package org.factcheck.core.internal.exporters;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serial;
import java.nio.file.Path;

import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.core.exporters.ExportException;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.internal.AtomicFiles;
import org.factcheck.core.internal.exporters.ExporterRegistry.Entry;
import org.factcheck.core.internal.extensions.CaseWatch;
import org.factcheck.core.internal.extensions.Guard;

/**
 * Runs one exporter into a file through {@link Guard}. The exporter writes to a temporary file beside the target,
 * which replaces the target only when the exporter returned normally and wrote something
 * ({@link AtomicFiles#write}); otherwise no file is left behind and the target is as it was.
 * <p>
 * What the exporter declares ({@link ExportException}: the case or an option does not suit the format;
 * {@link IOException}: writing failed) is the user's to fix and leaves the exporter enabled. Anything else it throws
 * (a {@code RuntimeException}, a {@code LinkageError} …), and writing nothing at all, is a fault of the exporter: it
 * is logged with its bundle's id, reported once ({@code ContributionFailures}) and disabled for the session. So is
 * changing the case it was given to write ({@link CaseWatch}): what it changed is undone and nothing is written.
 */
public final class GuardedExport {

    private GuardedExport() {
    }

    /**
     * Exports with one exporter.
     *
     * @param entry   the exporter
     * @param context the case and the options
     * @param target  the absolute, normalized file to write; its folder exists
     * @param shown   how messages name the file
     * @throws ExportException if the exporter refused the case, failed (then it is disabled) or is disabled already
     * @throws IOException     if writing failed
     */
    public static void run(Entry entry, ExportContext context, Path target, String shown)
            throws ExportException, IOException {
        String name = "“" + entry.descriptor().name() + "”";
        CaseWatch watch = CaseWatch.start(context.caseFile());
        Guard.Outcome<IOException> outcome;
        try {
            outcome = Guard.call(entry.contribution(), "export(" + shown + ")",
                    exporter -> write(exporter, context, target, watch));
        } finally {
            if (!watch.stopped()) {
                watch.stopAndUndo(); // the exporter threw before the file was settled
            }
        }
        if (outcome.failure() != null) {
            throw faulty(name, outcome.failure());
        }
        if (!outcome.returned()) {
            throw new ExportException("The exporter " + name + " failed before and is disabled for this session; "
                    + "choose another format. Nothing was written.");
        }
        IOException declared = outcome.value();
        if (declared instanceof Refused refused) {
            throw refused.reason;
        }
        if (declared instanceof Meddled) {
            ContributionFailure invalid = Guard.invalid(entry.contribution(), "export(" + shown + ") changed the case"
                    + " it was given to write (" + watch.what() + "; an exporter must only read it; the change was"
                    + " undone)");
            throw invalid != null ? faulty(name, invalid)
                    : new ExportException("The exporter " + name + " changed the case. Nothing was written.");
        }
        if (declared instanceof Empty) {
            ContributionFailure invalid = Guard.invalid(entry.contribution(), "export(" + shown + ") wrote nothing");
            throw invalid != null ? faulty(name, invalid)
                    : new ExportException("The exporter " + name + " wrote nothing. Nothing was written.");
        }
        if (declared != null) {
            throw new IOException("Cannot write " + shown + ": " + declared.getMessage(), declared);
        }
    }

    private static ExportException faulty(String name, ContributionFailure failure) {
        return new ExportException("The exporter " + name + " failed, a fault of its plugin (" + failure.bundleId()
                + "): " + failure.detail() + ". It is disabled for this session. Nothing was written.",
                failure.cause().orElse(null));
    }

    /**
     * Writes the file with the exporter; returns what it declared (or why the write failed), null when the file was
     * written. Anything else the exporter throws goes on to the guard.
     */
    private static IOException write(CaseExporter exporter, ExportContext context, Path target, CaseWatch watch) {
        try {
            AtomicFiles.write(target, raw -> {
                Counting counted = new Counting(raw);
                OutputStream out = new BufferedOutputStream(counted);
                try {
                    exporter.export(context, out);
                } catch (ExportException e) {
                    throw new Refused(e);
                }
                out.flush();
                if (watch.stopAndUndo()) {
                    throw new Meddled(); // what it wrote may show its change: no file
                }
                if (counted.count == 0) {
                    throw new Empty();
                }
            });
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /** Stops the atomic write when the exporter refused the case. */
    private static final class Refused extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final transient ExportException reason;

        Refused(ExportException reason) {
            super(reason.getMessage(), reason);
            this.reason = reason;
        }
    }

    /** Stops the atomic write when the exporter changed the case. */
    private static final class Meddled extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;

        Meddled() {
            super("the exporter changed the case");
        }
    }

    /** Stops the atomic write when the exporter wrote nothing. */
    private static final class Empty extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;

        Empty() {
            super("nothing was written");
        }
    }

    /** Counts the bytes that reach the file. */
    private static final class Counting extends FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
