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
 * The analysis of one open case and the problems its case checks find, recomputed when asked for after the case
 * changed. Diagrams ask for the analysis after every command; the problems view is told, once per burst of
 * changes, on the UI thread: of the analysis after changes to the argument, of the checks (built-in and
 * contributed, run through {@link CaseChecks}) after any change and when checks are installed or removed. The
 * checks run in a background job on a copy of the case ({@link CheckSnapshot}), so that a slow or hanging check
 * never holds up the UI; their result is told when it arrives, unless the case changed meanwhile (then they run
 * again). Used on the UI thread.
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
                analyses.generation++;
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
                checks = null;
                generation++;
                if (concernsTheArgument(notification)) {
                    result = null;
                }
                changed();
            }
        }
    };
    private AnalysisResult result;
    private CheckResult checks;
    /** Counts the changes of the case (and of the installed checks): a result of checks made before is stale. */
    private long generation;
    private boolean checking;
    private boolean notifying;

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

    /** @return the analyses of an open case, created on first use */
    public static CaseAnalyses of(CaseSession session) {
        return OPEN.computeIfAbsent(session, CaseAnalyses::new);
    }

    /** @return the analysis of the case as it is now */
    public AnalysisResult result() {
        if (result == null) {
            result = ArgumentAnalysis.analyze(session.caseFile());
        }
        return result;
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
        long startedAt = generation;
        CheckSnapshot snapshot = CheckSnapshot.of(session.caseFile());
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
        if (startedAt == generation) {
            checks = found;
        }
        if (listeners.stream().anyMatch(Listener::wantsChecks)) {
            requestChecks(); // tells them, or checks the case as it is now
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
                    AnalysisResult now = result();
                    listeners.forEach(l -> l.analysed(session, now));
                    if (listeners.stream().anyMatch(Listener::wantsChecks)) {
                        requestChecks();
                    }
                }
            });
        }
    }

    private void dispose() {
        session.caseFile().eAdapters().remove(watcher);
        listeners.clear();
    }
}
