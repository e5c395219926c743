package org.factcheck.core.extensions;

import java.util.Objects;
import java.util.Optional;

/**
 * A contribution to one of the workbench's extension points that failed: it threw (an exception or an error
 * such as {@code NoSuchMethodError}), returned something invalid, did not finish within its time budget, or
 * could not be created. The platform logs it with the contributing bundle's id, reports it once to the user
 * and disables the contribution for the rest of the session.
 *
 * @since 0.1.0
 */
public final class ContributionFailure {

    /** How a contribution failed. New constants may be added in a minor version. */
    public enum Kind {
        /** Its class could not be loaded or instantiated. */
        NOT_CREATED,
        /** It threw an exception or an error. */
        THREW,
        /** It returned {@code null} or an invalid value. */
        INVALID_RESULT,
        /** It did not return within its time budget. */
        TIMED_OUT
    }

    private final String extensionPoint;
    private final String contributionId;
    private final String contributionName;
    private final String bundleId;
    private final Kind kind;
    private final String detail;
    private final Throwable cause;

    /**
     * Creates a failure record.
     *
     * @param extensionPoint   the extension point's id, for example {@code org.factcheck.core.caseChecks}
     * @param contributionId   the contribution's id
     * @param contributionName the contribution's name, for people
     * @param bundleId         the symbolic name of the contributing bundle
     * @param kind             how it failed
     * @param detail           what happened, for people
     * @param cause            the throwable, or {@code null}
     */
    public ContributionFailure(String extensionPoint, String contributionId, String contributionName, String bundleId,
            Kind kind, String detail, Throwable cause) {
        this.extensionPoint = Objects.requireNonNull(extensionPoint);
        this.contributionId = Objects.requireNonNull(contributionId);
        this.contributionName = contributionName == null ? contributionId : contributionName;
        this.bundleId = Objects.requireNonNull(bundleId);
        this.kind = Objects.requireNonNull(kind);
        this.detail = Objects.requireNonNull(detail);
        this.cause = cause;
    }

    /** @return the extension point's id */
    public String extensionPoint() {
        return extensionPoint;
    }

    /** @return the contribution's id */
    public String contributionId() {
        return contributionId;
    }

    /** @return the contribution's name */
    public String contributionName() {
        return contributionName;
    }

    /** @return the symbolic name of the bundle that contributed it */
    public String bundleId() {
        return bundleId;
    }

    /** @return how it failed */
    public Kind kind() {
        return kind;
    }

    /** @return what happened, for people */
    public String detail() {
        return detail;
    }

    /** @return the throwable, if there was one */
    public Optional<Throwable> cause() {
        return Optional.ofNullable(cause);
    }

    /**
     * Returns one line for people, for example <i>“Bad check” (com.example.checks, org.factcheck.core.caseChecks)
     * threw java.lang.NoSuchMethodError: ...; disabled for this session.</i>
     *
     * @return the message
     */
    public String message() {
        return "“" + contributionName + "” (" + bundleId + ", " + extensionPoint + ") " + detail
                + "; disabled for this session.";
    }

    @Override
    public String toString() {
        return message();
    }
}
