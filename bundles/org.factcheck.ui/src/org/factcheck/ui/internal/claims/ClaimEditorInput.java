package org.factcheck.ui.internal.claims;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Names one claim of an open case: the case file and the claim's id. */
public final class ClaimEditorInput extends PlatformObject implements IEditorInput {

    private final Path caseFile;
    private final String claimId;
    private final String label;

    public ClaimEditorInput(Path caseFile, String claimId, String label) {
        this.caseFile = caseFile.toAbsolutePath().normalize();
        this.claimId = Objects.requireNonNull(claimId, "claimId");
        this.label = label == null || label.isBlank() ? "Claim" : label;
    }

    Path caseFile() {
        return caseFile;
    }

    String claimId() {
        return claimId;
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
        return label;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return label + " — " + caseFile.getFileName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimEditorInput input && input.caseFile.equals(caseFile) && input.claimId.equals(claimId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseFile, claimId);
    }
}
