package org.factcheck.core.analysis;

/**
 * The label a claim receives in an argumentation labelling (Caminada's labels for Dung's semantics).
 */
public enum ArgumentLabel {

    /** Accepted: every claim that attacks it is itself rejected. */
    IN("stands"),
    /** Rejected: at least one accepted claim attacks it. */
    OUT("falls"),
    /** Neither: it depends on attacks that the semantics cannot settle (for example a claim and its rival attacking each other). */
    UNDECIDED("undecided");

    private final String word;

    ArgumentLabel(String word) {
        this.word = word;
    }

    /**
     * Returns what the label means for the claim, as a fact-checker would say it.
     *
     * @return {@code "stands"}, {@code "falls"} or {@code "undecided"}
     */
    public String word() {
        return word;
    }
}
