package org.factcheck.diagram.internal.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;
import org.factcheck.core.analysis.AnalysisResult;
import org.factcheck.core.analysis.ArgumentAnalysis;
import org.factcheck.core.checks.CaseChecks;
import org.factcheck.core.checks.CheckResult;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Document;
import org.factcheck.model.Source;
import org.factcheck.model.Tag;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * The analysis of one open case and the problems its case checks find. The analysis reads the whole case, so after a
 * change to the argument it is worked out again in the background, once per burst of changes: an edit is drawn at
 * once with the labels there were, and the listeners (the diagrams, the problems view) are told on the UI thread
 * when the new analysis is there. A result that the case has changed under while it was worked out is discarded
 * and the analysis runs again, so what the listeners are told always matches the case as it is when they are told.
 * The checks (built-in and contributed, run through {@link CaseChecks}) run once the edits have settled and when
 * checks are installed or removed, in a background job on a copy of the case ({@link CheckSnapshot}), so that a
 * slow or hanging check never holds up the UI; their result is told when it arrives, unless the case changed
 * meanwhile (then they run again). Used on the UI thread.
 */
public final class CaseAnalyses {

    /** Told after the case changed, with the new analysis. */
    public interface Listener {
        void analysed(CaseSession session, AnalysisResult result);

        /** Told with the case checks' problems after any change; only listeners that {@link #wantsChecks()}. */
        default void checked(CaseSession session, CheckResult result) {
        }

        /** @return whether the case checks should run for this listener */
        default boolean wantsChecks() {
            return false;
        }
    }

    private static final Map<CaseSession, CaseAnalyses> OPEN = new HashMap<>();

    static {
        CaseSessions.getDefault().addListener(new CaseSessions.Listener() {
            @Override
            public void closed(CaseSession session) {
                CaseAnalyses analyses = OPEN.remove(session);
                if (analyses != null) {
                    analyses.dispose();
                }
            }
        });
        CaseChecks.getDefault().addChangeListener(() -> Display.getDefault().asyncExec(() -> {
            for (CaseAnalyses analyses : List.copyOf(OPEN.values())) {
                analyses.checks = null;
                analyses.checkGeneration++;
                analyses.changed();
            }
        }));
    }

