package org.factcheck.ui.internal.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.factcheck.core.CaseFileException;
import org.factcheck.core.CaseStore;
import org.factcheck.core.merge.CaseDiff;
import org.factcheck.core.merge.CaseMerge;
import org.factcheck.core.merge.Change;
import org.factcheck.core.merge.MergeResult;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * What the workbench does when an open case's file was changed by another program: with nothing unsaved it takes
 * the new file (reloads it in place, so editors stay on their objects, and says so in the status line); with unsaved
 * edits it asks, and merges them onto the new file with the core's three-way merge (base: the file as it was read
 * here; ours: the case here; theirs: the file now) as one undoable command, or keeps them, in which case Save asks
 * before it overwrites the new file. Used on the UI thread.
 */
public final class ExternalChanges {

    /** What {@link #check} did. */
    public enum Outcome {
        /** The file is as it was read (or the user already chose to keep their edits over this version). */
        UNCHANGED,
        /** The new file was taken: there was nothing unsaved. */
        RELOADED,
        /** The edits here were merged onto the new file. */
        MERGED,
        /** The user keeps their edits; nothing changed here. */
        KEPT_MINE,
        /** The new file could not be read (half-written, not a case): nothing changed; checked again later. */
        UNREADABLE
    }

    private static DiskChoices choices = DiskChoices.DIALOGS;
    private static final Set<CaseSession> BUSY = new HashSet<>();
    private static String lastMessage = "";

    private ExternalChanges() {
    }

    /** Replaces the dialogs that ask the user (tests); null restores them. */
    public static void setChoices(DiskChoices replacement) {
        choices = replacement == null ? DiskChoices.DIALOGS : replacement;
    }

    static DiskChoices choices() {
        return choices;
    }

    /** The last thing said in the status line about a case's file. */
    public static String lastMessage() {
        return lastMessage;
    }

    /** Checks every open case. */
    public static void checkAll() {
        for (CaseSession session : CaseSessions.getDefault().all()) {
            check(session);
        }
    }

    /** Checks whether {@code session}'s file changed on disk and, if so, takes, merges or keeps as described above. */
    public static Outcome check(CaseSession session) {
        if (BUSY.contains(session) || !session.changedOnDisk()) {
            return Outcome.UNCHANGED;
        }
        Object now = currentVersion(session);
        if (now != null && now.equals(session.declinedDiskVersion())) {
            return Outcome.UNCHANGED;
        }
        BUSY.add(session);
        try {
            if (!session.isDirty()) {
                return reload(session) ? Outcome.RELOADED : Outcome.UNREADABLE;
            }
            if (choices.changedWhileEdited(session) == DiskChoices.Choice.MERGE) {
                return merge(session) != null ? Outcome.MERGED : Outcome.UNREADABLE;
            }
            session.declineDiskVersion(now);
            say(session.file().getFileName() + " was changed on disk; your unsaved edits are kept as they are. Save"
                    + " will ask before it overwrites the new file.");
            return Outcome.KEPT_MINE;
        } finally {
            BUSY.remove(session);
        }
    }

    /** The file as it is on disk now, read into a resource of its own. */
    private record Disk(List<EObject> roots, Object version) {
    }

    private static Disk read(CaseSession session) {
        try {
            Resource resource = CaseStore.load(new ResourceSetImpl(), session.file());
            return new Disk(List.copyOf(resource.getContents()), CaseStore.diskVersion(resource));
        } catch (CaseFileException e) {
            say("The changed file " + session.file().getFileName() + " cannot be read now (" + e.getMessage()
                    + "); nothing was changed here. It is checked again when it changes or the window is activated.");
            return null;
        }
    }

    /** Takes the file on disk into a case with nothing unsaved; false if it cannot be read. */
    static boolean reload(CaseSession session) {
        Disk disk = read(session);
        if (disk == null) {
            return false;
        }
        List<Change> changes = CaseDiff.between(session.resource().getContents(), disk.roots());
        List<String> closed = run(session, new DiskVersionCommand(session, "Reload from disk", disk.roots(),
                disk.roots(), disk.version()));
        session.matchesDisk();
        say("Reloaded " + session.file().getFileName() + " from disk: " + summary(changes) + closedText(closed));
        return true;
    }

    /**
     * Merges the edits made here onto the file on disk as one command; shows the Conflicts view when there are
     * conflicts.
     *
     * @return the merge, or null when the file cannot be read or merged (nothing changed then)
     */
    public static MergeResult merge(CaseSession session) {
        Disk disk = read(session);
        if (disk == null) {
            return null;
        }
        MergeResult result;
        try {
            result = CaseMerge.merge(session.diskBase(), session.resource().getContents(), disk.roots());
        } catch (IllegalArgumentException e) {
            say("Cannot merge with the changed file " + session.file().getFileName() + ": " + e.getMessage()
                    + " Nothing was changed here.");
            return null;
        }
        List<String> closed = run(session, new DiskVersionCommand(session, "Merge with the file on disk",
                result.roots(), disk.roots(), disk.version()));
        int conflicts = result.caseFile().getConflicts().size();
        if (conflicts > 0) {
            ConflictsView.show();
        }
        say("Merged your edits onto the changed file " + session.file().getFileName() + ": "
                + (conflicts == 0 ? "no conflicts" : conflicts + (conflicts == 1 ? " conflict" : " conflicts")
                        + " to resolve in the Conflicts view")
                + ". Edit › Undo takes the merge back." + closedText(closed));
        return result;
    }

    /** Runs the command on the case's stack; returns the titles of the editors it closed (their object is gone). */
    private static List<String> run(CaseSession session, DiskVersionCommand command) {
        List<IEditorReference> before = editorsOf(session);
        session.commandStack().execute(command);
        List<IEditorReference> after = editorsOf(session);
        List<String> closed = new ArrayList<>();
        for (IEditorReference ref : before) {
            if (!after.contains(ref)) {
                closed.add(ref.getTitle());
            }
        }
        return closed;
    }

    private static List<IEditorReference> editorsOf(CaseSession session) {
        List<IEditorReference> found = new ArrayList<>();
        if (!PlatformUI.isWorkbenchRunning()) {
            return found;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference ref : page.getEditorReferences()) {
                    if (CaseSessions.of(ref.getPart(false)).orElse(null) == session) {
                        found.add(ref);
                    }
                }
            }
        }
        return found;
    }

    private static Object currentVersion(CaseSession session) {
        try {
            return CaseStore.currentDiskVersion(session.file());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String summary(List<Change> changes) {
        if (changes.isEmpty()) {
            return "nothing in the case changed";
        }
        String first = changes.get(0).text();
        return changes.size() == 1 ? first : changes.size() + " changes (" + first + ", …)";
    }

    private static String closedText(List<String> closed) {
        return closed.isEmpty() ? "" : " Closed the editors of what the new file no longer has: " + String.join(", ", closed)
                + ".";
    }

    /** Says something in the status line of the active part, and keeps it for {@link #lastMessage}. */
    static void say(String message) {
        lastMessage = message;
        StatusLine.show(message);
    }
}
