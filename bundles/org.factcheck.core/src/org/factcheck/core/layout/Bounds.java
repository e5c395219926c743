package org.factcheck.core.layout;

/**
 * A claim's box: its top-left corner and size.
 *
 * @param x      left edge, pixels to the right
 * @param y      top edge, pixels downwards
 * @param width  in pixels
 * @param height in pixels
 */
public record Bounds(double x, double y, double width, double height) {

    /** @return the right edge */
    public double right() {
        return x + width;
    }

    /** @return the bottom edge */
    public double bottom() {
        return y + height;
    }

    /** @return the centre */
    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    /**
     * Tells whether two boxes overlap or come closer than a gap.
     *
     * @param other another box
     * @param gap   the free space required between them; 0 for plain overlap (touching edges do not overlap)
     * @return whether they are closer than {@code gap}
     */
    public boolean overlaps(Bounds other, double gap) {
        return x < other.right() + gap && other.x < right() + gap && y < other.bottom() + gap && other.y < bottom() + gap;
    }

    /**
     * Returns this box moved.
     *
     * @param dx to the right
     * @param dy downwards
     * @return the moved box
     */
    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    /**
     * Returns where the line from this box's centre towards a point leaves the box.
     *
     * @param towards the point
     * @return the point on the box's border; the centre if {@code towards} is the centre
     */
    public Point borderPoint(Point towards) {
        Point c = center();
        double dx = towards.x() - c.x();
        double dy = towards.y() - c.y();
        if (dx == 0 && dy == 0) {
            return c;
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : (width / 2) / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : (height / 2) / Math.abs(dy));
        return new Point(c.x() + dx * scale, c.y() + dy * scale);
    }
}
