package org.factcheck.core.internal.extensions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.factcheck.core.extensions.ContributionFailure;

/** Records failing contributions: disables them, logs them with their bundle's id and tells the listeners once. */
public final class Failures {

    private static final System.Logger LOG = System.getLogger(Failures.class.getName());
    private static final List<Consumer<ContributionFailure>> LISTENERS = new CopyOnWriteArrayList<>();
    private static final List<ContributionFailure> REPORTED = new ArrayList<>();

    private Failures() {
    }

    public static void addListener(Consumer<ContributionFailure> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<ContributionFailure> listener) {
        LISTENERS.remove(listener);
    }

    public static List<ContributionFailure> reported() {
        synchronized (REPORTED) {
            return List.copyOf(REPORTED);
        }
    }

    /**
     * Disables a contribution and, the first time, logs and reports why.
     *
     * @return the failure, or {@code null} if the contribution had already been disabled (then nothing is reported)
     */
    public static ContributionFailure report(Contribution<?> contribution, ContributionFailure.Kind kind, String detail,
            Throwable cause) {
        if (!contribution.disable()) {
            return null;
        }
        ContributionFailure failure = new ContributionFailure(contribution.extensionPoint(), contribution.id(),
                contribution.name(), contribution.bundleId(), kind, detail, cause);
        synchronized (REPORTED) {
            REPORTED.add(failure);
        }
        log(failure);
        for (Consumer<ContributionFailure> listener : LISTENERS) {
            try {
                listener.accept(failure);
            } catch (RuntimeException | LinkageError e) {
                LISTENERS.remove(listener);
                LOG.log(System.Logger.Level.WARNING, "Removed a failing listener of contribution failures", e);
            }
        }
        return failure;
    }

    private static void log(ContributionFailure failure) {
        try {
            PlatformLog.error(failure.bundleId(), failure.message(), failure.cause().orElse(null));
        } catch (LinkageError outsideOsgi) {
            LOG.log(System.Logger.Level.ERROR, failure.message(), failure.cause().orElse(null));
        }
    }

    /** The only class here that touches {@code org.eclipse.core.runtime}'s log. */
    private static final class PlatformLog {
        static void error(String bundleId, String message, Throwable cause) {
            org.eclipse.core.runtime.ILog.of(Failures.class).log(
                    new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.ERROR, bundleId, message, cause));
        }
    }
}
