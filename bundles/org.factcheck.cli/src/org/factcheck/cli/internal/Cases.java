package org.factcheck.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.core.CaseChangedOnDiskException;
import org.factcheck.core.CaseFileException;
import org.factcheck.core.CaseLock;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;

/** Opening and saving the case a command works on, with the exit codes for failures. */
final class Cases {

    private Cases() {
    }

    /** The one CASE argument of a command. */
    static Path caseArgument(Args args, String command) throws CommandException {
        if (args.positional().isEmpty()) {
            throw CommandException.usage("give the case file (" + command + " CASE.factcase).");
        }
        if (args.positional().size() > 1) {
            throw CommandException.usage("give one case file, not " + args.positional().size() + ": "
                    + String.join(" ", args.positional()) + ".");
        }
        return Path.of(args.positional().get(0));
    }

    static Resource load(Path file) throws CommandException {
        try {
            return CaseStore.load(new ResourceSetImpl(), file);
        } catch (CaseFileException e) {
            throw new CommandException(ExitCode.INPUT, e.getMessage());
        }
    }

    static CaseFile root(Resource resource) {
        return (CaseFile) resource.getContents().get(0);
    }

    /**
     * Takes the lock of the case a command will change, waiting a while for another writer; the case must exist.
     *
     * @param file    the case
     * @param command the command, for other writers' messages ("factcheck import")
     */
    static CaseLock lock(Path file, String command) throws CommandException {
        if (!Files.isRegularFile(file)) {
            load(file); // says why it cannot be opened
        }
        CaseLock.setProgramName(command);
        try {
            return CaseLock.acquire(file, lockWait());
        } catch (CaseLock.LockedException e) {
            throw new CommandException(ExitCode.BUSY, e.getMessage());
        } catch (IOException e) {
            throw new CommandException(ExitCode.OUTPUT, "Cannot change “" + file + "”: its lock file "
                    + CaseLock.lockFile(file.toAbsolutePath()) + " cannot be written (" + e.getMessage()
                    + "). The case was not changed.");
        }
    }

    /** How long to wait for another writer: {@code FACTCHECK_LOCK_WAIT} seconds, by default 10. */
    private static Duration lockWait() {
        String value = System.getenv("FACTCHECK_LOCK_WAIT");
        if (value != null && !value.isBlank()) {
            try {
                return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(value.strip()) * 1000)));
            } catch (NumberFormatException e) {
                // ignored: the default
            }
        }
        return CaseLock.DEFAULT_WAIT;
    }

    /** Refuses to write {@code output} when it is the same file as {@code input} (also through a link). */
    static void checkNotSame(Path output, Path input, String what) throws CommandException {
        try {
            if (Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input)) {
                throw CommandException.usage(what);
            }
        } catch (IOException e) {
            // cannot be compared: the command's own checks report unreadable files
        }
    }

    static void save(Resource resource, Path file) throws CommandException {
        try {
            CaseStore.save(resource, file);
        } catch (CaseLock.LockedException | CaseChangedOnDiskException e) {
            throw new CommandException(ExitCode.BUSY, e.getMessage());
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw new CommandException(ExitCode.OUTPUT, message.startsWith("Cannot save")
                    ? message : "Cannot save “" + file + "”: " + message + ". The file is unchanged.");
        }
    }
}
