package org.factcheck.ui.internal.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.factcheck.model.Claim;
import org.factcheck.model.TextSpan;

/** The document editor's selection as the workbench sees it: model objects (claims, then spans), not text. */
final class SpanSelection implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private StructuredSelection current = StructuredSelection.EMPTY;

    /** The claims {@code owner} gives of the spans (each once, in order), then the spans themselves. */
    void set(List<TextSpan> spans, Function<TextSpan, Claim> owner) {
        List<Object> elements = new ArrayList<>(spans.stream().map(owner).filter(Objects::nonNull).distinct().toList());
        elements.addAll(spans);
        set(elements);
    }

    void set(List<Object> elements) {
        if (elements.equals(current.toList())) {
            return;
        }
        current = elements.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(elements);
        SelectionChangedEvent event = new SelectionChangedEvent(this, current);
        listeners.forEach(l -> l.selectionChanged(event));
    }

    @Override
    public ISelection getSelection() {
        return current;
    }

    @Override
    public void setSelection(ISelection selection) {
        // the selection follows the caret; other parts select in the text through DocumentEditor.select
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
