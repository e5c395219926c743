package org.factcheck.core.internal.extensions;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.extensions.ContributionFailure.Kind;

/**
 * Calls contributions safely, in the manner of Eclipse's {@code SafeRunner} but also with a time budget: a
 * contribution that cannot be created, throws anything short of a virtual machine error (including
 * {@code LinkageError}s such as {@code NoSuchMethodError}), or does not return within its budget is reported
 * through {@link Failures} (logged with its bundle's id, told once to the user) and disabled for the session.
 * A disabled contribution is not called again.
 */
public final class Guard {

    /** The system property that sets the time budget of detectors and checks, in seconds. */
    public static final String BUDGET_PROPERTY = "factcheck.contributions.timeout";

    private static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);

    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Daemon threads, so that a contribution that hangs for ever does not keep the process alive. */
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "factcheck-contribution-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** What a contribution does with its object. */
    @FunctionalInterface
    public interface Call<T, R> {
        R apply(T object) throws Exception;
    }

    /**
     * The result of a guarded call: its value if it returned, otherwise the failure (or nothing if the
     * contribution was disabled already and was not called).
     */
    public record Outcome<R>(boolean returned, R value, ContributionFailure failure) {
        public static <R> Outcome<R> skipped() {
            return new Outcome<>(false, null, null);
        }
    }

    private Guard() {
    }

    /**
     * The configured time budget: the system property {@value #BUDGET_PROPERTY} in seconds (decimals allowed),
     * 10 seconds if it is not set or not a positive number.
     */
    public static Duration configuredBudget() {
        String value = System.getProperty(BUDGET_PROPERTY);
        if (value != null) {
            try {
                double seconds = Double.parseDouble(value.strip());
                if (seconds > 0 && seconds < 86_400) {
                    return Duration.ofMillis((long) (seconds * 1000));
                }
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return DEFAULT_BUDGET;
    }

    /** Calls a contribution on this thread, without a time budget (for quick calls such as labels and decorations). */
    public static <T, R> Outcome<R> call(Contribution<T> contribution, String operation, Call<T, R> call) {
        if (contribution.isDisabled()) {
            return Outcome.skipped();
        }
        T object;
        try {
            object = contribution.instance();
        } catch (Throwable t) {
            rethrowIfFatal(t);
            return failed(contribution, Kind.NOT_CREATED, "could not be created: " + describe(t), t);
        }
        try {
            return new Outcome<>(true, call.apply(object), null);
        } catch (Throwable t) {
            rethrowIfFatal(t);
            return failed(contribution, Kind.THREW, operation + " threw " + describe(t), t);
        }
    }

    /**
     * Calls a contribution on a worker thread and waits at most {@code budget} for it. When the budget ends
     * the worker is interrupted, {@code onTimeout} runs (for example to cancel a progress monitor) and the
     * contribution is reported and disabled; the worker thread is abandoned.
     */
    public static <T, R> Outcome<R> callWithin(Contribution<T> contribution, String operation, Duration budget,
            Runnable onTimeout, Call<T, R> call) {
        if (contribution.isDisabled()) {
            return Outcome.skipped();
        }
        Future<Outcome<R>> future = EXECUTOR.submit(() -> call(contribution, operation, call));
        try {
            return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            if (onTimeout != null) {
                onTimeout.run();
            }
            return failed(contribution, Kind.TIMED_OUT,
                    operation + " did not finish within " + seconds(budget) + " s (the limit is set by -D"
                            + BUDGET_PROPERTY + "=SECONDS)", null);
        } catch (ExecutionException | CancellationException e) {
            return failed(contribution, Kind.THREW, operation + " failed: " + describe(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Outcome.skipped();
        }
    }

    /** Reports a contribution whose result is invalid; it is disabled. */
    public static ContributionFailure invalid(Contribution<?> contribution, String detail) {
        return Failures.report(contribution, Kind.INVALID_RESULT, detail, null);
    }

    private static <R> Outcome<R> failed(Contribution<?> contribution, Kind kind, String detail, Throwable cause) {
        return new Outcome<>(false, null, Failures.report(contribution, kind, detail, cause));
    }

    private static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
            throw (VirtualMachineError) t;
        }
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "an unknown error";
        }
        return t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static String seconds(Duration budget) {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }
}
