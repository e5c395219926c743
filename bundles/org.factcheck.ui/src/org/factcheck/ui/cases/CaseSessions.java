package org.factcheck.ui.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The cases open in the workbench. A case is opened by its case explorer, which owns the session; other parts
 * (article editors, diagrams, views) look the session up here or through {@link #of(IWorkbenchPart)}, edit through
 * its single command stack, and close themselves when {@link Listener#closed} reports the case gone.
 * <p>
 * Used on the UI thread only.
 */
public final class CaseSessions {

    /** Told when a case is opened or closed. */
    public interface Listener {
        default void opened(CaseSession session) {
        }

        default void closed(CaseSession session) {
        }
    }

    private static final CaseSessions DEFAULT = new CaseSessions();

    private final List<CaseSession> open = new CopyOnWriteArrayList<>();
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

    /** Called by the part that owns {@code session} once it is open. */
    public void opened(CaseSession session) {
        if (!open.contains(session)) {
            open.add(session);
            listeners.forEach(l -> l.opened(session));
        }
    }

    /** Called by the part that owns {@code session} when it closes, before the session is disposed. */
    public void closed(CaseSession session) {
        if (open.remove(session)) {
            listeners.forEach(l -> l.closed(session));
        }
    }
}
