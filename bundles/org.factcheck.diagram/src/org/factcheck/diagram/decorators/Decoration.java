package org.factcheck.diagram.decorators;

import java.net.URL;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One badge on a claim box: a short text and/or a small icon on a coloured pill, at a position, with a tooltip.
 * Immutable; made with {@link #builder(Position)}.
 *
 * @since 0.1.0
 */
public final class Decoration {

    /** Where on the box a badge goes. New positions may be added in a minor version. */
    public enum Position {
        /** The header's right end, beside the verdict and counts. */
        TOP_RIGHT,
        /** The footer, left of whether the claim stands or falls. */
        BOTTOM_RIGHT
    }

    /** The longest text a badge shows; longer texts are shortened with "…". */
    public static final int MAX_TEXT = 24;

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private final Position position;
    private final String text;
    private final URL icon;
    private final String colour;
    private final String tooltip;

    private Decoration(Builder builder) {
        this.position = builder.position;
        this.text = builder.text;
        this.icon = builder.icon;
        this.colour = builder.colour;
        this.tooltip = builder.tooltip;
    }

    /**
     * Starts a decoration.
     *
     * @param position where it goes
     * @return a builder
     */
    public static Builder builder(Position position) {
        return new Builder(Objects.requireNonNull(position, "position"));
    }

    /** @return where it goes */
    public Position position() {
        return position;
    }

    /** @return its text, or {@code null} for an icon only */
    public String text() {
        return text;
    }

    /** @return its icon (a PNG, 12×12 to 16×16 pixels), or {@code null} for text only */
    public URL icon() {
        return icon;
    }

    /** @return the pill's colour as {@code #RRGGBB}; the text is drawn in black or white, whichever reads better */
    public String colour() {
        return colour;
    }

    /** @return what the claim box's tooltip says about it, or {@code null} */
    public String tooltip() {
        return tooltip;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Decoration d && d.position == position && Objects.equals(d.text, text)
                && Objects.equals(String.valueOf(d.icon), String.valueOf(icon)) && d.colour.equals(colour)
                && Objects.equals(d.tooltip, tooltip);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, text, colour, tooltip);
    }

    @Override
    public String toString() {
        return position + " " + text + " " + colour;
    }

    /** Builds a {@link Decoration}. */
    public static final class Builder {

        private final Position position;
        private String text;
        private URL icon;
        private String colour = "#5B6770";
        private String tooltip;

        private Builder(Position position) {
            this.position = position;
        }

        /**
         * @param value a short text, for example "checked 2024"; shortened beyond {@value Decoration#MAX_TEXT} characters
         * @return this builder
         */
        public Builder text(String value) {
            String stripped = value == null ? null : value.strip();
            this.text = stripped == null || stripped.isEmpty() ? null
                    : stripped.length() <= MAX_TEXT ? stripped : stripped.substring(0, MAX_TEXT - 1) + "…";
            return this;
        }

        /**
         * @param url a PNG, for example {@code getClass().getResource("/icons/seen.png")}; {@code null} for none
         * @return this builder
         */
        public Builder icon(URL url) {
            this.icon = url;
            return this;
        }

        /**
         * @param value the pill's colour, {@code #RRGGBB} (grey if not set)
         * @return this builder
         * @throws IllegalArgumentException if it is not {@code #RRGGBB}
         */
        public Builder colour(String value) {
            if (value == null || !COLOUR.matcher(value.strip()).matches()) {
                throw new IllegalArgumentException("A decoration's colour is #RRGGBB, not " + value);
            }
            this.colour = value.strip().toUpperCase(java.util.Locale.ROOT);
            return this;
        }

        /**
         * @param value one sentence for the claim's tooltip, for example "Checked on 2024-03-02: False."
         * @return this builder
         */
        public Builder tooltip(String value) {
            this.tooltip = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /**
         * @return the decoration
         * @throws IllegalStateException if it has neither text nor icon
         */
        public Decoration build() {
            if (text == null && icon == null) {
                throw new IllegalStateException("A decoration needs a text or an icon");
            }
            return new Decoration(this);
        }
    }
}
