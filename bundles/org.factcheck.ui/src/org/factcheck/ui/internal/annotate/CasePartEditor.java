package org.factcheck.ui.internal.annotate;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.EditorPart;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * An editor of one part of an open case (an article, a claim). It does not own the case: it edits through the case's
 * command stack, is dirty when the case is, saves the case's one saveable, adapts to its {@link CaseSession}, keeps
 * the case open while it shows it, and closes itself when the case is closed as a whole.
 */
public abstract class CasePartEditor extends EditorPart implements ISaveablesSource {

    private CaseSession session;
    private final CommandStackListener stackListener = event -> {
        if (isShowing()) {
            stackChanged();
            dirtyMayHaveChanged();
        }
    };
    private final Runnable saved = () -> {
        if (isShowing()) {
            dirtyMayHaveChanged();
        }
    };
    /** Whether the workbench was last told that the editor is dirty ({@code null}: not told yet). */
    private Boolean toldDirty;

    /**
     * Tells the workbench when the editor became dirty or clean; not after every command, as each time it evaluates
     * the enablement of every save handler again.
     */
    private void dirtyMayHaveChanged() {
        boolean dirty = isDirty();
        if (toldDirty == null || toldDirty != dirty) {
            toldDirty = dirty;
            firePropertyChange(PROP_DIRTY);
        }
    }
    private final CaseSessions.Listener sessionListener = new CaseSessions.Listener() {
        @Override
        public void closing(CaseSession closing) {
            if (closing == session && isShowing()) {
                Display.getCurrent().asyncExec(() -> {
                    // by then the workbench may have closed this editor itself (on exit): nothing left to close
                    if (getSite() != null && getSite().getPage() != null) {
                        getSite().getPage().closeEditor(CasePartEditor.this, false);
                    }
                });
            }
        }
    };

    /** Starts working on {@code caseSession}; call from {@code init}. */
    protected final void attach(CaseSession caseSession) {
        session = caseSession;
        session.commandStack().addCommandStackListener(stackListener);
        session.addSaveListener(saved);
        CaseSessions.getDefault().addListener(sessionListener);
        CaseSessions.getDefault().retain(session);
    }

    /** Whether the editor's controls exist (created and not yet disposed). */
    protected abstract boolean isShowing();

    /** Called after every command, undo and redo on the case's stack while the editor is showing. */
    protected abstract void stackChanged();

    public final CaseSession session() {
        return session;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == CaseSession.class) {
            return type.cast(session);
        }
        if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
            // Properties follows the selection of articles and claim editors as it does the explorer's
            return type.cast(new org.factcheck.ui.cases.CasePropertySheetPage(session,
                    () -> getAdapter(org.factcheck.model.Document.class)));
        }
        return super.getAdapter(type);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            // every part of the case, this one too, hears of a save and drops its '*'; a file changed on disk
            // meanwhile is not overwritten unseen (the user merges, saves as or overwrites)
            if (!org.factcheck.ui.internal.sync.SaveGuard.save(session)) {
                monitor.setCanceled(true);
            }
        } catch (IOException | RuntimeException e) {
            monitor.setCanceled(true);
            MessageDialog.openError(getSite().getShell(), "Case not saved", "The case could not be saved to "
                    + session.file() + ".\n\n" + e.getMessage() + "\n\nThe file on disk is unchanged; your edits are still open.");
        }
    }

    @Override
    public void doSaveAs() {
        // Save As belongs to the case explorer, which owns the case
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public Saveable[] getSaveables() {
        return new Saveable[] { session.saveable() };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.commandStack().removeCommandStackListener(stackListener);
            session.removeSaveListener(saved);
            CaseSessions.getDefault().removeListener(sessionListener);
            CaseSessions.getDefault().release(session);
        }
        super.dispose();
    }
}
