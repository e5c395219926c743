package org.factcheck.ui.internal.editor;

import org.factcheck.ui.cases.CaseSaveable;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.factcheck.core.CaseFileException;

/**
 * The case explorer: one editor per case file, showing the case as a tree (documents and their spans,
 * claims and their evidence, sources, people and organisations, relations). It owns the case's
 * {@link CaseSession}, so its command stack is the one every edit of the case goes through; the editor is
 * dirty exactly when that stack has unsaved commands, and Save writes the file atomically.
 * <p>
 * Closing the explorer of a saved case closes the case with its article editors and diagrams. Closing it while the
 * case has unsaved changes that other parts still show leaves those parts, and the changes, open: they share the
 * case's one {@link CaseSaveable}, so the workbench asks to save when the last of them closes.
 */
public final class CaseEditor extends EditorPart implements IEditingDomainProvider, ISaveablesSource {

    public static final String ID = "org.factcheck.ui.caseEditor";

    private CaseSession session;
    private TreeViewer viewer;
    private final CommandStackListener stackListener = this::commandStackChanged;
    private final Runnable saved = () -> commandStackChanged(null);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CaseEditorInput caseInput)) {
            throw new PartInitException("The case explorer opens .factcase files only, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        session = caseInput.takePreloaded();
        if (session == null) {
            try {
                session = CaseSession.load(caseInput.file());
            } catch (CaseFileException e) {
                throw new PartInitException(e.getMessage(), e);
            }
        }
        session.commandStack().addCommandStackListener(stackListener);
        session.addSaveListener(saved);
        CaseSessions.getDefault().retain(session);
        // the workbench notices when an open case's file is changed by another program (a git pull)
        org.factcheck.ui.internal.sync.DiskWatcher.start(site.getWorkbenchWindow().getWorkbench());
        updateTitle();
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new CaseTreeContentProvider(session.adapterFactory()));
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(
                new CaseLabelProvider(session.adapterFactory(), viewer.getControl())));
        viewer.setInput(session);
        markedConflicts = java.util.List.copyOf(session.caseFile().getConflicts());
        viewer.expandToLevel(2);
        viewer.addSelectionChangedListener(event -> updateActions());
        viewer.addOpenListener(event -> OpenElement.open(getSite().getPage(), session,
                ((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection()).getFirstElement()));
        getSite().setSelectionProvider(viewer);
        ExplorerMenu.install(this, viewer);
        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(followSelection);
    }

    /** The open conflicts when the labels were last made: objects are marked while they have one. */
    private java.util.List<org.factcheck.model.MergeConflict> markedConflicts = java.util.List.of();

    /**
     * Objects get or lose their conflict mark when a merge adds conflicts or a resolution removes one (both are
     * commands, as are their undo and redo): the labels are made again only then.
     */
    private void updateConflictMarks() {
        java.util.List<org.factcheck.model.MergeConflict> now = java.util.List.copyOf(session.caseFile().getConflicts());
        if (!now.equals(markedConflicts)) {
            markedConflicts = now;
            viewer.refresh(true);
        }
    }

    /** Claims selected in another part of this case (a span's claim in the document editor…) are selected here too. */
    private final org.eclipse.ui.ISelectionListener followSelection = (part, selection) -> {
        if (part == this || viewer == null || viewer.getControl().isDisposed()
                || !(selection instanceof org.eclipse.jface.viewers.IStructuredSelection structured)) {
            return;
        }
        java.util.List<Object> claims = structured.toList().stream()
                .filter(o -> o instanceof org.factcheck.model.Claim c && c.eResource() == session.resource())
                .map(Object.class::cast).toList();
        if (!claims.isEmpty() && !claims.equals(viewer.getStructuredSelection().toList())) {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(claims), true);
        }
    };

    private void updateActions() {
        if (getEditorSite().getActionBarContributor() instanceof CaseEditorContributor contributor) {
            contributor.update();
        }
    }

    /** Whether the workbench was last told that the case is dirty ({@code null}: not told yet). */
    private Boolean toldDirty;

    private void commandStackChanged(EventObject event) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Runnable update = () -> {
            if (!viewer.getControl().isDisposed()) {
                updateConflictMarks();
                if (toldDirty == null || toldDirty != isDirty()) { // not after every command: see CasePartEditor
                    toldDirty = isDirty();
                    firePropertyChange(PROP_DIRTY);
                }
                updateTitle();
                updateActions();
            }
        };
        if (viewer.getControl().getDisplay().getThread() == Thread.currentThread()) {
            update.run();
        } else {
            viewer.getControl().getDisplay().asyncExec(update);
        }
    }

    private void updateTitle() {
        String readOnly = session.readOnlyReason().isPresent() ? " (read-only)" : "";
        setPartName(session.file().getFileName() + readOnly);
        setTitleToolTip(session.caseFile().getTitle() + " — " + session.file()
                + session.readOnlyReason().map(r -> "\nOpen read-only: " + r + ".").orElse(""));
    }

    public CaseSession session() {
        return session;
    }

    /** Selects {@code object} in the tree and shows it (after New or Merge). */
    public void reveal(Object object) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(object), true);
        }
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return session.domain();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            return type.cast(new org.factcheck.ui.cases.CasePropertySheetPage(session));
        }
        if (type == EditingDomain.class) {
            return type.cast(session.domain());
        }
        if (type == CaseSession.class) {
            return type.cast(session);
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
            MessageDialog.openError(getSite().getShell(), "Case not saved",
                    "The case could not be saved to " + session.file() + ".\n\n" + e.getMessage()
                            + "\n\nThe file on disk is unchanged; your edits are still open here.");
        }
    }

    @Override
    public void doSaveAs() {
        Path target = CaseFileDialogs.askSaveLocation(getSite().getShell(), session.file());
        if (target == null) {
            return;
        }
        try {
            session.saveAs(target);
            setInput(new CaseEditorInput(target, null));
            updateTitle();
            firePropertyChange(PROP_DIRTY);
            firePropertyChange(PROP_INPUT);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Case not saved",
                    "The case could not be saved to " + target + ".\n\n" + e.getMessage());
        }
    }

    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
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
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(followSelection);
        if (session != null) {
            session.commandStack().removeCommandStackListener(stackListener);
            session.removeSaveListener(saved);
            if (!session.isDirty()) {
                // nothing unsaved: the case closes with its explorer, and so do its article editors and diagrams
                CaseSessions.getDefault().requestClose(session);
            }
            // Otherwise the parts still showing the case keep it open with its unsaved changes, and the workbench
            // asks whether to save them when the last of those parts closes.
            CaseSessions.getDefault().release(session);
        }
        super.dispose();
    }
}
