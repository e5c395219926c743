package org.factcheck.diagram.internal.parts;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;

/**
 * Watches a case and its diagram and tells the diagram's edit part what to refresh: after each command on the
 * case's stack (so a compound command of thousands of changes refreshes once), or soon after changes made outside
 * the stack.
 */
final class ModelChangeTracker extends EContentAdapter implements CommandStackListener {

    private final CaseDiagramPart part;
    private boolean claims;
    private boolean connections;
    private boolean nodes;
    private boolean visuals;
    private boolean scheduled;

    ModelChangeTracker(CaseDiagramPart part) {
        this.part = part;
    }

    void attach() {
        DiagramContent content = part.content();
        content.caseFile().eAdapters().add(this);
        content.diagram().eAdapters().add(this);
        content.session().commandStack().addCommandStackListener(this);
    }

    void detach() {
        DiagramContent content = part.content();
        content.session().commandStack().removeCommandStackListener(this);
        content.diagram().eAdapters().remove(this);
        content.caseFile().eAdapters().remove(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER) {
            return;
        }
        Object notifier = notification.getNotifier();
        Object feature = notification.getFeature();
        if (notifier instanceof CaseFile) {
            claims |= feature == CasePackage.Literals.CASE_FILE__CLAIMS;
            connections |= feature == CasePackage.Literals.CASE_FILE__RELATIONS;
        } else if (notifier instanceof ClaimRelation) {
            connections = true;
        } else if (notifier instanceof Diagram || notifier instanceof Node) {
            nodes = true;
        }
        visuals = true;
        if (!scheduled) {
            scheduled = true;
            Display.getDefault().asyncExec(this::flush);
        }
    }

    @Override
    public void commandStackChanged(EventObject event) {
        flush();
    }

    /** Refreshes what changed since the last flush. */
    void flush() {
        scheduled = false;
        if (!(claims || connections || nodes || visuals) || !part.isActive()) {
            return;
        }
        boolean refreshClaims = claims;
        boolean refreshConnections = connections || claims;
        claims = connections = nodes = visuals = false;
        part.update(refreshClaims, refreshConnections);
    }
}
