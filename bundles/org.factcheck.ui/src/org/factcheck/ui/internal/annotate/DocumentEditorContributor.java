package org.factcheck.ui.internal.annotate;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * Undo and Redo for the document and claim editors: the case's command stack. In the document editor, Delete removes
 * the selected span (or the innermost at the caret), and Find/Replace (Ctrl+F) is the platform's, on the read-only
 * text: it finds, it never replaces.
 */
public final class DocumentEditorContributor extends EditorActionBarContributor {

    private StackActions actions;
    private DocumentEditor documentEditor;
    private final Action delete = new Action("&Delete Span") {
        @Override
        public void run() {
            if (documentEditor != null) {
                documentEditor.deleteSpanAtCaret();
            }
        }
    };

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        actions = new StackActions(bars);
        delete.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        CaseSession session = CaseSessions.of(part).orElse(null);
        actions.setStack(session == null ? null : session.commandStack());
        actions.setFields(part instanceof FieldUndo fields ? fields : null);
        documentEditor = part instanceof DocumentEditor editor ? editor : null;
        delete.setEnabled(documentEditor != null);
        getActionBars().setGlobalActionHandler(ActionFactory.FIND.getId(), documentEditor == null ? null
                : new org.eclipse.ui.texteditor.FindReplaceAction(FindLabels.BUNDLE, "find.", documentEditor));
        getActionBars().updateActionBars();
    }

    /** Brings Undo and Redo up to date (a field of the active editor was typed in). */
    public void updateActions() {
        actions.update();
    }

    @Override
    public void dispose() {
        actions.dispose();
        super.dispose();
    }
}
