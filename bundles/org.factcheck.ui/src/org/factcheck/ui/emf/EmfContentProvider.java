package org.factcheck.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * JFace tree content provider over EMF.Edit item providers: the small part of {@code emf.edit.ui}'s
 * {@code AdapterFactoryContentProvider} this product needs (that bundle is not on Maven Central).
 * It asks the item providers for children and refreshes the viewer when they report a change.
 */
public class EmfContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = new Object[0];

    protected final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public EmfContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof ResourceSet set) {
            return set.getResources().toArray();
        }
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider items ? items.getElements(input).toArray() : NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        if (provider instanceof ITreeItemContentProvider tree) {
            Collection<?> children = tree.getChildren(parent);
            return children.toArray();
        }
        return NONE;
    }

    @Override
    public Object getParent(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer current = viewer;
        if (current == null || current.getControl() == null || current.getControl().isDisposed()) {
            return;
        }
        Control control = current.getControl();
        Runnable refresh = () -> {
            if (control.isDisposed()) {
                return;
            }
            Object element = notification instanceof IViewerNotification v ? v.getElement() : notification.getNotifier();
            boolean content = !(notification instanceof IViewerNotification v) || v.isContentRefresh();
            refreshElement(current, element, content, notification);
        };
        if (control.getDisplay().getThread() == Thread.currentThread()) {
            refresh.run();
        } else {
            control.getDisplay().asyncExec(refresh);
        }
    }

    /**
     * Refreshes one element after {@code cause}; subclasses that insert artificial nodes refresh those, and only
     * those the change concerns.
     */
    protected void refreshElement(StructuredViewer target, Object element, boolean structural, Notification cause) {
        refreshElement(target, element, structural);
    }

    /** Refreshes one element after a model change. */
    protected void refreshElement(StructuredViewer target, Object element, boolean structural) {
        if (element == null) {
            target.refresh();
        } else if (structural) {
            // the children's own labels did not change (their changes come as notifications of their own)
            target.refresh(element, false);
            target.update(element, null);
        } else {
            target.update(element, null);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}
