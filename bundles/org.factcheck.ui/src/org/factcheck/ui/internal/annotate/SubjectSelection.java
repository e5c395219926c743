package org.factcheck.ui.internal.annotate;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;

/** The selection of a part about one object (a claim editor): always that object, for Properties and the views. */
public final class SubjectSelection implements ISelectionProvider {

    private final StructuredSelection selection;

    public SubjectSelection(Object subject) {
        selection = new StructuredSelection(subject);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection ignored) {
        // always the part's subject
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // the selection never changes
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // the selection never changes
    }
}
