package org.factcheck.cli.internal;

import java.io.Serial;

/** Ends a command with an exit code and a message for standard error. */
final class CommandException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param exitCode one of {@link ExitCode}
     * @param message  a complete sentence that names the file (if any) and the reason
     */
    CommandException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CommandException usage(String message) {
        return new CommandException(ExitCode.USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
