package org.factcheck.ui.emf;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor.PropertyValueWrapper;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * An {@link IPropertySource} backed by an EMF.Edit {@link IItemPropertySource}. Setting a value goes through
 * {@link IItemPropertyDescriptor#setPropertyValue}, which executes a {@code SetCommand} on the command stack of
 * the editing domain that owns the object.
 */
final class EmfPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;
    private final Function<Object, String> labels;

    EmfPropertySource(Object object, IItemPropertySource itemSource, Function<Object, String> labels) {
        this.object = object;
        this.itemSource = itemSource;
        this.labels = labels;
    }

    @Override
    public Object getEditableValue() {
        return itemSource.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> items = itemSource.getPropertyDescriptors(object);
        return items.stream().map(item -> new EmfPropertyDescriptor(object, item, labels)).toArray(IPropertyDescriptor[]::new);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null) {
            return null;
        }
        Object value = descriptor.getPropertyValue(object);
        return value instanceof PropertyValueWrapper wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null) {
            descriptor.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null) {
            descriptor.setPropertyValue(object, value);
        }
    }
}
