package org.factcheck.core.detectors;

import java.util.Objects;
import java.util.Optional;

import org.factcheck.model.Actor;

/**
 * One claim a {@link ClaimDetector} suggests: a span of {@link DetectionRequest#text()} in Unicode code
 * points (end exclusive), what kind of claim it is, the statement to check, who said it, how sure the
 * detector is and why. Immutable; made with {@link #builder(int, int, SuggestionKind)}.
 *
 * @since 0.1.0
 */
public final class ClaimSuggestion {

    private final int start;
    private final int end;
    private final SuggestionKind kind;
    private final String statement;
    private final String speakerName;
    private final Actor speaker;
    private final double score;
    private final String reason;

    private ClaimSuggestion(Builder builder) {
        this.start = builder.start;
        this.end = builder.end;
        this.kind = builder.kind;
        this.statement = builder.statement;
        this.speakerName = builder.speakerName;
        this.speaker = builder.speaker;
        this.score = builder.score;
        this.reason = builder.reason;
    }

    /**
     * Starts a suggestion. Whether {@code end} lies within the text is checked by the platform, which drops
     * and reports suggestions that do not.
     *
     * @param start the first code point of the span, at least 0
     * @param end   the code point after the span, greater than {@code start}
     * @param kind  what the span is
     * @return a builder
     * @throws IllegalArgumentException if {@code start < 0} or {@code end <= start}
     * @throws NullPointerException     if {@code kind} is {@code null}
     */
    public static Builder builder(int start, int end, SuggestionKind kind) {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A suggestion needs 0 <= start < end, not [" + start + ", " + end + ")");
        }
        return new Builder(start, end, Objects.requireNonNull(kind, "kind"));
    }

    /** @return the first code point of the span */
    public int start() {
        return start;
    }

    /** @return the code point after the span */
    public int end() {
        return end;
    }

    /** @return the kind of claim */
    public SuggestionKind kind() {
        return kind;
    }

    /** @return the statement to check (for example the quote without its quotation marks), or {@code null} to use the span's text */
    public String statement() {
        return statement;
    }

    /** @return the speaker's name as the text gives it, or {@code null} if none was found */
    public String speakerName() {
        return speakerName;
    }

    /** @return the case actor the speaker was matched to, if any */
    public Optional<Actor> speaker() {
        return Optional.ofNullable(speaker);
    }

    /** @return how sure the detector is, from 0 to 1 */
    public double score() {
        return score;
    }

    /** @return why the span was suggested, for people (for example "quotation marks followed by 'said'"), or {@code null} */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return kind + "[" + start + ", " + end + ") " + score + (speakerName == null ? "" : " " + speakerName);
    }

    /** Builds a {@link ClaimSuggestion}. */
    public static final class Builder {

        private final int start;
        private final int end;
        private final SuggestionKind kind;
        private String statement;
        private String speakerName;
        private Actor speaker;
        private double score = 0.5;
        private String reason;

        private Builder(int start, int end, SuggestionKind kind) {
            this.start = start;
            this.end = end;
            this.kind = kind;
        }

        /**
         * @param text the statement to check; {@code null} or blank for the span's text
         * @return this builder
         */
        public Builder statement(String text) {
            this.statement = text == null || text.isBlank() ? null : text.strip();
            return this;
        }

        /**
         * @param name the speaker's name as the text gives it; {@code null} or blank for none
         * @return this builder
         */
        public Builder speakerName(String name) {
            this.speakerName = name == null || name.isBlank() ? null : name.strip();
            return this;
        }

        /**
         * @param actor the case actor the speaker is, or {@code null}; should be one of {@link DetectionRequest#actors()}
         * @return this builder
         */
        public Builder speaker(Actor actor) {
            this.speaker = actor;
            return this;
        }

        /**
         * @param value how sure the detector is, from 0 to 1 (0.5 if not set)
         * @return this builder
         * @throws IllegalArgumentException if the value is not a number or outside [0, 1]
         */
        public Builder score(double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("A score lies between 0 and 1, not " + value);
            }
            this.score = value;
            return this;
        }

        /**
         * @param text why the span was suggested, or {@code null}
         * @return this builder
         */
        public Builder reason(String text) {
            this.reason = text == null || text.isBlank() ? null : text.strip();
            return this;
        }

        /** @return the suggestion */
        public ClaimSuggestion build() {
            return new ClaimSuggestion(this);
        }
    }
}
