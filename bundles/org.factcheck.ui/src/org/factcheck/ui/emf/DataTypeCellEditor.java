package org.factcheck.ui.emf;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * Text cell editor for a value of an EMF data type (strings, numbers, dates). The text is converted with the
 * data type's own factory, so "2022-10-03" becomes a {@code LocalDate}; text the factory rejects is reported
 * as the editor's error message and never reaches the model.
 */
final class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;

    DataTypeCellEditor(Composite parent, EDataType type) {
        super(parent);
        this.type = type;
        setValidator(value -> validate((String) value));
    }

    private String validate(String text) {
        if (text == null || text.isEmpty() || type.getInstanceClass() == String.class) {
            return null;
        }
        try {
            EcoreUtil.createFromString(type, text.strip());
            return null;
        } catch (RuntimeException e) {
            return "'" + text + "' is not a valid " + type.getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        if (type.getInstanceClass() == String.class) {
            return text;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        return EcoreUtil.createFromString(type, text.strip());
    }

    @Override
    protected void doSetValue(Object value) {
        String text = value == null ? "" : value instanceof String s ? s : EcoreUtil.convertToString(type, value);
        super.doSetValue(text == null ? "" : text);
    }
}
