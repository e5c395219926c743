package org.factcheck.ui.internal.editor;

import org.factcheck.ui.cases.CaseSession;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Editor input naming a case file on disk. It may carry a session that was already loaded (so that opening
 * reports load errors in a dialog before any editor exists); equality is by file, so a case opens only once.
 */
public final class CaseEditorInput extends PlatformObject implements IPathEditorInput {

    private final Path file;
    private CaseSession preloaded;

    public CaseEditorInput(Path file, CaseSession preloaded) {
        this.file = file.toAbsolutePath().normalize();
        this.preloaded = preloaded;
    }

    public Path file() {
        return file;
    }

    /** The session loaded before the editor was opened, handed over once. */
    CaseSession takePreloaded() {
        CaseSession session = preloaded;
        preloaded = null;
        return session;
    }

    @Override
    public IPath getPath() {
        return IPath.fromOSString(file.toString());
    }

    @Override
    public boolean exists() {
        return file.toFile().exists();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseEditorInput input && input.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}
