package org.factcheck.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * Properties-view descriptor for one EMF.Edit property: label, category, description and the cell editor.
 * Single-valued attributes of a data type get a text editor that converts through the data type's factory
 * (so dates and numbers are validated); enumerations and references get a drop-down of the choices the item
 * provider offers. Many-valued features and read-only properties are shown but not edited here.
 */
final class EmfPropertyDescriptor implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor item;
    private final Function<Object, String> labels;

    EmfPropertyDescriptor(Object object, IItemPropertyDescriptor item, Function<Object, String> labels) {
        this.object = object;
        this.item = item;
        this.labels = labels;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!item.canSetProperty(object) || item.isMany(object)) {
            return null;
        }
        Object feature = item.getFeature(object);
        Collection<?> choices = item.getChoiceOfValues(object);
        if (choices != null) {
            List<Object> values = new ArrayList<>(choices);
            if (feature instanceof EStructuralFeature structural && !structural.isRequired() && !values.contains(null)) {
                values.add(0, null);
            }
            return new ChoiceCellEditor(parent, values, getLabelProvider());
        }
        if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EDataType type) {
            return new DataTypeCellEditor(parent, type);
        }
        return null;
    }

    @Override
    public String getCategory() {
        return item.getCategory(object);
    }

    @Override
    public String getDescription() {
        return item.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return item.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return item.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return item.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider itemLabels = item.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Collection<?> values) {
                    return values.stream().map(this::getText).collect(Collectors.joining(", "));
                }
                String own = element == null ? "" : labels.apply(element);
                return own != null ? own : itemLabels.getText(element);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }
}
