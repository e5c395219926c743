package org.factcheck.diagram.internal.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Names a diagram of a case: the case file and the diagram's id. The case must be open (its session is found
 * through {@code CaseSessions}); equal inputs open the same editor.
 */
public final class DiagramEditorInput extends PlatformObject implements IEditorInput {

    private final Path caseFile;
    private final String diagramId;
    private final String name;

    /**
     * @param caseFile  the case file
     * @param diagramId the id of a diagram in it
     * @param name      the diagram's name, for the editor's tab
     */
    public DiagramEditorInput(Path caseFile, String diagramId, String name) {
        this.caseFile = caseFile.toAbsolutePath().normalize();
        this.diagramId = Objects.requireNonNull(diagramId, "diagramId");
        this.name = name == null || name.isBlank() ? "Argument diagram" : name;
    }

    public Path caseFile() {
        return caseFile;
    }

    public String diagramId() {
        return diagramId;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name + " — " + caseFile;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && input.caseFile.equals(caseFile) && input.diagramId.equals(diagramId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseFile, diagramId);
    }
}
