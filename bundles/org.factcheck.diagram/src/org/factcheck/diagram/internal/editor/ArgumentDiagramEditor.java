package org.factcheck.diagram.internal.editor;

import java.io.IOException;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.factcheck.diagram.internal.commands.SharedCommandStack;
import org.factcheck.diagram.internal.parts.CaseDiagramPart;
import org.factcheck.diagram.internal.parts.DiagramContent;
import org.factcheck.diagram.internal.parts.DiagramPartFactory;
import org.factcheck.model.notation.Diagram;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * The argument diagram of a case: claims as boxes, relations as lines, edited with GEF's tools through the case's
 * one command stack (so undo and redo are shared with every other part editing the case). The case is opened by
 * its explorer; this editor finds it through {@link CaseSessions}, saves through the case's saveable, follows and
 * publishes the selection as model objects, and closes when the case closes.
 */
public final class ArgumentDiagramEditor extends GraphicalEditorWithFlyoutPalette implements ISaveablesSource {

    public static final String ID = "org.factcheck.diagram.editor";

    private static final double[] ZOOM_LEVELS = { 0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3 };

    private CaseSession session;
    private DiagramContent content;
    private PaletteRoot palette;
    private SharedCommandStack stack;
    private ModelSelectionProvider selectionProvider;
    private final SelectionFollower follower = new SelectionFollower(this);
    private final CaseSessions.Listener caseClosed = new CaseSessions.Listener() {
        @Override
        public void closing(CaseSession closing) {
            if (closing == session) {
                closeSoon();
            }
        }
    };
    /**
     * Closes the editor when its diagram is removed from the case (e.g. by undoing its creation), and updates the
     * dirty mark when the case is saved from another part (saving sets the resource's URI, then marks the stack).
     */
    private final AdapterImpl resourceWatcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (content != null && content.diagram().eResource() == null) {
                closeSoon();
            } else if (notification.getFeatureID(null) == org.eclipse.emf.ecore.resource.Resource.RESOURCE__URI && !closing) {
                getSite().getShell().getDisplay().asyncExec(() -> {
                    if (!disposed) {
                        firePropertyChange(PROP_DIRTY);
                    }
                });
            }
        }
    };
    private boolean closing;
    private boolean disposed;
    private boolean retained;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput diagramInput)) {
            throw new PartInitException("The argument diagram opens diagrams of cases, not " + input.getName());
        }
        session = CaseSessions.getDefault().forFile(diagramInput.caseFile()).orElseThrow(() -> new PartInitException(
                "The case " + diagramInput.caseFile().getFileName() + " is not open. Open it first, then its diagram."));
        Diagram diagram = session.resource().getContents().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast)
                .filter(d -> diagramInput.diagramId().equals(d.getId())).findFirst().orElseThrow(() -> new PartInitException(
                        "The case " + diagramInput.caseFile().getFileName() + " has no diagram " + diagramInput.getName() + "."));
        content = new DiagramContent(session, diagram);
        palette = DiagramPalette.create(session.caseFile());
        stack = new SharedCommandStack(session.commandStack());
        DefaultEditDomain domain = new DefaultEditDomain(this);
        domain.setCommandStack(stack);
        setEditDomain(domain);
        super.init(site, input);
        setPartName(diagram.getName() == null ? input.getName() : diagram.getName());
        setTitleToolTip((diagram.getName() == null ? "Argument diagram" : diagram.getName()) + " of "
                + session.caseFile().getTitle() + " — " + session.file());
        CaseSessions.getDefault().addListener(caseClosed);
        CaseSessions.getDefault().retain(session);
        retained = true;
        session.resource().eAdapters().add(resourceWatcher);
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        return palette;
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new DiagramPartFactory());
        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(ZOOM_LEVELS);
        zoom.setZoomLevelContributions(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH, ZoomManager.FIT_HEIGHT));
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);
        ActionRegistry registry = getActionRegistry();
        registry.registerAction(new ZoomInAction(zoom));
        registry.registerAction(new ZoomOutAction(zoom));
        KeyHandler keys = new GraphicalViewerKeyHandler(viewer).setParent(new KeyHandler());
        keys.put(KeyStroke.getPressed(SWT.F2, 0), registry.getAction(GEFActionConstants.DIRECT_EDIT));
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), registry.getAction(ActionFactory.DELETE.getId()));
        viewer.setKeyHandler(keys);
        DiagramContextMenu menu = new DiagramContextMenu(viewer, registry);
        viewer.setContextMenu(menu);
    }

    @Override
    protected void initializeGraphicalViewer() {
        super.initializeGraphicalViewer();
        getGraphicalViewer().setContents(content);
    }

    @Override
    protected void hookGraphicalViewer() {
        GraphicalViewer viewer = getGraphicalViewer();
        getSelectionSynchronizer().addViewer(viewer);
        selectionProvider = new ModelSelectionProvider(viewer);
        getSite().setSelectionProvider(selectionProvider);
        getSite().registerContextMenu(ID, (DiagramContextMenu) viewer.getContextMenu(), selectionProvider);
        getSite().getPage().addPostSelectionListener(follower);
        // GEF's selection actions (delete, direct edit) work on edit parts: they read the viewer, not the published selection.
        for (Object id : getSelectionActions()) {
            if (getActionRegistry().getAction((String) id) instanceof SelectionAction action) {
                action.setSelectionProvider(viewer);
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void createActions() {
        super.createActions();
        ActionRegistry registry = getActionRegistry();
        IAction directEdit = new DirectEditAction((org.eclipse.ui.IWorkbenchPart) this);
        directEdit.setText("Edit Statement");
        registry.registerAction(directEdit);
        getSelectionActions().add(directEdit.getId());
    }

    /** GEF only updates its actions; the editor's tab must show the case's dirty state too. */
    @Override
    public void commandStackChanged(EventObject event) {
        super.commandStackChanged(event);
        firePropertyChange(PROP_DIRTY);
    }

    /** @return the case this diagram belongs to */
    public CaseSession session() {
        return session;
    }

    /** @return the case and diagram shown */
    public DiagramContent content() {
        return content;
    }

    /** @return the viewer */
    public GraphicalViewer viewer() {
        return getGraphicalViewer();
    }

    /** @return the diagram's edit part */
    public CaseDiagramPart diagramPart() {
        return (CaseDiagramPart) getGraphicalViewer().getContents();
    }

    /** @return the selection this editor publishes (claims and relations) */
    public ModelSelectionProvider selectionProvider() {
        return selectionProvider;
    }

    /** @return the zoom manager */
    public ZoomManager zoomManager() {
        return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
    }

    /** @return whether claims show their evidence */
    public boolean showsEvidence() {
        return content.showEvidence();
    }

    /** Shows or hides the evidence in every claim's box. */
    public void setShowEvidence(boolean show) {
        if (show != content.showEvidence()) {
            content.setShowEvidence(show);
            diagramPart().refreshAll();
        }
    }

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public Object getAdapter(Class type) {
        if (type == CaseSession.class) {
            return session;
        }
        if (type == EditingDomain.class) {
            return session.domain();
        }
        if (type == ZoomManager.class) {
            return zoomManager();
        }
        if (type == IContentOutlinePage.class) {
            return new DiagramOutlinePage((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart());
        }
        if (type == IPropertySheetPage.class) {
            return new DiagramPropertySheetPage(this);
        }
        return super.getAdapter(type);
    }

    /** @return the actions the Properties page hands Undo and Redo to while it has the focus */
    ActionRegistry actions() {
        return getActionRegistry();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            session.save();
            firePropertyChange(PROP_DIRTY);
        } catch (IOException | RuntimeException e) {
            monitor.setCanceled(true);
            MessageDialog.openError(getSite().getShell(), "Case not saved", "The case could not be saved to "
                    + session.file() + ".\n\n" + e.getMessage() + "\n\nThe file on disk is unchanged; your edits are still open.");
        }
    }

    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public Saveable[] getSaveables() {
        return new Saveable[] { session.saveable() };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    private void closeSoon() {
        if (closing) {
            return;
        }
        closing = true;
        detach();
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (!disposed) {
                getSite().getPage().closeEditor(this, false);
            }
        });
    }

    private void detach() {
        CaseSessions.getDefault().removeListener(caseClosed);
        if (session != null) {
            session.resource().eAdapters().remove(resourceWatcher);
        }
        if (getGraphicalViewer() != null && getGraphicalViewer().getContents() != null) {
            getGraphicalViewer().getContents().deactivate();
        }
    }

    @Override
    public void dispose() {
        disposed = true;
        getSite().getPage().removePostSelectionListener(follower);
        if (!closing) {
            detach();
        }
        super.dispose();
        if (stack != null) {
            stack.dispose();
        }
        if (retained) {
            CaseSessions.getDefault().release(session);
        }
    }
}
