package org.factcheck.diagram.internal.policies;

import java.util.Map;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.factcheck.diagram.internal.commands.DiagramCommands;
import org.factcheck.diagram.internal.commands.EmfCommand;
import org.factcheck.diagram.internal.figures.ClaimFigure;
import org.factcheck.diagram.internal.parts.DiagramContent;
import org.factcheck.model.Claim;

/** Moving and resizing claims (their diagram node only) and adding new claims where the user clicks. */
public final class DiagramLayoutPolicy extends XYLayoutEditPolicy {

    @Override
    protected Command createChangeConstraintCommand(ChangeBoundsRequest request, EditPart child, Object constraint) {
        String label = RequestConstants.REQ_RESIZE_CHILDREN.equals(request.getType()) ? "Resize" : "Move";
        return place(child, constraint, label);
    }

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        return place(child, constraint, "Move");
    }

    private Command place(EditPart child, Object constraint, String label) {
        if (!(child.getModel() instanceof Claim claim) || !(constraint instanceof Rectangle bounds)) {
            return null;
        }
        DiagramContent content = Policies.content(getHost());
        return new EmfCommand(DiagramCommands.place(content.session().domain(), content.diagram(), Map.of(claim, bounds), label));
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        if (!(request.getNewObject() instanceof Claim claim)) {
            return null;
        }
        Rectangle bounds = ((Rectangle) getConstraintFor(request)).getCopy();
        if (bounds.width <= 0) {
            bounds.width = ClaimFigure.DEFAULT_WIDTH;
        }
        if (bounds.height <= 0) {
            bounds.height = 0;
        }
        DiagramContent content = Policies.content(getHost());
        return new EmfCommand(DiagramCommands.addClaim(content.session().domain(), content.diagram(), claim, bounds));
    }
}
