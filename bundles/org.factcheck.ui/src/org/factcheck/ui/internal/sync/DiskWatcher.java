package org.factcheck.ui.internal.sync;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * Notices when an open case's file changes on disk: the folders of the open cases are watched by the operating
 * system (a {@link WatchService}; no polling of the disk), and every open case is checked when a workbench window or
 * part is activated (coming back from the terminal after a {@code git pull}). A burst of file events (git writing
 * several files) leads to one check, a moment after the last. What is then done is {@link ExternalChanges#check}'s.
 */
public final class DiskWatcher {

    /** How long after the last file event the cases are checked, in milliseconds. */
    static final int SETTLE_MS = 400;

    private static DiskWatcher instance;

    private final Display display;
    private final WatchService service;
    private final Map<Path, WatchKey> watched = new HashMap<>();
    private final Runnable check = this::checkNow;

    private DiskWatcher(Display display, WatchService service) {
        this.display = display;
        this.service = service;
    }

    /** Starts watching for the workbench (once; later calls do nothing). Call on the UI thread. */
    public static synchronized void start(IWorkbench workbench) {
        if (instance != null) {
            return;
        }
        WatchService service;
        try {
            service = FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            service = null; // no file events here: activation still checks
        }
        DiskWatcher watcher = new DiskWatcher(workbench.getDisplay(), service);
        instance = watcher;
        workbench.addWindowListener(watcher.windows);
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            window.getPartService().addPartListener(watcher.parts);
        }
        CaseSessions.getDefault().addListener(watcher.sessions);
        CaseSessions.getDefault().all().forEach(watcher::watch);
        if (service != null) {
            Thread thread = new Thread(watcher::run, "Fact-Check case file watcher");
            thread.setDaemon(true);
            thread.start();
        }
        workbench.getDisplay().disposeExec(watcher::stop);
    }

    private final IWindowListener windows = new IWindowListener() {
        @Override
        public void windowActivated(IWorkbenchWindow window) {
            soon();
        }

        @Override
        public void windowOpened(IWorkbenchWindow window) {
            window.getPartService().addPartListener(parts);
        }

        @Override
        public void windowDeactivated(IWorkbenchWindow window) {
        }

        @Override
        public void windowClosed(IWorkbenchWindow window) {
        }
    };

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            soon();
        }
    };

    private final CaseSessions.Listener sessions = new CaseSessions.Listener() {
        @Override
        public void opened(CaseSession session) {
            watch(session);
        }
    };

    /** Watches the folder of a case's file (again after Save As moved it). */
    private void watch(CaseSession session) {
        if (service == null) {
            return;
        }
        Path dir = session.file().toAbsolutePath().normalize().getParent();
        synchronized (watched) {
            if (dir == null || watched.containsKey(dir)) {
                return;
            }
            try {
                watched.put(dir, dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
            } catch (IOException e) {
                // a folder that cannot be watched: activation still checks
            }
        }
    }

    /** The watching thread: every event in a watched folder leads to a check, once the events settle. */
    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                key.pollEvents();
                key.reset();
                if (display.isDisposed()) {
                    return;
                }
                display.asyncExec(this::soon);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // the workbench is closing
        }
    }

    /** Checks the open cases a moment from now; a later call moves the check later (SWT reschedules the timer). */
    private void soon() {
        if (!display.isDisposed()) {
            display.timerExec(SETTLE_MS, check);
        }
    }

    private void checkNow() {
        Set<CaseSession> open = new HashSet<>(CaseSessions.getDefault().all());
        open.forEach(this::watch);
        ExternalChanges.checkAll();
    }

    private void stop() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