    private final CaseSession session;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final EContentAdapter watcher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
                changeCount++;
                checks = null;
                checkGeneration++;
                if (concernsTheArgument(notification)) {
                    generation++;
                }
                changed();
            }
        }
    };
    private AnalysisResult result;
    /** Counts the changes to the argument: a result is current when it was worked out at the latest count. */
    private long generation;
    /** The count {@link #result} was worked out at. */
    private long resultGeneration = -1;
    /** Whether an analysis runs in the background now. */
    private boolean analysing;
    /** The analysis the listeners were last told of. */
    private AnalysisResult told;
    private CheckResult checks;
    /** Counts the changes of the case (and of the installed checks): a result of checks made before is stale. */
    private long checkGeneration;
    /** Whether the checks run in the background now. */
    private boolean checking;
    private boolean notifying;
    /** Counts every change of the case. */
    private long changeCount;

    private CaseAnalyses(CaseSession session) {
        this.session = session;
        session.caseFile().eAdapters().add(watcher);
    }

    /**
     * Whether a change can alter the analysis, which reads claims (statement, verdict, evidence), relations and
     * their kinds, and the rating scale; articles, spans, sources, people and tags it does not read, so marking a
     * span costs no analysis of the whole case.
     */
    static boolean concernsTheArgument(Notification notification) {
        Object notifier = notification.getNotifier();
        if (notifier instanceof CaseFile) {
            Object feature = notification.getFeature();
            return feature != CasePackage.Literals.CASE_FILE__DOCUMENTS && feature != CasePackage.Literals.CASE_FILE__SOURCES
                    && feature != CasePackage.Literals.CASE_FILE__ACTORS && feature != CasePackage.Literals.CASE_FILE__TAGS;
        }
        return !(notifier instanceof Document || notifier instanceof TextSpan || notifier instanceof Source
                || notifier instanceof Actor || notifier instanceof Tag);
    }

    /** Stops telling {@code listener} about {@code session}, without starting an analysis of a case closed since. */
    public static void forget(CaseSession session, Listener listener) {
        CaseAnalyses analyses = OPEN.get(session);
        if (analyses != null) {
            analyses.removeListener(listener);
        }
    }

    /**
     * @return the count of the case's changes so far: work begun on a copy of the case at one count is of the case
     *         as it is only while the count is the same (UI thread)
     */
    public long changeCount() {
        return changeCount;
    }

    /** @return the analyses of an open case, created on first use */
    public static CaseAnalyses of(CaseSession session) {
        return OPEN.computeIfAbsent(session, CaseAnalyses::new);
    }

    /**
     * @return the newest analysis: of the case as it is now, or, while a new one is being worked out for listeners
     *         that will be told of it, the one before (the last edit's labels follow a moment later). Worked out
     *         here when there is none yet, or when nobody listens for the new one.
     */
    public AnalysisResult result() {
        if (result == null || resultGeneration != generation && listeners.isEmpty()) {
            result = ArgumentAnalysis.analyze(session.caseFile());
            resultGeneration = generation;
        }
        return result;
    }

    /**
     * @return the analysis of the case as it is now, worked out here if the newest is still a moment behind (for what
     *         is written out, such as an exported image)
     */
    public AnalysisResult current() {
        if (!isCurrent()) {
            result = ArgumentAnalysis.analyze(session.caseFile());
            resultGeneration = generation;
            tell();
        }
        return result;
    }

    /** @return whether {@link #result()} is the analysis of the case as it is now */
    public boolean isCurrent() {
        return result != null && resultGeneration == generation;
    }

    /**
     * Works the analysis out on a worker thread, reading the case while the UI thread may change it: a change on
     * the UI thread counts {@link #generation} up, so a result (or a failure) that began at an older count is
     * discarded and the analysis runs again. The case is never written from the worker.
     */
    private void analyseInTheBackground() {
        if (analysing || OPEN.get(session) != this) {
            return;
        }
        analysing = true;
        long at = generation;
        org.factcheck.model.CaseFile caseFile = session.caseFile();
        Display display = Display.getCurrent();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Analysing the argument", monitor -> {
            AnalysisResult found = null;
            RuntimeException failure = null;
            try {
                found = ArgumentAnalysis.analyze(caseFile);
            } catch (RuntimeException e) { // the case changed under it; or a fault, worked out again below
                failure = e;
            }
            AnalysisResult analysed = found;
            RuntimeException failed = failure;
            if (!display.isDisposed()) {
                display.asyncExec(() -> analysed(at, analysed, failed));
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void analysed(long at, AnalysisResult found, RuntimeException failure) {
        analysing = false;
        if (OPEN.get(session) != this) {
            return;
        }
        if (at != generation) {
            analyseInTheBackground(); // stale: the case changed while it was analysed
            return;
        }
        // a failure on an unchanged case is no race: work it out here, where it is reported as usual
        result = failure == null ? found : ArgumentAnalysis.analyze(session.caseFile());
        resultGeneration = at;
        tell();
    }

    /** Tells the listeners of the analysis if it is new to them. */
    private void tell() {
        AnalysisResult now = result;
        if (now != null && now != told) {
            told = now;
            listeners.forEach(l -> l.analysed(session, now));
        }
    }

    /** @return the problems the case checks found in the case as it is now, or {@code null} while they run */
    public CheckResult knownChecks() {
        return checks;
    }

    /**
     * Tells the listeners that want them the problems the case checks find: at once if they are known, otherwise
     * when the background job that runs the checks is done.
     */
    public void requestChecks() {
        if (checks != null) {
            CheckResult known = checks;
            listeners.stream().filter(Listener::wantsChecks).forEach(l -> l.checked(session, known));
            return;
        }
        if (checking) {
            return; // the job that runs tells them, or runs again if the case changed meanwhile
        }
        checking = true;
        long startedAt = checkGeneration;
        CaseFile live = session.caseFile();
        // The copy of a case of 2,000 claims takes a tenth of a second: a worker makes it while the UI thread may
        // change the case, and copied() hands it to the checks only if no change came meanwhile, so that a check
        // (a plugin's too) never reads a copy torn by an edit
        Display display = Display.getCurrent();
        Job copy = Job.create("Copying " + live.getTitle() + " for its checks", monitor -> {
            CheckSnapshot snapshot = null;
            try {
                snapshot = CheckSnapshot.of(live);
            } catch (RuntimeException e) { // the case changed under the copy; or a fault, copied again below
                snapshot = null;
            }
            CheckSnapshot made = snapshot;
            if (!display.isDisposed()) {
                display.asyncExec(() -> copied(startedAt, made));
            }
            return Status.OK_STATUS;
        });
        copy.setSystem(true);
        copy.schedule();
    }

    /** On the UI thread: a copy made while no change came is the case as it is, and is checked. */
    private void copied(long startedAt, CheckSnapshot snapshot) {
        if (OPEN.get(session) != this) {
            checking = false;
            return;
        }
        if (startedAt != checkGeneration) {
            arrived(startedAt, null); // stale: checked again once the edits settle
        } else {
            check(startedAt, snapshot != null ? snapshot : CheckSnapshot.of(session.caseFile())); // no race: copy here
        }
    }

    /** Runs the checks on a copy in the background; what they find arrives on the UI thread. */
    private void check(long startedAt, CheckSnapshot snapshot) {
        Display display = Display.getCurrent();
        Job job = Job.create("Checking " + session.caseFile().getTitle(), monitor -> {
            CheckResult found = snapshot.run();
            if (!display.isDisposed()) {
                display.asyncExec(() -> arrived(startedAt, found));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void arrived(long startedAt, CheckResult found) {
        checking = false;
        if (OPEN.get(session) != this) {
            return;
        }
        if (startedAt == checkGeneration) {
            checks = found;
            if (listeners.stream().anyMatch(Listener::wantsChecks)) {
                requestChecks(); // tells them
            }
        } else if (listeners.stream().anyMatch(Listener::wantsChecks)) {
            // the case changed meanwhile: check it again once those edits have settled too
            Display.getCurrent().timerExec(CHECK_DELAY_MS, runChecks);
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void changed() {
        if (!notifying && !listeners.isEmpty()) {
            notifying = true;
            Display.getDefault().asyncExec(() -> {
                notifying = false;
                if (OPEN.get(session) == this) {
                    if (result == null) {
                        result();
                        tell();
                    } else if (!isCurrent()) { // a change the analysis does not read (a span, a source) costs none
                        analyseInTheBackground();
                    }
                    if (checks == null && listeners.stream().anyMatch(Listener::wantsChecks)) {
                        Display.getDefault().timerExec(CHECK_DELAY_MS, runChecks);
                    }
                }
            });
        }
    }

    /**
     * The case checks read the whole case (every span against its article's text, every object against the model's
     * constraints), so they run once the edits have settled: {@link #CHECK_DELAY_MS} after the last burst of changes
     * (each burst puts it off again), not after every command, which keeps an edit's repaint free of them.
     */
    static final int CHECK_DELAY_MS = 400;

    private final Runnable runChecks = this::runChecks;

    private void runChecks() {
        if (OPEN.get(session) == this && listeners.stream().anyMatch(Listener::wantsChecks)) {
            requestChecks();
        }
    }

    private void dispose() {
        session.caseFile().eAdapters().remove(watcher);
        listeners.clear();
    }
}
