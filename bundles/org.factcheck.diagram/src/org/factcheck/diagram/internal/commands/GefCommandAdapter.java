package org.factcheck.diagram.internal.commands;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.gef.commands.Command;

/** An EMF command that runs a GEF command which is not an {@link EmfCommand}, so that it can go on the EMF stack. */
final class GefCommandAdapter extends AbstractCommand {

    private final Command gef;

    GefCommandAdapter(Command gef) {
        super(gef.getLabel());
        this.gef = gef;
    }

    @Override
    protected boolean prepare() {
        return gef.canExecute();
    }

    @Override
    public boolean canUndo() {
        return gef.canUndo();
    }

    @Override
    public void execute() {
        gef.execute();
    }

    @Override
    public void undo() {
        gef.undo();
    }

    @Override
    public void redo() {
        gef.redo();
    }

    @Override
    public void dispose() {
        gef.dispose();
    }
}
