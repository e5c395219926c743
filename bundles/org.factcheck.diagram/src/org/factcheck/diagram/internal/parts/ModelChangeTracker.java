package org.factcheck.diagram.internal.parts;

import java.util.Collection;
import java.util.EventObject;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Document;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;
import org.factcheck.model.notation.NotationPackage;

/**
 * Watches a case and its diagram and tells the diagram's edit part what to refresh: after each command on the
 * case's stack (so a compound command of thousands of changes refreshes once), or soon after changes made outside
 * the stack. It notes which claims changed (themselves, their evidence, their relations, their nodes), so that only
 * their boxes are refreshed; changes to articles are not drawn and cost nothing.
 */
final class ModelChangeTracker extends EContentAdapter implements CommandStackListener {

    private final CaseDiagramPart part;
    private boolean claims;
    private boolean connections;
    private boolean nodes;
    private boolean visuals;
    private boolean scheduled;
    /** Something many boxes show changed: refresh every box. */
    private boolean everything;
    /** The claims whose boxes or relations changed. */
    private final Set<Claim> touched = new HashSet<>();

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
        if (notifier instanceof Document) {
            return; // articles and their lists of spans are not drawn; a span joins a box through its claim
        }
        if (notifier instanceof CaseFile) {
            claims |= feature == CasePackage.Literals.CASE_FILE__CLAIMS;
            connections |= feature == CasePackage.Literals.CASE_FILE__RELATIONS;
            if (feature == CasePackage.Literals.CASE_FILE__RELATIONS) {
                ends(notification.getOldValue());
                ends(notification.getNewValue());
            } else if (feature != CasePackage.Literals.CASE_FILE__CLAIMS && feature != CasePackage.Literals.CASE_FILE__DOCUMENTS) {
                everything = true; // the scale, the relation kinds…: rare, and read by many boxes
            }
        } else if (notifier instanceof ClaimRelation relation) {
            connections = true;
            ends(relation);
            ends(notification.getOldValue()); // a relation moved to other claims leaves its old end too
        } else if (notifier instanceof Node node) {
            nodes = true;
            if (node.getElement() instanceof Claim claim) {
                touched.add(claim);
            }
        } else if (notifier instanceof Diagram) {
            nodes = true;
            everything |= feature != NotationPackage.Literals.DIAGRAM__NODES;
            nodesOf(notification.getOldValue());
            nodesOf(notification.getNewValue());
        } else if (notifier instanceof EObject object && claimOf(object) != null) {
            touched.add(claimOf(object)); // the claim, its evidence…
        } else {
            everything = true; // a person's name, a source, a span's quote: shown in boxes that refer to them
        }
        visuals = true;
        if (!scheduled) {
            scheduled = true;
            Display.getDefault().asyncExec(this::flush);
        }
    }

    private void ends(Object value) {
        if (value instanceof ClaimRelation relation) {
            add(relation.getSource());
            add(relation.getTarget());
        } else if (value instanceof Claim claim) {
            touched.add(claim);
        } else if (value instanceof Collection<?> many) {
            many.forEach(this::ends);
        }
    }

    private void nodesOf(Object value) {
        if (value instanceof Node node && node.getElement() instanceof Claim claim) {
            touched.add(claim);
        } else if (value instanceof Collection<?> many) {
            many.forEach(this::nodesOf);
        }
    }

    private void add(Claim claim) {
        if (claim != null) {
            touched.add(claim);
        }
    }

    private static Claim claimOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Claim claim) {
                return claim;
            }
        }
        return null;
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
        Set<Claim> changed = everything ? null : new HashSet<>(touched);
        claims = connections = nodes = visuals = everything = false;
        touched.clear();
        part.update(refreshClaims, refreshConnections, changed);
    }
}
