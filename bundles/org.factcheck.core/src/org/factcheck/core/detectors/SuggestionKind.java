package org.factcheck.core.detectors;

/**
 * What a {@link ClaimSuggestion} is. New constants may be added in a minor version; a switch over this enum
 * should have a default branch.
 *
 * @since 0.1.0
 */
public enum SuggestionKind {
    /** Words in quotation marks attributed to a speaker ("We will win," she said). */
    DIRECT_QUOTE,
    /** Reported speech without quotation marks (She said they would win). */
    INDIRECT_SPEECH,
    /** A statement of fact worth checking, with or without a speaker (Unemployment fell by 3% last year). */
    CHECK_WORTHY
}
