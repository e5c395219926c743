package org.factcheck.diagram.internal.analysis;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;

/** Publishes the claims of the selected problems, so that the diagram, explorer and article show them. */
final class FindingSelectionProvider implements ISelectionProvider {

    private final TableViewer viewer;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    FindingSelectionProvider(TableViewer viewer) {
        this.viewer = viewer;
        viewer.addSelectionChangedListener(event -> {
            SelectionChangedEvent converted = new SelectionChangedEvent(this, getSelection());
            listeners.forEach(l -> l.selectionChanged(converted));
        });
    }

    @Override
    public ISelection getSelection() {
        return new StructuredSelection(((IStructuredSelection) viewer.getSelection()).toList().stream()
                .flatMap(row -> ProblemRows.claims(row).stream()).distinct().toList());
    }

    @Override
    public void setSelection(ISelection selection) {
        // problems are selected by the user only
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }
}
