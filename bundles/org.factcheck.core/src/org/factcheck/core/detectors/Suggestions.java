package org.factcheck.core.detectors;

import java.util.List;

import org.factcheck.core.extensions.ContributionFailure;

/**
 * What {@link ClaimDetectors#detect(DetectionRequest)} found: the valid suggestions of every detector that
 * ran, sorted by start offset, and the detectors that failed during this call (each is also reported through
 * {@link org.factcheck.core.extensions.ContributionFailures} and disabled for the session).
 *
 * @since 0.1.0
 */
public final class Suggestions {

    private final List<DetectedSuggestion> suggestions;
    private final List<ContributionFailure> failures;
    private final List<DetectorDescriptor> ran;
    private final boolean canceled;

    /**
     * @param suggestions the suggestions
     * @param failures    the failures of this call
     * @param ran         the detectors that ran and returned
     * @param canceled    whether the caller's monitor was canceled before all detectors ran
     */
    public Suggestions(List<DetectedSuggestion> suggestions, List<ContributionFailure> failures,
            List<DetectorDescriptor> ran, boolean canceled) {
        this.suggestions = List.copyOf(suggestions);
        this.failures = List.copyOf(failures);
        this.ran = List.copyOf(ran);
        this.canceled = canceled;
    }

    /** @return the valid suggestions, sorted by start offset, then end, then detector id */
    public List<DetectedSuggestion> suggestions() {
        return suggestions;
    }

    /** @return the detectors that failed during this call, to show to the user */
    public List<ContributionFailure> failures() {
        return failures;
    }

    /** @return the detectors that ran and returned normally */
    public List<DetectorDescriptor> ran() {
        return ran;
    }

    /** @return whether the caller canceled before every detector had run */
    public boolean canceled() {
        return canceled;
    }
}
