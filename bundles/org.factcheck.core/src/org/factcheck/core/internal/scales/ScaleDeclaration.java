package org.factcheck.core.internal.scales;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.core.internal.extensions.ExtensionPointTracker.ElementView;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Rating;
import org.factcheck.model.RatingScale;

/** The ratings a {@code scale} element lists in {@code plugin.xml}, checked when read. */
public final class ScaleDeclaration {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** One declared rating. */
    public record DeclaredRating(String label, String description, int value, boolean scored, String color) {
    }

    private final String name;
    private final List<DeclaredRating> ratings;

    private ScaleDeclaration(String name, List<DeclaredRating> ratings) {
        this.name = name;
        this.ratings = List.copyOf(ratings);
    }

    /**
     * Reads the {@code rating} children of a {@code scale} element.
     *
     * @throws IllegalArgumentException with a sentence naming what is wrong (no ratings, a rating without label,
     *                                  a repeated label, a value that is not a whole number, a colour that is not #RRGGBB)
     */
    public static ScaleDeclaration read(String name, ElementView scale) {
        List<DeclaredRating> ratings = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (ElementView rating : scale.children("rating")) {
            String label = rating.attribute("label");
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("a rating has no label");
            }
            label = label.strip();
            if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the label “" + label + "” is used twice");
            }
            String value = rating.attribute("value");
            int number;
            try {
                number = Integer.parseInt(value == null ? "" : value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the rating “" + label + "” has the value “" + value
                        + "”, not a whole number");
            }
            String color = rating.attribute("color");
            if (color != null && !color.isBlank() && !COLOUR.matcher(color.strip()).matches()) {
                throw new IllegalArgumentException("the rating “" + label + "” has the colour “" + color
                        + "”, not #RRGGBB");
            }
            String scored = rating.attribute("scored");
            ratings.add(new DeclaredRating(label, rating.attribute("description"), number,
                    scored == null || !scored.strip().equalsIgnoreCase("false"),
                    color == null || color.isBlank() ? null : color.strip().toUpperCase(Locale.ROOT)));
        }
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("it lists no rating and names no class");
        }
        return new ScaleDeclaration(name, ratings);
    }

    /** @return a new scale with these ratings, in the declared order */
    public RatingScale create() {
        RatingScale scale = CaseFactory.eINSTANCE.createRatingScale();
        scale.setName(name);
        for (DeclaredRating declared : ratings) {
            Rating rating = DefaultScale.rating(declared.label(), declared.description(), declared.value(), declared.color());
            rating.setScored(declared.scored());
            scale.getRatings().add(rating);
        }
        return scale;
    }

    /** @return why a computed scale is not usable, or {@code null} if it is */
    public static String problem(RatingScale scale) {
        if (scale == null) {
            return "returned null instead of a scale";
        }
        if (scale.eContainer() != null || scale.eResource() != null) {
            return "returned a scale that already belongs to a case";
        }
        if (scale.getRatings().isEmpty()) {
            return "returned a scale without ratings";
        }
        Set<String> labels = new HashSet<>();
        for (Rating rating : scale.getRatings()) {
            if (rating.getLabel() == null || rating.getLabel().isBlank()
                    || !labels.add(rating.getLabel().strip().toLowerCase(Locale.ROOT))) {
                return "returned a scale with a missing or repeated label";
            }
        }
        return null;
    }
}
