package org.factcheck.ui.internal.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.factcheck.core.CaseFileException;
import org.factcheck.ui.cases.CaseSession;

/**
 * The cases named on the command line, read in a background thread while the workbench builds its window, so the
 * window does not also wait for the files to be parsed: on two cores the reading costs the start nothing. Each is
 * read exactly as File › Open reads it ({@link CaseSession#load}: its lock taken, or read-only when another program
 * holds it). The workbench then {@link #take}s them one by one; one not taken (the window never opened) is closed,
 * its lock released, by {@link #discardUntaken}.
 */
final class CasePreload {

    private final Map<Path, CompletableFuture<CaseSession>> loads = new LinkedHashMap<>();

    private CasePreload() {
    }

    /** Starts reading {@code files}, in order, in one daemon thread. */
    static CasePreload start(List<Path> files) {
        CasePreload preload = new CasePreload();
        files.forEach(file -> preload.loads.putIfAbsent(file, new CompletableFuture<>()));
        if (!preload.loads.isEmpty()) {
            // its own list: the map loses each case as it is taken, which may be before the thread reads it
            Map<Path, CompletableFuture<CaseSession>> toRead = Map.copyOf(preload.loads);
            List<Path> order = List.copyOf(preload.loads.keySet());
            Thread reader = new Thread(() -> order.forEach(file -> read(file, toRead.get(file))),
                    "Fact-Check: reading the cases to open");
            reader.setDaemon(true);
            reader.start();
        }
        return preload;
    }

    private static void read(Path file, CompletableFuture<CaseSession> load) {
        try {
            load.complete(CaseSession.load(file));
        } catch (Throwable e) { // whatever it is, the workbench waiting for this case gets it
            load.completeExceptionally(e);
        }
    }

    /**
     * The case read from {@code file}, waiting for it if need be; read now (on the calling thread) when it was not
     * asked for, or when its file changed on disk since it was read. Throws what reading it threw.
     */
    CaseSession take(Path file) throws CaseFileException {
        CompletableFuture<CaseSession> load;
        synchronized (loads) {
            load = loads.remove(file);
        }
        if (load == null) {
            return CaseSession.load(file);
        }
        CaseSession session;
        try {
            session = load.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CaseFileException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
        if (session.changedOnDisk()) { // written meanwhile (a git pull as the workbench started): read it as it is now
            session.dispose();
            return CaseSession.load(file);
        }
        return session;
    }

    /** Whether the read of {@code file} has ended, well or not (tests). */
    boolean done(Path file) {
        synchronized (loads) {
            CompletableFuture<CaseSession> load = loads.get(file);
            return load == null || load.isDone();
        }
    }

    /** Closes every case read but not taken, releasing its lock. */
    void discardUntaken() {
        List<CompletableFuture<CaseSession>> left;
        synchronized (loads) {
            left = List.copyOf(loads.values());
            loads.clear();
        }
        left.forEach(load -> load.thenAccept(CaseSession::dispose));
    }
}
