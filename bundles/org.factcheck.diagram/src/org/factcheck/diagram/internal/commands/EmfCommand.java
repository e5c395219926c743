package org.factcheck.diagram.internal.commands;

import org.eclipse.gef.commands.Command;

/**
 * A GEF command that stands for an EMF command. Edit policies return these; {@link SharedCommandStack} unwraps
 * them and executes the EMF command on the case's command stack.
 */
public final class EmfCommand extends Command {

    private final org.eclipse.emf.common.command.Command emf;

    /** @param emf the EMF command; its label (as Undo names it everywhere, "Set Verdict") becomes this command's */
    public EmfCommand(org.eclipse.emf.common.command.Command emf) {
        super(org.factcheck.ui.cases.CommandLabels.of(emf));
        this.emf = emf;
    }

    /** @return the EMF command */
    public org.eclipse.emf.common.command.Command emf() {
        return emf;
    }

    @Override
    public boolean canExecute() {
        return emf.canExecute();
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public void execute() {
        emf.execute();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }
}
