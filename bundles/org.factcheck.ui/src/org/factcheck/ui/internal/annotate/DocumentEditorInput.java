package org.factcheck.ui.internal.annotate;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Names one document of an open case: the case file and the document's id. Equal inputs open one editor. */
public final class DocumentEditorInput extends PlatformObject implements IEditorInput {

    private final Path caseFile;
    private final String documentId;
    private final String title;

    public DocumentEditorInput(Path caseFile, String documentId, String title) {
        this.caseFile = caseFile.toAbsolutePath().normalize();
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.title = title == null || title.isBlank() ? "Untitled article" : title;
    }

    public Path caseFile() {
        return caseFile;
    }

    public String documentId() {
        return documentId;
    }

    @Override
    public boolean exists() {
        return false; // not remembered across restarts: the case must be open first
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return title + " — " + caseFile.getFileName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentEditorInput input && input.caseFile.equals(caseFile)
                && input.documentId.equals(documentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseFile, documentId);
    }
}
