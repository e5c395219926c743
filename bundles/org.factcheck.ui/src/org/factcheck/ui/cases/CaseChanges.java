package org.factcheck.ui.cases;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * What changed in a case, handed to the parts that show it in bursts: everything one command on the case's stack
 * changed arrives at once, right after the command (so a compound command of thousands of changes is one burst),
 * and changes made outside a command arrive together in the next event of the UI thread. Listeners get the EMF
 * notifications themselves and update only what they name; one watcher per case serves every part.
 */
public final class CaseChanges {

    /** Told what changed, on the UI thread; the list is never empty. */
    @FunctionalInterface
    public interface Listener {
        void changed(List<Notification> changes);
    }

    private final CaseSession session;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<Notification> pending = new ArrayList<>();
    private boolean posted;
    private boolean attached;
    private final CommandStackListener stackListener = this::stackChanged;
    private final EContentAdapter watcher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
                collect(notification);
            }
        }
    };

    CaseChanges(CaseSession session) {
        this.session = session;
    }

    /** Starts telling {@code listener}; the case is watched while anyone listens. */
    public void addListener(Listener listener) {
        listeners.add(listener);
        if (!attached) {
            attached = true;
            session.caseFile().eAdapters().add(watcher);
            session.commandStack().addCommandStackListener(stackListener);
        }
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            detach();
        }
    }

    private void detach() {
        if (attached) {
            attached = false;
            session.commandStack().removeCommandStackListener(stackListener);
            session.caseFile().eAdapters().remove(watcher);
            synchronized (pending) {
                pending.clear();
            }
        }
    }

    private void collect(Notification notification) {
        boolean post;
        synchronized (pending) {
            pending.add(notification);
            post = !posted;
            posted = true;
        }
        if (post) {
            Display display = Display.getDefault();
            if (!display.isDisposed()) {
                display.asyncExec(this::flush);
            }
        }
    }

    private void stackChanged(EventObject event) {
        Display display = Display.getDefault();
        if (display.getThread() == Thread.currentThread()) {
            flush();
        } else if (!display.isDisposed()) {
            display.asyncExec(this::flush);
        }
    }

    /** Hands what was collected to the listeners now (on the UI thread). */
    public void flush() {
        List<Notification> burst;
        synchronized (pending) {
            posted = false;
            if (pending.isEmpty()) {
                return;
            }
            burst = List.copyOf(pending);
            pending.clear();
        }
        for (Listener listener : listeners) {
            listener.changed(burst);
        }
    }

    void dispose() {
        listeners.clear();
        detach();
    }
}
