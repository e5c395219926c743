package org.factcheck.ui.internal.annotate;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/** Undo and Redo for the document and claim editors: the case's command stack. */
public final class DocumentEditorContributor extends EditorActionBarContributor {

    private StackActions actions;

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        actions = new StackActions(bars);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        CaseSession session = CaseSessions.of(part).orElse(null);
        actions.setStack(session == null ? null : session.commandStack());
    }

    @Override
    public void dispose() {
        actions.dispose();
        super.dispose();
    }
}
