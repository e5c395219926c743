package org.factcheck.diagram.internal.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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
 * contributed, run through {@link CaseChecks}) after any change and when checks are installed or removed. Used
 * on the UI thread.
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
                if (concernsTheArgument(notification)) {
                    result = null;
                }
                changed();
            }
        }
    };
    private AnalysisResult result;
    /** The analysis the listeners were last told of. */
    private AnalysisResult told;
    private CheckResult checks;
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

    /** @return the problems the case checks find in the case as it is now */
    public CheckResult checks() {
        if (checks == null) {
            checks = CaseChecks.getDefault().run(session.caseFile());
        }
        return checks;
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
                    if (now != told) { // a change the analysis does not read (a span, a source) tells nobody
                        told = now;
                        listeners.forEach(l -> l.analysed(session, now));
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
        if (OPEN.get(session) == this && !listeners.isEmpty()) {
            CheckResult found = checks();
            listeners.stream().filter(Listener::wantsChecks).forEach(l -> l.checked(session, found));
        }
    }

    private void dispose() {
        session.caseFile().eAdapters().remove(watcher);
        listeners.clear();
    }
}
