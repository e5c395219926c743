package org.factcheck.core.layout;

/**
 * The size of a claim's box.
 *
 * @param width  in pixels, positive
 * @param height in pixels, positive
 */
public record Size(double width, double height) {

    /**
     * Creates a size.
     *
     * @throws IllegalArgumentException if a side is not positive
     */
    public Size {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("A box needs a positive width and height, not " + width + " × " + height);
        }
    }
}
