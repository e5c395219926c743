package org.factcheck.ui.emf;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Drop-down cell editor over a fixed list of values (enumeration literals, referenced objects), shown with
 * the property's own label provider. {@code null} in the list is shown as an empty entry and clears the value.
 */
final class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<Object> values;

    ChoiceCellEditor(Composite parent, List<Object> values, ILabelProvider labels) {
        super(parent, values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new), SWT.READ_ONLY);
        this.values = values;
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index >= 0 && index < values.size() ? values.get(index) : null;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Math.max(0, values.indexOf(value)));
    }
}
