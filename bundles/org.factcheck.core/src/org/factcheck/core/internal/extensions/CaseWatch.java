package org.factcheck.core.internal.extensions;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.factcheck.model.CaseFile;

/**
 * Watches a case while a contribution that may only read it runs (an exporter writing it, an annotation importer
 * placing annotations on it), with EMF's change recorder: whatever the contribution changed in the case, its
 * resource or any object of it, is found afterwards and undone, so a faulty plugin never leaves a change behind
 * that no command made (one that would go out with the next save and that Undo knows nothing of).
 * <p>
 * Only the contribution may change the case while it is watched: the callers run it on the thread that owns the
 * case, or give it a copy of its own.
 */
public final class CaseWatch {

    private final ChangeRecorder recorder;
    private boolean stopped;
    private String what = "";

    private CaseWatch(ChangeRecorder recorder) {
        this.recorder = recorder;
    }

    /** Starts watching the case (with its resource, if it has one: its other roots, such as diagrams, too). */
    public static CaseWatch start(CaseFile caseFile) {
        return new CaseWatch(caseFile.eResource() != null ? new ChangeRecorder(caseFile.eResource())
                : new ChangeRecorder(caseFile));
    }

    /**
     * Stops watching and undoes what was changed meanwhile.
     *
     * @return whether anything was changed (and has been undone)
     */
    public boolean stopAndUndo() {
        stopped = true;
        ChangeDescription changes = recorder.endRecording();
        recorder.dispose();
        StringBuilder seen = new StringBuilder();
        changes.getObjectChanges().forEach(e -> e.getValue().forEach(f -> seen.append(e.getKey().eClass().getName())
                .append('.').append(f.getFeatureName()).append(' ')));
        changes.getResourceChanges().forEach(r -> seen.append("resource "));
        // objects added or removed show as changes of the lists that hold them; the recorder's own view of which
        // objects are attached (its root, for one) is no change
        what = seen.toString().strip();
        boolean changed = !what.isEmpty();
        if (changed) {
            changes.apply();
        }
        return changed;
    }

    /** @return what was changed, as EClass.feature words (after {@link #stopAndUndo}) */
    public String what() {
        return what;
    }

    /** @return whether {@link #stopAndUndo} was called */
    public boolean stopped() {
        return stopped;
    }
}
