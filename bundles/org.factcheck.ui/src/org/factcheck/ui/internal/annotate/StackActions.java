package org.factcheck.ui.internal.annotate;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and Redo of a part that works on a case: the workbench's Edit › Undo/Redo (and Ctrl+Z, Ctrl+Shift+Z) act on
 * the case's one command stack, whichever of its editors or views is active, and name the command they act on.
 * In a part with {@link FieldUndo fields}, typing not yet committed is undone first.
 */
public final class StackActions {

    private final StackAction undo = new StackAction(true);
    private final StackAction redo = new StackAction(false);
    private final IActionBars bars;
    private CommandStack stack;
    private FieldUndo fields;
    private final CommandStackListener listener = this::stackChanged;

    public StackActions(IActionBars bars) {
        this.bars = bars;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    /** The stack the actions work on, or {@code null}. */
    public void setStack(CommandStack newStack) {
        if (stack == newStack) {
            return;
        }
        if (stack != null) {
            stack.removeCommandStackListener(listener);
        }
        stack = newStack;
        if (stack != null) {
            stack.addCommandStackListener(listener);
        }
        update();
    }

    /** The fields of the active part whose typing Undo takes back first, or {@code null}. */
    public void setFields(FieldUndo newFields) {
        fields = newFields;
        update();
    }

    /**
     * After a command only the actions' names and enablement change; the workbench's Undo and Redo follow those
     * through the actions' property events, so the part's action bars are not rebuilt (that costs several
     * milliseconds per part, and every part of the case has these actions).
     */
    private void stackChanged(EventObject event) {
        Display display = Display.getCurrent();
        if (display != null) {
            updateActions();
        } else {
            PlatformUI.getWorkbench().getDisplay().asyncExec(this::updateActions);
        }
    }

    private void updateActions() {
        undo.update();
        redo.update();
    }

    public void update() {
        updateActions();
        bars.updateActionBars();
    }

    public void dispose() {
        setStack(null);
    }

    private final class StackAction extends Action {
        private final boolean isUndo;

        StackAction(boolean isUndo) {
            this.isUndo = isUndo;
        }

        void update() {
            String verb = isUndo ? "&Undo" : "&Redo";
            if (fields != null && fields.hasTyping()) {
                // the typing is the newest edit: Undo takes it back; nothing lies beyond it to redo
                setEnabled(isUndo);
                setText(isUndo ? verb + " Typing" : verb);
                return;
            }
            Command next = stack == null ? null : isUndo ? stack.getUndoCommand() : stack.getRedoCommand();
            setEnabled(next != null && (isUndo ? stack.canUndo() : stack.canRedo()));
            String label = org.factcheck.ui.cases.CommandLabels.of(next);
            setText(label == null ? verb : verb + " " + label);
        }

        @Override
        public void run() {
            if (fields != null && fields.hasTyping()) {
                if (isUndo) {
                    fields.undoTyping();
                }
                update();
            } else if (stack != null && (fields != null || !FieldUndo.typingOutsideTheCase())) {
                if (isUndo) {
                    stack.undo();
                } else {
                    stack.redo();
                }
            }
        }
    }
}
