package org.factcheck.diagram.internal.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;

/** Creates the edit part for each model object of a diagram. */
public final class DiagramPartFactory implements EditPartFactory {

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        if (model instanceof DiagramContent content) {
            return new CaseDiagramPart(content);
        }
        if (model instanceof Claim claim) {
            return new ClaimPart(claim);
        }
        if (model instanceof ClaimRelation relation) {
            return new RelationPart(relation);
        }
        throw new IllegalArgumentException("The argument diagram shows no " + model);
    }
}
