package org.factcheck.core.detectors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.SubMonitor;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.internal.extensions.Contribution;
import org.factcheck.core.internal.extensions.ExtensionPointTracker;
import org.factcheck.core.internal.extensions.Guard;

/**
 * The claim detectors contributed to {@code org.factcheck.core.claimDetectors}, and the one safe way to run
 * them. The list follows bundles installed and uninstalled at run time; a detector's class is loaded when it
 * first runs.
 * <p>
 * {@link #detect(DetectionRequest)} runs every detector that handles the request's language and has not
 * failed before, one after the other, each on a worker thread with a time budget (10 s, or the system
 * property {@code factcheck.contributions.timeout} in seconds). A detector that throws, returns {@code null},
 * a {@code null} suggestion or a span beyond the text, or overruns its budget is logged with its bundle's id,
 * reported once through {@link org.factcheck.core.extensions.ContributionFailures}, listed in
 * {@link Suggestions#failures()} and not run again in this session; its other, valid suggestions of that
 * call are kept. Suggestions overlapping {@link DetectionRequest#excluded()} are dropped.
 *
 * @since 0.1.0
 */
public final class ClaimDetectors {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.factcheck.core.claimDetectors";

    private static volatile ClaimDetectors defaultInstance;

    private record Entry(DetectorDescriptor descriptor, Contribution<ClaimDetector> contribution) {
    }

    private final Supplier<List<Entry>> entries;
    private final Duration budget;

    private ClaimDetectors(Supplier<List<Entry>> entries, Duration budget) {
        this.entries = entries;
        this.budget = budget;
    }

    /**
     * Makes a set of detectors that are not contributed, for tests and tools; the application uses
     * {@link #getDefault()}. They are run with the same checks as contributed ones.
     *
     * @param detectors the detectors, by descriptor, in the order to run them
     * @param budget    the time budget of one detector on one document
     */
    public ClaimDetectors(Map<DetectorDescriptor, ? extends ClaimDetector> detectors, Duration budget) {
        List<Entry> list = new ArrayList<>();
        detectors.forEach((d, detector) -> list.add(new Entry(d,
                Contribution.of(EXTENSION_POINT, d.id(), d.name(), d.contributor(), ClaimDetector.class, detector))));
        List<Entry> fixed = List.copyOf(list);
        this.entries = () -> fixed;
        this.budget = budget;
    }

    /**
     * Returns the detectors contributed to the extension point.
     *
     * @return the shared instance
     */
    public static ClaimDetectors getDefault() {
        ClaimDetectors result = defaultInstance;
        if (result == null) {
            synchronized (ClaimDetectors.class) {
                result = defaultInstance;
                if (result == null) {
                    ExtensionPointTracker<Entry> tracker = new ExtensionPointTracker<>(EXTENSION_POINT,
                            ClaimDetectors::parse);
                    result = new ClaimDetectors(tracker::current, null);
                    defaultInstance = result;
                }
            }
        }
        return result;
    }

    /**
     * Returns the detectors that are available now, without those disabled after a failure.
     *
     * @return the descriptors, in registry order
     */
    public List<DetectorDescriptor> descriptors() {
        return entries.get().stream().filter(e -> !e.contribution().isDisabled()).map(Entry::descriptor).toList();
    }

    /**
     * Runs every available detector that handles the request's language.
     *
     * @param request what to look at
     * @return the suggestions and the failures
     */
    public Suggestions detect(DetectionRequest request) {
        return run(request, entries.get());
    }

    /**
     * Runs some of the available detectors.
     *
     * @param request     what to look at
     * @param detectorIds the ids of the detectors to run; unknown and disabled ones are skipped
     * @return the suggestions and the failures
     */
    public Suggestions detect(DetectionRequest request, Collection<String> detectorIds) {
        return run(request, entries.get().stream().filter(e -> detectorIds.contains(e.descriptor().id())).toList());
    }

