package org.factcheck.diagram.internal.commands;

import java.util.EventObject;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.commands.CompoundCommand;

/**
 * GEF's command stack for a diagram, backed by the case's EMF command stack: what GEF's tools and actions execute
 * becomes an EMF command on the case's stack, and undo, redo and the dirty state are the case's. Closing a diagram
 * never clears the case's history.
 */
public final class SharedCommandStack extends CommandStack {

    private final BasicCommandStack emf;
    private final CommandStackListener relay = this::emfStackChanged;

    /** @param emf the case's command stack */
    public SharedCommandStack(BasicCommandStack emf) {
        this.emf = emf;
        emf.addCommandStackListener(relay);
    }

    /**
     * Converts a GEF command into the EMF command to execute: {@link EmfCommand}s are unwrapped, GEF compound
     * commands become EMF compound commands (so that one gesture is one undo step), anything else is adapted.
     *
     * @param command a GEF command
     * @return the EMF command
     */
    public static org.eclipse.emf.common.command.Command toEmf(Command command) {
        if (command instanceof EmfCommand wrapped) {
            return wrapped.emf();
        }
        if (command instanceof CompoundCommand compound) {
            org.eclipse.emf.common.command.CompoundCommand emfCompound = new org.eclipse.emf.common.command.CompoundCommand(
                    compound.getLabel());
            for (Object child : compound.getCommands()) {
                emfCompound.append(toEmf((Command) child));
            }
            return emfCompound.unwrap();
        }
        return new GefCommandAdapter(command);
    }

    @Override
    public void execute(Command command) {
        if (command != null && command.canExecute()) {
            emf.execute(toEmf(command));
        }
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public boolean canRedo() {
        return emf.canRedo();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }

    @Override
    public Command getUndoCommand() {
        return labelOf(emf.getUndoCommand());
    }

    @Override
    public Command getRedoCommand() {
        return labelOf(emf.getRedoCommand());
    }

    private static Command labelOf(org.eclipse.emf.common.command.Command command) {
        return command == null ? null : new EmfCommand(command);
    }

    @Override
    public boolean isDirty() {
        return emf.isSaveNeeded();
    }

    /** Saving is the case's business; the case's stack knows when it was saved. */
    @Override
    public void markSaveLocation() {
        // nothing to do
    }

    /** The history belongs to the case, not to one diagram: never cleared from here. */
    @Override
    public void flush() {
        // nothing to do
    }

    @Override
    public void dispose() {
        emf.removeCommandStackListener(relay);
    }

    @SuppressWarnings("deprecation")
    private void emfStackChanged(EventObject event) {
        notifyListeners();
    }
}
