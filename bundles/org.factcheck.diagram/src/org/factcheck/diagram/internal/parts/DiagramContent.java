package org.factcheck.diagram.internal.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.factcheck.core.analysis.AnalysisResult;
import org.factcheck.diagram.internal.analysis.CaseAnalyses;
import org.factcheck.diagram.internal.badges.ClaimBadges;
import org.factcheck.diagram.internal.figures.ClaimFigure;
import org.factcheck.diagram.internal.figures.ClaimView;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;
import org.factcheck.ui.cases.CaseSession;

/**
 * The contents of a diagram viewer: a case and one of its diagrams, with quick lookups (a claim's node, a
 * claim's relations) that are rebuilt after the model changed, and the positions given to claims that have no
 * node yet.
 */
public final class DiagramContent {

    private final CaseSession session;
    private final Diagram diagram;
    private Map<EObject, Node> nodes;
    private Map<Claim, List<ClaimRelation>> outgoing;
    private Map<Claim, List<ClaimRelation>> incoming;
    private final Map<Claim, Rectangle> pending = new HashMap<>();
    private boolean showEvidence;
    private ClaimBadges badges;

    public DiagramContent(CaseSession session, Diagram diagram) {
        this.session = session;
        this.diagram = diagram;
    }

    public CaseSession session() {
        return session;
    }

    public Diagram diagram() {
        return diagram;
    }

    public CaseFile caseFile() {
        return session.caseFile();
    }

    /** @return the analysis of the case as it is now */
    public AnalysisResult analysis() {
        return CaseAnalyses.of(session).result();
    }

    public boolean showEvidence() {
        return showEvidence;
    }

    public void setShowEvidence(boolean show) {
        showEvidence = show;
    }

    /** Forgets the lookups; called after the model changed. */
    void invalidate() {
        nodes = null;
        outgoing = null;
        incoming = null;
    }

    /**
     * @return the badges of the contributed decorators for a claim, as far as they are known; never calls a
     *         decorator (they run in the background, see {@link ClaimBadges})
     */
    List<ClaimView.Badge> badges(Claim claim) {
        return badges == null ? List.of() : badges.of(claim);
    }

    /** @return the badges of the claims, while the diagram is shown; {@code null} otherwise */
    public ClaimBadges claimBadges() {
        return badges;
    }

    void setBadges(ClaimBadges badges) {
        if (this.badges != null) {
            this.badges.dispose();
        }
        this.badges = badges;
    }

    /** @return the claim's node in this diagram, or {@code null} if it has not been placed yet */
    public Node nodeOf(Claim claim) {
        if (nodes == null) {
            nodes = new HashMap<>();
            for (Node node : diagram.getNodes()) {
                nodes.putIfAbsent(node.getElement(), node);
            }
        }
        return nodes.get(claim);
    }

    /** @return the relations drawn from the claim */
    List<ClaimRelation> outgoing(Claim claim) {
        index();
        return outgoing.getOrDefault(claim, List.of());
    }

    /** @return the relations drawn to the claim */
    List<ClaimRelation> incoming(Claim claim) {
        index();
        return incoming.getOrDefault(claim, List.of());
    }

    private void index() {
        if (outgoing != null) {
            return;
        }
        outgoing = new HashMap<>();
        incoming = new HashMap<>();
        CaseFile caseFile = caseFile();
        for (ClaimRelation relation : caseFile.getRelations()) {
            Claim source = relation.getSource();
            Claim target = relation.getTarget();
            if (relation.getKind() != null && source != null && target != null && source.eContainer() == caseFile
                    && target.eContainer() == caseFile) {
                outgoing.computeIfAbsent(source, c -> new ArrayList<>()).add(relation);
                incoming.computeIfAbsent(target, c -> new ArrayList<>()).add(relation);
            }
        }
    }

    /** @return where a claim without a node is shown, or {@code null} if it has not been placed */
    Rectangle pending(Claim claim) {
        return pending.get(claim);
    }

    /** @return the claims shown at an automatic position, with that position */
    public Map<Claim, Rectangle> pending() {
        return Map.copyOf(pending);
    }

    void setPending(Map<Claim, Rectangle> positions) {
        pending.clear();
        pending.putAll(positions);
    }

    /**
     * Where a claim's box goes: its node's position and width, at least as high as its content needs; for a claim
     * without a node, its automatic position.
     */
    Rectangle boundsOf(Claim claim, ClaimFigure figure) {
        Node node = nodeOf(claim);
        Rectangle base;
        if (node != null) {
            base = new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight());
        } else {
            Rectangle placed = pending.get(claim);
            base = placed == null ? new Rectangle(0, 0, 0, 0) : placed.getCopy();
        }
        if (base.width <= 0) {
            base.width = ClaimFigure.DEFAULT_WIDTH;
        }
        base.height = Math.max(base.height, figure.getPreferredSize(base.width, -1).height);
        return base;
    }
}
