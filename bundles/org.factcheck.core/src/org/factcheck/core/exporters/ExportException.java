package org.factcheck.core.exporters;

import java.io.Serial;

/**
 * Thrown when a case cannot be exported. The message is a complete sentence for the person who asked for
 * the export: it names the format or file and says what is wrong.
 */
public class ExportException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message a sentence naming what could not be exported and why
     */
    public ExportException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message a sentence naming what could not be exported and why
     * @param cause   the underlying problem
     */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
