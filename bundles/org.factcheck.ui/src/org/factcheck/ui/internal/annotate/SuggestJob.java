package org.factcheck.ui.internal.annotate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.factcheck.core.detectors.ClaimDetectors;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.detectors.Suggestions;
import org.factcheck.core.internal.suggestions.CaseSuggestions;
import org.factcheck.model.Document;

/**
 * Suggest Claims for one document in the background, with progress and Cancel (a long article can take a while). The
 * request is made on the UI thread when the job is created (the detectors then never touch the live case); the
 * outcome goes to the {@link SuggestionBoard} on the UI thread. A detector that fails is reported there, it never
 * fails the job.
 */
public final class SuggestJob extends Job {

    private final Display display;
    private final Document document;
    private final String text;
    private final DetectionRequest request;
    private final ClaimDetectors detectors;
    private volatile Suggestions outcome;

    /** Call on the UI thread. */
    public SuggestJob(Document document, ClaimDetectors detectors) {
        super("Suggesting claims in “" + ClaimText.shorten(document.getTitle() == null ? "the article" : document.getTitle(),
                50) + "”");
        this.display = Display.getCurrent();
        this.document = document;
        this.text = document.getText() == null ? "" : document.getText();
        this.request = CaseSuggestions.request(document, null);
        this.detectors = detectors;
        setUser(true);
        setRule(new DocumentRule(document));
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Suggestions found = detectors.detect(request.withMonitor(monitor));
        outcome = found;
        if (!display.isDisposed()) {
            display.asyncExec(() -> SuggestionBoard.getDefault().put(document, text, found));
        }
        return found.canceled() || monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** What the detectors found, once the job is done ({@code null} before). */
    public Suggestions outcome() {
        return outcome;
    }

    /** One run per document at a time. */
    private record DocumentRule(Document document) implements org.eclipse.core.runtime.jobs.ISchedulingRule {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule instanceof DocumentRule other && other.document == document;
        }
    }
}
