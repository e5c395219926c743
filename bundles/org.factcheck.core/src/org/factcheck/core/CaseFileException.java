package org.factcheck.core;

import java.io.Serial;

/**
 * Thrown when a case file cannot be opened. {@link #getMessage()} is a complete sentence for a person:
 * it names the file and says why, for example
 * <i>Cannot open the case file “/cases/a.factcase”: it is not well-formed XML (line 3, column 7: ...).</i>
 */
public class CaseFileException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message a sentence naming the file and the reason
     */
    public CaseFileException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message a sentence naming the file and the reason
     * @param cause   the underlying problem
     */
    public CaseFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
