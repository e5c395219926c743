package org.factcheck.diagram.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;

/**
 * The diagram's selection as the rest of the workbench sees it: the claims and relations themselves, not GEF's
 * edit parts, so that the explorer, the article and the Properties view understand it. Setting a selection of
 * model objects selects and reveals their parts.
 */
final class ModelSelectionProvider implements ISelectionProvider {

    private final GraphicalViewer viewer;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    ModelSelectionProvider(GraphicalViewer viewer) {
        this.viewer = viewer;
        viewer.addSelectionChangedListener(event -> fire());
    }

    @Override
    public ISelection getSelection() {
        List<Object> models = new ArrayList<>();
        for (Object part : ((IStructuredSelection) viewer.getSelection()).toList()) {
            Object model = ((EditPart) part).getModel();
            if (model instanceof Claim || model instanceof ClaimRelation) {
                models.add(model);
            }
        }
        return new StructuredSelection(models);
    }

    @Override
    public void setSelection(ISelection selection) {
        List<EditPart> parts = partsFor(selection);
        viewer.setSelection(new StructuredSelection(parts));
        if (!parts.isEmpty()) {
            viewer.reveal(parts.get(0));
        }
    }

    /** @return the parts showing the model objects of a selection (claims, relations), in its order */
    List<EditPart> partsFor(ISelection selection) {
        List<EditPart> parts = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                Object part = viewer.getEditPartRegistry().get(element);
                if (part instanceof EditPart editPart && !parts.contains(editPart)) {
                    parts.add(editPart);
                }
            }
        }
        return parts;
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }
}
