package org.factcheck.ui.cases;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The cases open in the workbench. A case is opened by its case explorer; other parts (article editors, claim
 * editors, diagrams) look the session up here or through {@link #of(IWorkbenchPart)} and edit through its single
 * command stack. Every part that works on a case {@link #retain retains} it while it is open and
 * {@link #release releases} it when it closes: the case stays open, with its unsaved changes, as long as any part
 * shows it, so no part's closing can throw away edits that another part still shows. When the case is closed as a
 * whole ({@link #requestClose}), the parts showing it close themselves; the session is closed and disposed when the
 * last of them has released it.
 * <p>
 * Used on the UI thread only.
 */
public final class CaseSessions {

    /** Told when a case is opened or closed. */
    public interface Listener {
        default void opened(CaseSession session) {
        }

        /**
         * The case is being closed as a whole (its explorer closed with nothing left unsaved): a part showing it
         * should close itself, without saving. The session stays usable until {@link #closed}.
         */
        default void closing(CaseSession session) {
        }

        /** The last part using the case released it; the session is about to be disposed. */
        default void closed(CaseSession session) {
        }
    }

    private static final CaseSessions DEFAULT = new CaseSessions();

    private final List<CaseSession> open = new CopyOnWriteArrayList<>();
    private final Map<CaseSession, Integer> users = new IdentityHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private CaseSessions() {
    }

    public static CaseSessions getDefault() {
        return DEFAULT;
    }

    /** The open cases, in the order they were opened. */
    public List<CaseSession> all() {
        return List.copyOf(open);
    }

    /** The open case stored in {@code file}. */
    public Optional<CaseSession> forFile(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        return open.stream().filter(s -> s.file().toAbsolutePath().normalize().equals(normalized)).findFirst();
    }

    /** The open case an object belongs to. */
    public Optional<CaseSession> of(EObject object) {
        Resource resource = object == null ? null : object.eResource();
        return open.stream().filter(s -> s.resource() == resource).findFirst();
    }

    /** The case a workbench part works on, if it works on one (parts adapt to {@link CaseSession}). */
    public static Optional<CaseSession> of(IWorkbenchPart part) {
        return Optional.ofNullable(part == null ? null : part.getAdapter(CaseSession.class));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Registers one more part working on {@code session}; the first registration opens the case (listeners are told
     * {@link Listener#opened}).
     */
    public void retain(CaseSession session) {
        users.merge(session, 1, Integer::sum);
        if (!open.contains(session)) {
            open.add(session);
            listeners.forEach(l -> l.opened(session));
        }
    }

    /**
     * A part working on {@code session} closed. When it was the last, the case is closed: listeners are told
     * {@link Listener#closed} and the session is disposed.
     */
    public void release(CaseSession session) {
        Integer count = users.get(session);
        if (count == null) {
            return;
        }
        if (count > 1) {
            users.put(session, count - 1);
            return;
        }
        users.remove(session);
        open.remove(session);
        listeners.forEach(l -> l.closed(session));
        session.dispose();
    }

    /** How many parts work on {@code session} (0 once it is closed). */
    public int users(CaseSession session) {
        return users.getOrDefault(session, 0);
    }

    /**
     * Asks every part showing {@code session} to close ({@link Listener#closing}); the case closes when the last
     * has released it. Callers make sure nothing unsaved is lost: the parts close without asking.
     */
    public void requestClose(CaseSession session) {
        if (open.contains(session)) {
            listeners.forEach(l -> l.closing(session));
        }
    }
}
