package org.factcheck.ui.internal.annotate;

/**
 * A part with text fields whose typing reaches the case's command stack only when the field is left. While a field
 * holds such typing, Undo must take back that typing, never the newest command of the case, which may be another
 * part's work the user is not looking at; Redo has nothing to redo past the typing.
 */
public interface FieldUndo {

    /** Whether a field holds typing that is not yet a command on the case's stack. */
    boolean hasTyping();

    /**
     * Takes back the typing: it becomes a command which is then undone (so Redo brings it back), or, when it is not
     * a valid value (a malformed date), the field shows the case's value again. Nothing else changes.
     */
    void undoTyping();

    /**
     * Whether the keyboard is in an editable text field that no {@link FieldUndo} answers for (a filter field, a cell
     * being edited in the Properties view): Undo and Redo of the case then do nothing, since the user means the
     * typing there, not a command of the case they may not be looking at.
     */
    static boolean typingOutsideTheCase() {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        org.eclipse.swt.widgets.Control focus = display == null ? null : display.getFocusControl();
        return focus instanceof org.eclipse.swt.widgets.Text text && text.getEditable();
    }
}
