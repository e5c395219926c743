package org.factcheck.diagram.internal.policies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.factcheck.diagram.internal.commands.DiagramCommands;
import org.factcheck.diagram.internal.commands.EmfCommand;
import org.factcheck.diagram.internal.parts.DiagramContent;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;

/**
 * Deleting claims and relations from the case. GEF asks every selected part; the first one answers for the whole
 * selection, so that a relation between two deleted claims is deleted once and one Delete is one undo step.
 * Deleting a claim deletes its relations and its nodes in every diagram.
 */
public final class DeletionPolicy extends ComponentEditPolicy {

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        List<?> parts = request.getEditParts();
        EditPart first = parts.stream().map(EditPart.class::cast)
                .filter(p -> p.getModel() instanceof Claim || p.getModel() instanceof ClaimRelation).findFirst().orElse(null);
        if (first != getHost()) {
            return null;
        }
        Set<Claim> claims = new LinkedHashSet<>();
        List<ClaimRelation> relations = new ArrayList<>();
        for (Object part : parts) {
            Object model = ((EditPart) part).getModel();
            if (model instanceof Claim claim) {
                claims.add(claim);
            } else if (model instanceof ClaimRelation relation) {
                relations.add(relation);
            }
        }
        relations.removeIf(r -> claims.contains(r.getSource()) || claims.contains(r.getTarget()));
        DiagramContent content = Policies.content(getHost());
        CompoundCommand delete = new CompoundCommand(claims.isEmpty() ? "Delete Relation" : "Delete Claim");
        if (!claims.isEmpty()) {
            delete.append(DiagramCommands.deleteClaims(content.session().domain(), claims));
        }
        if (!relations.isEmpty()) {
            delete.append(DiagramCommands.deleteRelations(content.session().domain(), relations));
        }
        return new EmfCommand(delete.unwrap());
    }
}
