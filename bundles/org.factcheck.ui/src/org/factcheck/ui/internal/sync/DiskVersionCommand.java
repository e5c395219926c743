package org.factcheck.ui.internal.sync;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.factcheck.core.merge.CaseUpdate;
import org.factcheck.ui.cases.CaseSession;

/**
 * Takes another version of the case's file into the open case, as one command: the case becomes {@code roots}
 * (the file as it is on disk, or the merge of it with the edits made here), updated in place so that open editors
 * keep their objects, and the session stands on the new disk version. Undo returns the case to exactly what it was
 * before and the session to the old disk version, so a later Save again asks before overwriting the newer file.
 */
final class DiskVersionCommand extends ChangeCommand {

    private final CaseSession session;
    private final List<? extends EObject> roots;
    private final List<EObject> newBase;
    private final Object newVersion;
    private final List<EObject> oldBase;
    private final Object oldVersion;

    /**
     * @param roots      the version the case is to become (only read)
     * @param newBase    the file's new content, the base of the next merge (kept, not shown)
     * @param newVersion the file's new version token
     */
    DiskVersionCommand(CaseSession session, String label, List<? extends EObject> roots, List<EObject> newBase,
            Object newVersion) {
        super(session.resource());
        this.session = session;
        this.roots = roots;
        this.newBase = newBase;
        this.newVersion = newVersion;
        this.oldBase = session.diskBase();
        this.oldVersion = session.diskVersion();
        setLabel(label);
    }

    @Override
    protected void doExecute() {
        CaseUpdate.apply(session.resource(), roots);
        session.standOnDiskVersion(newBase, newVersion);
    }

    @Override
    public void undo() {
        super.undo();
        session.standOnDiskVersion(oldBase, oldVersion);
        // the user went back to their version: not asked again about this file until it changes again or they save
        session.declineDiskVersion(newVersion);
    }

    @Override
    public void redo() {
        super.redo();
        session.standOnDiskVersion(newBase, newVersion);
        session.declineDiskVersion(null);
    }
}
