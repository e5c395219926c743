package org.factcheck.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Supplies the active case editor's Undo, Redo and Delete to the workbench's retargetable actions. Undo and
 * Redo name the command they act on ("Undo Set Statement"), as fact-checkers expect from any editor.
 */
public final class CaseEditorContributor extends EditorActionBarContributor {

    private CaseEditor editor;
    private final StackAction undo = new StackAction(true);
    private final StackAction redo = new StackAction(false);
    private final DeleteAction delete = new DeleteAction();

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof CaseEditor caseEditor ? caseEditor : null;
        update();
        getActionBars().updateActionBars();
    }

    Action undoAction() {
        return undo;
    }

    Action redoAction() {
        return redo;
    }

    Action deleteAction() {
        return delete;
    }

    /**
     * The actions' names and enablement follow the editor's stack and selection; the workbench's Undo, Redo and Delete
     * follow those through the actions' property events, so the action bars are not rebuilt (that is needed only when
     * the handlers themselves change, which they do not).
     */
    void update() {
        undo.update();
        redo.update();
        delete.update();
    }

    private CommandStack stack() {
        return editor == null ? null : editor.session().commandStack();
    }

    private final class StackAction extends Action {
        private final boolean isUndo;

        StackAction(boolean isUndo) {
            this.isUndo = isUndo;
        }

        void update() {
            CommandStack stack = stack();
            Command next = stack == null ? null : isUndo ? stack.getUndoCommand() : stack.getRedoCommand();
            setEnabled(next != null && (isUndo ? stack.canUndo() : stack.canRedo()));
            String verb = isUndo ? "&Undo" : "&Redo";
            String label = org.factcheck.ui.cases.CommandLabels.of(next);
            setText(label == null ? verb : verb + " " + label);
        }

        @Override
        public void run() {
            CommandStack stack = stack();
            if (stack != null && !org.factcheck.ui.internal.annotate.FieldUndo.typingOutsideTheCase()) {
                if (isUndo) {
                    stack.undo();
                } else {
                    stack.redo();
                }
            }
        }
    }

    private final class DeleteAction extends Action {
        DeleteAction() {
            super("&Delete");
        }

        private Command command() {
            if (editor == null || editor.viewer() == null) {
                return null;
            }
            List<?> selected = ((IStructuredSelection) editor.viewer().getSelection()).toList();
            if (selected.isEmpty() || selected.stream().anyMatch(o -> !(o instanceof org.eclipse.emf.ecore.EObject e)
                    || e.eContainer() == null)) {
                return null;
            }
            return DeleteCommand.create(editor.session().domain(), selected);
        }

        void update() {
            Command command = command();
            setEnabled(command != null && command.canExecute());
        }

        @Override
        public void run() {
            Command command = command();
            if (command != null && command.canExecute()) {
                editor.session().commandStack().execute(command);
            }
        }
    }
}
