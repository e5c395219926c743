package org.factcheck.core.internal.scales;

import org.factcheck.core.scales.ScaleFactory;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Rating;
import org.factcheck.model.RatingScale;

/**
 * The workbench's own scale, contributed to {@code org.factcheck.core.ratingScales} as
 * {@code org.factcheck.core.scales.default}. Best first: True (5), Mostly true (4), Half true (3), Mostly false
 * (2), False (1), all scored and coloured from green to red, and Unverifiable (0, not scored, grey). Also used
 * directly where the extension registry is missing (plain Java).
 */
public final class DefaultScale implements ScaleFactory {

    private static final CaseFactory FACTORY = CaseFactory.eINSTANCE;

    @Override
    public RatingScale createScale() {
        return create();
    }

    /** @return a new copy of the default scale */
    public static RatingScale create() {
        RatingScale scale = FACTORY.createRatingScale();
        scale.setName("Default");
        scale.getRatings().add(rating("True", "The statement is accurate and nothing significant is missing.", 5, "#1A9850"));
        scale.getRatings().add(rating("Mostly true", "The statement is accurate but needs clarification or context.", 4, "#91CF60"));
        scale.getRatings().add(rating("Half true", "The statement is partially accurate but leaves out important details or takes things out of context.", 3, "#FEE08B"));
        scale.getRatings().add(rating("Mostly false", "The statement contains an element of truth but ignores critical facts.", 2, "#FC8D59"));
        scale.getRatings().add(rating("False", "The statement is not accurate.", 1, "#D73027"));
        Rating unverifiable = rating("Unverifiable", "The available evidence can neither confirm nor refute the statement.", 0, "#9E9E9E");
        unverifiable.setScored(false);
        scale.getRatings().add(unverifiable);
        return scale;
    }

    static Rating rating(String label, String description, int value, String color) {
        Rating rating = FACTORY.createRating();
        rating.setLabel(label);
        rating.setDescription(description);
        rating.setValue(value);
        rating.setScored(true);
        rating.setColor(color);
        return rating;
    }
}
