package org.factcheck.core.detectors;

/**
 * A suggestion together with the detector that made it.
 *
 * @since 0.1.0
 */
public final class DetectedSuggestion {

    private final DetectorDescriptor detector;
    private final ClaimSuggestion suggestion;

    /**
     * @param detector   the detector
     * @param suggestion what it suggested
     */
    public DetectedSuggestion(DetectorDescriptor detector, ClaimSuggestion suggestion) {
        this.detector = detector;
        this.suggestion = suggestion;
    }

    /** @return the id of the detector that made the suggestion */
    public String detectorId() {
        return detector.id();
    }

    /** @return the detector that made the suggestion */
    public DetectorDescriptor detector() {
        return detector;
    }

    /** @return the suggestion */
    public ClaimSuggestion suggestion() {
        return suggestion;
    }

    @Override
    public String toString() {
        return detector.id() + ": " + suggestion;
    }
}
