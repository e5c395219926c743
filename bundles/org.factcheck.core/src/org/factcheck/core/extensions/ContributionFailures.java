package org.factcheck.core.extensions;

import java.util.List;
import java.util.function.Consumer;

import org.factcheck.core.internal.extensions.Failures;

/**
 * The failures of contributions in this session, and listeners told about each one as it happens. The
 * workbench shows them to the user, the command line prints one line per failure on standard error.
 *
 * @since 0.1.0
 */
public final class ContributionFailures {

    private ContributionFailures() {
    }

    /**
     * Adds a listener, called once for every contribution that fails from now on, on the thread that
     * noticed the failure (any thread). A listener that throws is removed.
     *
     * @param listener the listener
     */
    public static void addListener(Consumer<ContributionFailure> listener) {
        Failures.addListener(listener);
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     */
    public static void removeListener(Consumer<ContributionFailure> listener) {
        Failures.removeListener(listener);
    }

    /**
     * Returns the failures reported so far in this session, oldest first.
     *
     * @return a copy
     */
    public static List<ContributionFailure> reported() {
        return Failures.reported();
    }
}
