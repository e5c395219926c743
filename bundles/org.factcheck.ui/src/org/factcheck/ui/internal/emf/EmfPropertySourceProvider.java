package org.factcheck.ui.internal.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the Properties view an {@link IPropertySource} for every model object whose item provider
 * describes its properties. Edits run as EMF commands on the object's editing domain (see
 * {@link EmfPropertySource#setPropertyValue}), so they are undoable and mark the case dirty.
 */
public final class EmfPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    public EmfPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        Object adapter = adapterFactory.adapt(object, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource itemSource ? new EmfPropertySource(object, itemSource) : null;
    }
}
