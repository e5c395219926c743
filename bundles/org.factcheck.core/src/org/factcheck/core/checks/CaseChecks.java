package org.factcheck.core.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.internal.extensions.Contribution;
import org.factcheck.core.internal.extensions.ExtensionPointTracker;
import org.factcheck.core.internal.extensions.Guard;
import org.factcheck.model.CaseFile;

/**
 * The case checks contributed to {@code org.factcheck.core.caseChecks} — the built-in model, text, editorial,
 * consistency and merge-conflict checks of this bundle first, then the others by id — and the one safe way
 * to run them. The list follows bundles installed and uninstalled at run time.
 * <p>
 * {@link #run(CaseFile)} runs each check that has not failed before on a worker thread with a time budget
 * (10 s, or the system property {@code factcheck.contributions.timeout} in seconds). A check that cannot be
 * created, throws (also {@code Error}s such as {@code NoSuchMethodError}), returns {@code null} or a list with
 * {@code null} in it, or overruns its budget, is logged with its bundle's id, reported once through
 * {@link org.factcheck.core.extensions.ContributionFailures}, listed in {@link CheckResult#failures()} and not
 * run again in this session; the other checks run as usual.
 *
 * @since 0.1.0
 */
public final class CaseChecks {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.factcheck.core.caseChecks";

    /** The id of the built-in check that reports the consistency analysis of the claim graph. */
    public static final String CONSISTENCY = "org.factcheck.core.checks.consistency";

    private static final String CORE = "org.factcheck.core";

    private static volatile CaseChecks defaultInstance;

    private record Entry(CheckDescriptor descriptor, Contribution<CaseCheck> contribution) {
    }

    private final Supplier<List<Entry>> entries;
    private final Duration budget;
    private final ExtensionPointTracker<Entry> tracker;

    private CaseChecks(ExtensionPointTracker<Entry> tracker, Duration budget) {
        this.tracker = tracker;
        this.entries = () -> ordered(tracker.current());
        this.budget = budget;
    }

    /**
     * Makes a set of checks that are not contributed, for tests and tools; they run with the same guard.
     *
     * @param checks the checks with their descriptors, in the order to run them
     * @param budget the time budget of one check on one case
     */
    public CaseChecks(List<java.util.Map.Entry<CheckDescriptor, ? extends CaseCheck>> checks, Duration budget) {
        List<Entry> list = new ArrayList<>();
        for (var pair : checks) {
            CheckDescriptor d = pair.getKey();
            list.add(new Entry(d, Contribution.of(EXTENSION_POINT, d.id(), d.name(), d.contributor(), CaseCheck.class,
                    pair.getValue())));
        }
        List<Entry> fixed = List.copyOf(list);
        this.tracker = null;
        this.entries = () -> fixed;
        this.budget = budget;
    }

    /** @return the checks contributed to the extension point, the built-in ones included */
    public static CaseChecks getDefault() {
        CaseChecks result = defaultInstance;
        if (result == null) {
            synchronized (CaseChecks.class) {
                result = defaultInstance;
                if (result == null) {
                    result = new CaseChecks(new ExtensionPointTracker<>(EXTENSION_POINT, CaseChecks::parse),
                            null);
                    defaultInstance = result;
                }
            }
        }
        return result;
    }

    /** @return the checks available now, without those disabled after a failure, in the order they run */
    public List<CheckDescriptor> descriptors() {
        return entries.get().stream().filter(e -> !e.contribution().isDisabled()).map(Entry::descriptor).toList();
    }

    /**
     * Returns why the checks that are still installed but disabled failed (a check whose bundle was removed since
     * is left out).
     *
     * @return the failures, oldest first
     */
    public List<ContributionFailure> failures() {
        List<Entry> all = entries.get();
        return org.factcheck.core.extensions.ContributionFailures.reported().stream()
                .filter(f -> f.extensionPoint().equals(EXTENSION_POINT))
                .filter(f -> all.stream().anyMatch(e -> e.contribution().isDisabled()
                        && e.descriptor().id().equals(f.contributionId())
                        && e.descriptor().contributor().equals(f.bundleId())))
                .toList();
    }

    /**
     * Tells {@code listener} (on any thread) when checks were contributed or removed at run time.
     *
     * @param listener the listener
     */
    public void addChangeListener(Runnable listener) {
        if (tracker != null) {
            tracker.addChangeListener(listener);
        }
    }

    /** @param listener a listener added before */
    public void removeChangeListener(Runnable listener) {
        if (tracker != null) {
            tracker.removeChangeListener(listener);
        }
    }

    /**
     * Runs every available check on a case. While a check runs on its worker thread the calling thread
     * waits, so the case must not be changed concurrently by the caller.
     *
     * @param caseFile the case
     * @return the problems and the failures
     */
    public CheckResult run(CaseFile caseFile) {
        List<CaseProblem> problems = new ArrayList<>();
        List<ContributionFailure> failures = new ArrayList<>();
        for (Entry entry : entries.get()) {
            Guard.Outcome<List<CaseProblem>> outcome = Guard.callWithin(entry.contribution(), "check(case)", budget(),
                    null, check -> {
                        List<CaseProblem> returned = check.check(caseFile);
                        return returned == null ? null : new ArrayList<>(returned); // read while guarded
                    });
            if (outcome.failure() != null) {
                failures.add(outcome.failure());
            } else if (outcome.returned()) {
                List<CaseProblem> found = outcome.value();
                if (found == null || found.contains(null)) {
                    ContributionFailure invalid = Guard.invalid(entry.contribution(),
                            found == null ? "returned null instead of a list of problems"
                                    : "returned a list of problems with null in it");
                    if (invalid != null) {
                        failures.add(invalid);
                    }
                    if (found == null) {
                        continue;
                    }
                }
                found.stream().filter(p -> p != null).map(p -> p.withCheck(entry.descriptor().id())).forEach(problems::add);
            }
        }
        return new CheckResult(problems, failures);
    }

    private static List<Entry> ordered(List<Entry> entries) {
        List<Entry> builtIn = entries.stream().filter(e -> e.descriptor().contributor().equals(CORE)).toList();
        List<Entry> others = entries.stream().filter(e -> !e.descriptor().contributor().equals(CORE))
                .sorted(Comparator.comparing(e -> e.descriptor().id())).toList();
        List<Entry> all = new ArrayList<>(builtIn);
        all.addAll(others);
        return all;
    }

    private static Entry parse(ExtensionPointTracker.ElementView element) {
        if (!"check".equals(element.name())) {
            return null;
        }
        String id = ExtensionPointTracker.required(element, "id", EXTENSION_POINT);
        String name = ExtensionPointTracker.required(element, "name", EXTENSION_POINT);
        String type = ExtensionPointTracker.required(element, "class", EXTENSION_POINT);
        if (id == null || name == null || type == null) {
            return null;
        }
        CheckDescriptor descriptor = new CheckDescriptor(id, name, element.bundleId(), element.attribute("description"));
        return new Entry(descriptor, new Contribution<>(EXTENSION_POINT, id, name, element.bundleId(), CaseCheck.class,
                () -> element.createExecutable("class")));
    }

    /** The budget of one call: the one given, or else the configured one, read at each call so that it can be changed. */
    private Duration budget() {
        return budget != null ? budget : Guard.configuredBudget();
    }
}
