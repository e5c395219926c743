package org.factcheck.ui.emf;

import java.util.function.Function;

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
    private final Function<Object, String> labels;

    /** Property values are shown with the item providers' labels. */
    public EmfPropertySourceProvider(AdapterFactory adapterFactory) {
        this(adapterFactory, value -> null);
    }

    /**
     * Property values are shown with {@code labels} where it returns text, with the item providers' labels
     * otherwise (so an application can word references and enumerations its own way).
     */
    public EmfPropertySourceProvider(AdapterFactory adapterFactory, Function<Object, String> labels) {
        this.adapterFactory = adapterFactory;
        this.labels = labels;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        Object adapter = adapterFactory.adapt(object, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource itemSource ? new EmfPropertySource(object, itemSource, labels) : null;
    }
}
