package org.factcheck.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * JFace label provider over EMF.Edit item providers (text and icon), standing in for
 * {@code emf.edit.ui}'s {@code AdapterFactoryLabelProvider}.
 */
public class EmfLabelProvider extends LabelProvider {

    protected final AdapterFactory adapterFactory;
    private final EmfImages images = new EmfImages();

    public EmfLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (provider instanceof IItemLabelProvider labels) {
            return labels.getText(element);
        }
        return element == null ? "" : element.toString();
    }

    @Override
    public Image getImage(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? images.get(labels.getImage(element)) : null;
    }

    protected EmfImages images() {
        return images;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
