package org.factcheck.ui.emf;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the image objects EMF.Edit item providers return (URLs, composed images) into SWT images, and
 * owns them until {@link #dispose()}. One instance per viewer keeps the lifetime obvious.
 */
public final class EmfImages {

    private final Map<Object, Image> cache = new HashMap<>();

    public Image get(Object image) {
        if (image == null) {
            return null;
        }
        if (image instanceof Image swt) {
            return swt;
        }
        if (image instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            return parts.isEmpty() ? null : get(parts.get(0));
        }
        return cache.computeIfAbsent(image, key -> {
            ImageDescriptor descriptor = key instanceof URL url ? ImageDescriptor.createFromURL(url)
                    : key instanceof ImageDescriptor d ? d : null;
            return descriptor == null ? null : descriptor.createImage(false);
        });
    }

    public void dispose() {
        cache.values().forEach(image -> {
            if (image != null) {
                image.dispose();
            }
        });
        cache.clear();
    }
}
