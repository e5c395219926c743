package org.factcheck.ui.internal.sync;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.factcheck.ui.cases.CaseSession;

/**
 * Asks the user what to do when the file of a case with unsaved edits changed on disk. Tests replace the dialogs
 * ({@link ExternalChanges#setChoices}).
 */
public interface DiskChoices {

    /** What to do with a newer file while the case has unsaved edits. */
    enum Choice {
        /** Merge the edits made here onto the newer file (one undoable command). */
        MERGE,
        /** Keep the edits here as they are; Save then asks before it overwrites the newer file. */
        KEEP_MINE,
        /** Save the edits here under another name. */
        SAVE_AS,
        /** Overwrite the newer file with the case as it is here (the old file stays as its {@code .bak}). */
        OVERWRITE,
        /** Do nothing now. */
        CANCEL
    }

    /** Told that the file changed while the case has unsaved edits: {@link Choice#MERGE} or {@link Choice#KEEP_MINE}. */
    Choice changedWhileEdited(CaseSession session);

    /** Told on Save that the file changed on disk: merge, save as, overwrite or cancel. */
    Choice saveOverChanged(CaseSession session);

    /** The dialogs of the product. */
    DiskChoices DIALOGS = new DiskChoices() {
        @Override
        public Choice changedWhileEdited(CaseSession session) {
            int answer = new MessageDialog(shell(), "Case changed on disk", null, "“" + session.file()
                    + "” was changed by another program (a git pull, another tool) while you have unsaved edits here."
                    + "\n\nMerge: your edits are merged onto the new file, object by object; conflicts, if any, are listed"
                    + " in the Conflicts view. Edit › Undo takes the merge back.\n\nKeep mine: nothing changes here;"
                    + " Save will ask before it overwrites the new file.", MessageDialog.QUESTION, 0,
                    "&Merge my edits onto it", "&Keep mine").open();
            return answer == 0 ? Choice.MERGE : Choice.KEEP_MINE;
        }

        @Override
        public Choice saveOverChanged(CaseSession session) {
            int answer = new MessageDialog(shell(), "Case changed on disk", null, "“" + session.file()
                    + "” was changed by another program since it was opened or saved here. Saving now would throw that"
                    + " version away, so nothing was written yet.\n\nMerge: your edits are merged onto the new file (one"
                    + " undoable command) and the result is saved unless it has conflicts.\nSave As: your version goes to"
                    + " another file.\nOverwrite: your version replaces the new one, which is kept as "
                    + session.file().getFileName() + ".bak.", MessageDialog.WARNING, 0, "&Merge", "Save &As…",
                    "&Overwrite", "Cancel").open();
            return switch (answer) {
                case 0 -> Choice.MERGE;
                case 1 -> Choice.SAVE_AS;
                case 2 -> Choice.OVERWRITE;
                default -> Choice.CANCEL;
            };
        }

        private Shell shell() {
            return Display.getCurrent().getActiveShell();
        }
    };
}
