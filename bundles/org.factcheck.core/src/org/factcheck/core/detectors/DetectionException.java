package org.factcheck.core.detectors;

/**
 * Thrown by a {@link ClaimDetector} that cannot handle a document. The message is shown to the user, so it
 * should say what went wrong and, if possible, what to do (for example "No English sentence model: install
 * ...").
 *
 * @since 0.1.0
 */
public class DetectionException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong, for people
     */
    public DetectionException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what went wrong, for people
     * @param cause   the underlying failure
     */
    public DetectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
