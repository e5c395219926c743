package org.factcheck.core.scales;

import org.factcheck.model.RatingScale;

/**
 * Computes a rating scale, for a {@code scale} element of {@code org.factcheck.core.ratingScales} that names a
 * {@code class} instead of listing its ratings (for example a scale read from a newsroom's own service).
 * Most scales need no code: they list their ratings in {@code plugin.xml}.
 *
 * @since 0.1.0
 */
public interface ScaleFactory {

    /**
     * Makes a new scale. It is called each time a case gets the scale, so it must return a new object that no
     * case holds yet.
     *
     * @return the scale: a name and at least one rating, each with a label unique in the scale
     * @throws Exception if the scale cannot be made; it is then reported and disabled for the session
     */
    RatingScale createScale() throws Exception;
}
