package org.factcheck.ui.internal.annotate;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.TextSpan;

/**
 * Listens to a case and notes which spans of one document may look different after a change: spans added, removed
 * or changed, spans whose evidence changed its stance, spans of claims added or removed. The editor repaints just
 * those, so a change costs time in proportion to its size, not to the number of spans.
 */
final class SpanTracker extends EContentAdapter {

    private final Document document;
    private final Set<TextSpan> changed = new LinkedHashSet<>();
    private boolean textChanged;
    private boolean rolesChanged;

    SpanTracker(Document document) {
        this.document = document;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        note(notification);
    }

    /** Notes what {@code notification} changed (also for notifications another watcher of the case received). */
    void note(Notification notification) {
        if (notification.isTouch()) {
            return;
        }
        Object notifier = notification.getNotifier();
        Object feature = notification.getFeature();
        if (notifier == document) {
            if (feature == Literals.DOCUMENT__TEXT) {
                textChanged = true;
            } else if (feature == Literals.DOCUMENT__ANNOTATIONS) {
                addValues(notification);
            }
        } else if (notifier instanceof TextSpan span) {
            changed.add(span);
        } else if (notifier instanceof Evidence evidence) {
            rolesChanged = true;
            changed.add(evidence.getSpan());
            if (notification.getOldValue() instanceof TextSpan old) {
                changed.add(old);
            }
        } else if (notifier instanceof Claim) {
            rolesChanged = true;
            addValues(notification);
        } else if (notifier instanceof CaseFile && feature == Literals.CASE_FILE__CLAIMS) {
            rolesChanged = true;
            addValues(notification);
        }
    }

    /** Notes the spans among (or under: evidence, claims) the old and new values of a list change. */
    private void addValues(Notification notification) {
        add(notification.getOldValue());
        add(notification.getNewValue());
    }

    private void add(Object value) {
        if (value instanceof TextSpan span) {
            changed.add(span);
        } else if (value instanceof Evidence evidence) {
            changed.add(evidence.getSpan());
        } else if (value instanceof Claim claim) {
            changed.addAll(claim.getAppearances());
            claim.getEvidence().forEach(e -> changed.add(e.getSpan()));
        } else if (value instanceof Collection<?> values) {
            values.forEach(this::add);
        }
    }

    /** The spans noted since the last call (nulls removed), and forgets them. */
    Set<TextSpan> drainSpans() {
        changed.remove(null);
        Set<TextSpan> spans = new LinkedHashSet<>(changed);
        changed.clear();
        return spans;
    }

    /** Whether the document's text changed since the last call. */
    boolean drainTextChanged() {
        boolean was = textChanged;
        textChanged = false;
        return was;
    }

    /** Whether what spans are attached to (claims, evidence) may have changed since the last call. */
    boolean drainRolesChanged() {
        boolean was = rolesChanged;
        rolesChanged = false;
        return was;
    }
}
