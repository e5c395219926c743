package org.factcheck.ui.internal.sync;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.factcheck.core.CaseChangedOnDiskException;
import org.factcheck.core.CaseStore;
import org.factcheck.core.merge.MergeResult;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.editor.CaseFileDialogs;

/**
 * Save, from whichever part: when another program changed the file since it was read here, nothing is overwritten
 * unseen; the user chooses to merge their edits onto the new file (saved when the merge is clean), to save under
 * another name, or to overwrite it knowingly (its version stays as the {@code .bak}).
 */
public final class SaveGuard {

    private SaveGuard() {
    }

    /**
     * Saves the case.
     *
     * @return whether it was saved; false when the user cancelled or the merge left conflicts to resolve first
     * @throws IOException if the file cannot be written (nothing was then)
     */
    public static boolean save(CaseSession session) throws IOException {
        try {
            session.save();
            return true;
        } catch (CaseChangedOnDiskException e) {
            return saveOverChanged(session);
        }
    }

    private static boolean saveOverChanged(CaseSession session) throws IOException {
        switch (ExternalChanges.choices().saveOverChanged(session)) {
            case MERGE -> {
                MergeResult merged = ExternalChanges.merge(session);
                if (merged == null) {
                    return false;
                }
                if (!session.caseFile().getConflicts().isEmpty()) {
                    return false; // the user looks at the conflicts first; the case stays unsaved, nothing is lost
                }
                session.save();
                ExternalChanges.say("Merged your edits onto the changed file and saved "
                        + session.file().getFileName() + ". Edit › Undo takes the merge back.");
                return true;
            }
            case SAVE_AS -> {
                return saveAs(session);
            }
            case OVERWRITE -> {
                session.standOnDiskVersion(session.diskBase(), CaseStore.currentDiskVersion(session.file()));
                session.save();
                ExternalChanges.say("Saved " + session.file().getFileName() + " over the version another program wrote;"
                        + " that version is kept as " + session.file().getFileName() + ".bak.");
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Save As through the case explorer when it is open (its title follows the file), else on the session. */
    private static boolean saveAs(CaseSession session) throws IOException {
        CaseEditor explorer = explorerOf(session);
        if (explorer != null) {
            Path before = session.file();
            explorer.doSaveAs();
            return !session.file().equals(before) && !session.isDirty();
        }
        Path target = CaseFileDialogs.askSaveLocation(Display.getCurrent().getActiveShell(), session.file());
        if (target == null) {
            return false;
        }
        session.saveAs(target);
        return true;
    }

    private static CaseEditor explorerOf(CaseSession session) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference ref : page.getEditorReferences()) {
                    if (ref.getPart(false) instanceof CaseEditor editor && editor.session() == session) {
                        return editor;
                    }
                }
            }
        }
        return null;
    }
}
