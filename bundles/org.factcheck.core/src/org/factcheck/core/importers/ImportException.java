package org.factcheck.core.importers;

import java.io.Serial;

/**
 * Thrown when a file cannot be imported as an article. The message is a complete sentence meant for
 * the person who chose the file: it names the file and says what is wrong with it.
 */
public class ImportException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message a sentence naming the file and the reason
     */
    public ImportException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message a sentence naming the file and the reason
     * @param cause   the underlying problem
     */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
