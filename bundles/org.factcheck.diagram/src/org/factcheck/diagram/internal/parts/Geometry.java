package org.factcheck.diagram.internal.parts;

import org.eclipse.draw2d.geometry.Rectangle;
import org.factcheck.core.layout.Bounds;

/** Conversions between Draw2d's integer rectangles and the layout's boxes. */
public final class Geometry {

    private Geometry() {
    }

    public static Bounds bounds(Rectangle r) {
        return new Bounds(r.x, r.y, r.width, r.height);
    }

    public static Rectangle rectangle(Bounds b) {
        return new Rectangle((int) Math.round(b.x()), (int) Math.round(b.y()), (int) Math.round(b.width()),
                (int) Math.round(b.height()));
    }
}
