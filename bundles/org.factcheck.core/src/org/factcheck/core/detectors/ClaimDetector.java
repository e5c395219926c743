package org.factcheck.core.detectors;

import java.util.List;

/**
 * Suggests claims in a document: spans of its text that quote or report what someone said, or that are
 * worth checking. Contributed through the extension point {@code org.factcheck.core.claimDetectors} and
 * called only through {@link ClaimDetectors}, which gives each call a time budget, checks what it returns
 * and disables a detector that fails for the rest of the session.
 * <p>
 * One instance is created on first use and may be called from several threads at once (one call per
 * document); an implementation should keep no state between calls, or guard it.
 *
 * @since 0.1.0
 */
public interface ClaimDetector {

    /**
     * Finds claims in the request's text.
     * <p>
     * The detector should skip {@link DetectionRequest#excluded()} regions, poll
     * {@link DetectionRequest#monitor()}'s {@code isCanceled()} between units of work (sentences,
     * paragraphs) and return promptly when it is set: a detector still running when its time budget ends is
     * abandoned, reported to the user and disabled. It should treat an interrupt of its thread the same way.
     *
     * @param request the document, its text, language, the case's actors and the regions to skip
     * @return the suggestions, in any order; never {@code null} (an empty list when there is nothing). A
     *         suggestion whose end lies beyond the text is dropped and the detector is reported; one that
     *         overlaps an excluded region is dropped silently
     * @throws DetectionException if this document cannot be handled (for example its language is not
     *                            supported, or a model file is missing); the message is shown to the user
     */
    List<ClaimSuggestion> detect(DetectionRequest request) throws DetectionException;
}
