package org.factcheck.diagram.internal.parts;

import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.factcheck.core.analysis.AnalysisResult;
import org.factcheck.diagram.internal.figures.ClaimFigure;
import org.factcheck.diagram.internal.policies.DeletionPolicy;
import org.factcheck.diagram.internal.policies.RelationCreationPolicy;
import org.factcheck.diagram.internal.policies.StatementEditPolicy;
import org.factcheck.model.Claim;

/** A claim: its box, the relations drawn from and to it, and direct editing of its statement. */
public final class ClaimPart extends AbstractGraphicalEditPart implements NodeEditPart {

    private ConnectionAnchor anchor;

    public ClaimPart(Claim claim) {
        setModel(claim);
    }

    /** One anchor shared by all the claim's relations: each anchor listens to the figure's ancestors. */
    private ConnectionAnchor anchor() {
        if (anchor == null) {
            anchor = new ChopboxAnchor(getFigure());
        }
        return anchor;
    }

    public Claim claim() {
        return (Claim) getModel();
    }

    public ClaimFigure figure() {
        return (ClaimFigure) getFigure();
    }

    DiagramContent content() {
        return ((CaseDiagramPart) getParent()).content();
    }

    @Override
    protected IFigure createFigure() {
        return new ClaimFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new DeletionPolicy());
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new RelationCreationPolicy());
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new StatementEditPolicy());
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List getModelSourceConnections() {
        return content().outgoing(claim());
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List getModelTargetConnections() {
        return content().incoming(claim());
    }

    @Override
    protected void refreshVisuals() {
        refreshContent();
        refreshBounds();
    }

    /** Shows the claim's current statement, verdict, evidence, analysis and decorators' badges. */
    void refreshContent() {
        DiagramContent content = content();
        figure().setShowEvidence(content.showEvidence());
        AnalysisResult analysis = content.analysis();
        List<org.factcheck.diagram.internal.figures.ClaimView.Badge> badges = content.badges(claim());
        figure().setView(ClaimViews.of(claim(), analysis, badges));
        figure().setDetails(() -> ClaimViews.details(claim(), analysis, badges));
    }

    /** Puts the box where the claim's node (or automatic position) says. */
    void refreshBounds() {
        Rectangle bounds = content().boundsOf(claim(), figure());
        IFigure container = getFigure().getParent();
        if (container != null && container.getLayoutManager() != null
                && bounds.equals(container.getLayoutManager().getConstraint(getFigure()))) {
            return; // unchanged: setting it again would lay out the whole diagram
        }
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), bounds);
    }

    void refreshConnections() {
        refreshSourceConnections();
        refreshTargetConnections();
    }

    void refreshRelationVisuals() {
        for (Object connection : getSourceConnections()) {
            ((RelationPart) connection).refreshLabel();
        }
    }

    @Override
    public void performRequest(Request request) {
        if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType()) || RequestConstants.REQ_OPEN.equals(request.getType())) {
            new StatementEditManager(this).show();
        }
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return anchor();
    }
}
