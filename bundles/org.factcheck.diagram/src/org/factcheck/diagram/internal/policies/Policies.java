package org.factcheck.diagram.internal.policies;

import org.eclipse.gef.EditPart;
import org.factcheck.diagram.internal.parts.DiagramContent;

/** What edit policies need from their viewer. */
final class Policies {

    private Policies() {
    }

    /** @return the case and diagram the host is part of */
    static DiagramContent content(EditPart host) {
        return (DiagramContent) host.getViewer().getContents().getModel();
    }
}
