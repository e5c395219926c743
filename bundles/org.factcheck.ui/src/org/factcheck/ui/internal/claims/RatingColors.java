package org.factcheck.ui.internal.claims;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.factcheck.model.Rating;

/** The colour of a verdict (the rating's #RRGGBB) and a text colour that stays readable on it. */
final class RatingColors {

    private final LocalResourceManager resources;
    private final Control owner;

    RatingColors(Control owner) {
        this.owner = owner;
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    Color background(Rating rating) {
        RGB rgb = rgb(rating);
        return rgb == null ? null : resources.create(ColorDescriptor.createFrom(rgb));
    }

    Color foreground(Rating rating) {
        RGB rgb = rgb(rating);
        if (rgb == null) {
            return null;
        }
        double luminance = 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue;
        return owner.getDisplay().getSystemColor(luminance < 140 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK);
    }

    /** The rating's colour, or {@code null} when it has none or it is not #RRGGBB. */
    static RGB rgb(Rating rating) {
        String color = rating == null ? null : rating.getColor();
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            return null;
        }
        int value = Integer.parseInt(color.substring(1), 16);
        return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }
}
