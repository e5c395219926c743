package org.factcheck.core.merge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.model.MergeConflict;

/**
 * What {@link CaseMerge} produced: the merged case with its diagrams (not in any resource yet), the conflicts this
 * merge found (they are also in the case's {@link CaseFile#getConflicts() conflicts}, after any the versions
 * already had), and notes for the user.
 */
public final class MergeResult {

    private final List<EObject> roots;
    private final List<MergeConflict> conflicts;
    private final List<String> notes;

    MergeResult(List<EObject> roots, List<MergeConflict> conflicts, List<String> notes) {
        this.roots = List.copyOf(roots);
        this.conflicts = List.copyOf(conflicts);
        this.notes = List.copyOf(notes);
    }

    /** @return the roots: the case, then its diagrams */
    public List<EObject> roots() {
        return roots;
    }

    /** @return the merged case */
    public CaseFile caseFile() {
        return (CaseFile) roots.get(0);
    }

    /** @return the conflicts found by this merge */
    public List<MergeConflict> conflicts() {
        return conflicts;
    }

    /** @return notes: diagram positions taken from our side, spans found only approximately, and the like */
    public List<String> notes() {
        return notes;
    }

    /** @return whether the merged case has no open conflict (neither from this merge nor from an earlier one) */
    public boolean clean() {
        return caseFile().getConflicts().isEmpty();
    }

    /**
     * Writes the merged case with {@link CaseStore#save(Resource, Path)}: atomically, so the file is either
     * untouched or completely written, with the previous version kept as {@code .bak}.
     *
     * @param file the file to write
     * @return the resource the case is now in
     * @throws IOException if it cannot be written; the file is then unchanged
     */
    public Resource save(Path file) throws IOException {
        Resource resource = CaseStore.create(new ResourceSetImpl(), file, caseFile());
        resource.getContents().addAll(roots.subList(1, roots.size()));
        CaseStore.save(resource, file);
        return resource;
    }
}
