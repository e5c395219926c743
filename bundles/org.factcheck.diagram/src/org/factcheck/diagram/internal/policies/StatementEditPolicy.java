package org.factcheck.diagram.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;
import org.factcheck.diagram.internal.commands.DiagramCommands;
import org.factcheck.diagram.internal.commands.EmfCommand;
import org.factcheck.diagram.internal.parts.DiagramContent;
import org.factcheck.model.Claim;

/** Applies a claim's statement typed in place. */
public final class StatementEditPolicy extends DirectEditPolicy {

    @Override
    protected Command getDirectEditCommand(DirectEditRequest request) {
        Object value = request.getCellEditor().getValue();
        if (!(getHost().getModel() instanceof Claim claim) || !(value instanceof String text)) {
            return null;
        }
        DiagramContent content = Policies.content(getHost());
        return new EmfCommand(DiagramCommands.setStatement(content.session().domain(), claim, text.strip()));
    }

    @Override
    protected void showCurrentEditValue(DirectEditRequest request) {
        // the text field shows what is being typed
    }
}
