package org.factcheck.diagram.internal.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.factcheck.diagram.internal.commands.DiagramCommands;
import org.factcheck.diagram.internal.figures.RelationFigure;
import org.factcheck.diagram.internal.policies.DeletionPolicy;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.RelationKind;

/** A relation between two claims, drawn in the style of its kind's polarity and labelled with the kind. */
public final class RelationPart extends AbstractConnectionEditPart {

    public RelationPart(ClaimRelation relation) {
        setModel(relation);
    }

    public ClaimRelation relation() {
        return (ClaimRelation) getModel();
    }

    public RelationFigure figure() {
        return (RelationFigure) getFigure();
    }

    @Override
    protected IFigure createFigure() {
        return new RelationFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new DeletionPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
    }

    @Override
    protected void refreshVisuals() {
        refreshLabel();
    }

    void refreshLabel() {
        ClaimRelation relation = relation();
        RelationKind kind = relation.getKind();
        if (kind == null) {
            return;
        }
        figure().show(kind.getPolarity(), DiagramCommands.kindLabel(kind), () -> tooltip(relation));
    }

    private static String tooltip(ClaimRelation relation) {
        String kind = relation.getKind() == null ? "relates to" : DiagramCommands.kindLabel(relation.getKind());
        String rationale = relation.getRationale() == null || relation.getRationale().isBlank() ? ""
                : "\n\n" + relation.getRationale();
        return ClaimViews.wrapLines(ClaimViews.shortStatement(relation.getSource()) + "\n" + kind + "\n"
                + ClaimViews.shortStatement(relation.getTarget()) + rationale, 90);
    }
}