    private Suggestions run(DetectionRequest request, List<Entry> candidates) {
        List<Entry> applicable = candidates.stream().filter(e -> !e.contribution().isDisabled())
                .filter(e -> e.descriptor().handles(request.language())).toList();
        List<DetectedSuggestion> found = new ArrayList<>();
        List<ContributionFailure> failures = new ArrayList<>();
        List<DetectorDescriptor> ran = new ArrayList<>();
        int length = request.text().codePointCount(0, request.text().length());
        SubMonitor progress = SubMonitor.convert(request.monitor(), "Looking for claims", applicable.size());
        boolean canceled = false;
        for (Entry entry : applicable) {
            SubMonitor step;
            try {
                step = progress.split(1);
            } catch (OperationCanceledException e) {
                canceled = true;
                break;
            }
            Budgeted monitor = new Budgeted(step);
            DetectionRequest own = request.withMonitor(monitor);
            Guard.Outcome<List<ClaimSuggestion>> outcome = Guard.callWithin(entry.contribution(),
                    "detect(" + describe(request) + ")", budget(), monitor::expire, detector -> copy(detector.detect(own)));
            if (outcome.failure() != null) {
                failures.add(outcome.failure());
            } else if (outcome.returned()) {
                if (request.monitor().isCanceled()) {
                    canceled = true;
                }
                ContributionFailure invalid = keepValid(entry, outcome.value(), length, request.excluded(), found);
                if (invalid != null) {
                    failures.add(invalid);
                }
                ran.add(entry.descriptor());
            }
        }
        found.sort(Comparator.comparingInt((DetectedSuggestion s) -> s.suggestion().start())
                .thenComparingInt(s -> s.suggestion().end()).thenComparing(DetectedSuggestion::detectorId));
        return new Suggestions(found, failures, ran, canceled || request.monitor().isCanceled());
    }

    private static ContributionFailure keepValid(Entry entry, List<ClaimSuggestion> returned, int length,
            List<CodePointRange> excluded, List<DetectedSuggestion> found) {
        if (returned == null) {
            return Guard.invalid(entry.contribution(), "returned null instead of a list of suggestions");
        }
        int bad = 0;
        String example = null;
        for (ClaimSuggestion suggestion : returned) {
            if (suggestion == null || suggestion.end() > length) {
                bad++;
                if (example == null) {
                    example = suggestion == null ? "null" : suggestion.start() + "–" + suggestion.end();
                }
            } else if (excluded.stream().noneMatch(r -> r.overlaps(suggestion.start(), suggestion.end()))) {
                found.add(new DetectedSuggestion(entry.descriptor(), suggestion));
            }
        }
        if (bad == 0) {
            return null;
        }
        return Guard.invalid(entry.contribution(), "returned " + bad + " invalid suggestion(s) (for example "
                + example + ", the text has " + length + " code points); they were dropped");
    }

    /** Copies what a detector returned while still guarded: a list that throws when read counts as a throw. */
    private static <T> List<T> copy(List<T> returned) {
        return returned == null ? null : new ArrayList<>(returned);
    }

    private static String describe(DetectionRequest request) {
        String title = request.document().getTitle();
        return title == null || title.isBlank() ? "a document" : "“" + title + "”";
    }

    private static Entry parse(ExtensionPointTracker.ElementView element) {
        if (!"detector".equals(element.name())) {
            return null;
        }
        String id = ExtensionPointTracker.required(element, "id", EXTENSION_POINT);
        String name = ExtensionPointTracker.required(element, "name", EXTENSION_POINT);
        String type = ExtensionPointTracker.required(element, "class", EXTENSION_POINT);
        if (id == null || name == null || type == null) {
            return null;
        }
        String declared = element.attribute("languages");
        List<String> languages = declared == null ? List.of()
                : Arrays.stream(declared.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .filter(s -> !s.isEmpty()).distinct().toList();
        DetectorDescriptor descriptor = new DetectorDescriptor(id, name, languages, element.bundleId(),
                element.attribute("description"));
        return new Entry(descriptor, new Contribution<>(EXTENSION_POINT, id, name, element.bundleId(),
                ClaimDetector.class, () -> element.createExecutable("class")));
    }

    /** The monitor a detector sees: canceled when the caller cancels or its budget ends. */
    private static final class Budgeted extends ProgressMonitorWrapper {

        private volatile boolean expired;

        Budgeted(IProgressMonitor monitor) {
            super(monitor);
        }

        void expire() {
            expired = true;
        }

        @Override
        public boolean isCanceled() {
            return expired || super.isCanceled();
        }
    }


    /** The budget of one call: the one given, or else the configured one, read at each call so that it can be changed. */
    private Duration budget() {
        return budget != null ? budget : Guard.configuredBudget();
    }
}
