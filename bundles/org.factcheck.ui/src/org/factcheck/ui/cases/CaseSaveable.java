package org.factcheck.ui.cases;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.Saveable;

/**
 * The one unit of saving of a case. Every part that edits a case (case explorer, article editors, diagrams)
 * returns its session's saveable from {@code ISaveablesSource}, so the workbench shows them dirty together,
 * saves the case once, and asks once when the last of them closes.
 */
public final class CaseSaveable extends Saveable {

    private final CaseSession session;

    CaseSaveable(CaseSession session) {
        this.session = session;
    }

    @Override
    public String getName() {
        return session.file().getFileName().toString();
    }

    @Override
    public String getToolTipText() {
        return session.file().toString();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) throws CoreException {
        try {
            // a file changed on disk meanwhile is not overwritten unseen: the user merges, saves as or overwrites
            if (!org.factcheck.ui.internal.sync.SaveGuard.save(session) && monitor != null) {
                monitor.setCanceled(true);
            }
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("The case could not be saved to " + session.file() + ": " + e.getMessage()
                    + " The file on disk is unchanged; your edits are still open.", e));
        }
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseSaveable saveable && saveable.session == session;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(session);
    }
}
