package org.factcheck.ui.internal.history;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The History view's selection: the claim or article whose history it shows (its rows are commits, which no other
 * part can show), so that Properties shows that object while the view is active.
 */
final class HistorySelection implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    /** Makes {@code object} (null: nothing, for the whole case) the selection, telling the listeners. */
    void follow(Object object) {
        selection = object == null ? StructuredSelection.EMPTY : new StructuredSelection(object);
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        listeners.forEach(l -> l.selectionChanged(event));
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    /** Others do not choose what the History view follows through its selection. */
    @Override
    public void setSelection(ISelection ignored) {
        // the view follows the selection of the other parts instead
    }
}
