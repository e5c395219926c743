package org.factcheck.diagram.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.factcheck.diagram.internal.commands.DiagramCommands;
import org.factcheck.diagram.internal.commands.EmfCommand;
import org.factcheck.diagram.internal.parts.DiagramContent;
import org.factcheck.model.Claim;
import org.factcheck.model.RelationKind;

/**
 * Relating two claims by dragging from one to the other with a relation tool; the tool's kind (supports,
 * contradicts, …) becomes the relation's kind. Reconnecting an existing relation is not offered: delete it and
 * draw the right one, so the history says what happened.
 */
public final class RelationCreationPolicy extends GraphicalNodeEditPolicy {

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        if (!(request.getNewObject() instanceof RelationKind kind) || !(getHost().getModel() instanceof Claim source)) {
            return null;
        }
        Start start = new Start(source, kind);
        request.setStartCommand(start);
        return start;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        if (!(request.getStartCommand() instanceof Start start) || !(getHost().getModel() instanceof Claim target)) {
            return null;
        }
        DiagramContent content = Policies.content(getHost());
        return new EmfCommand(DiagramCommands.relate(content.session().domain(), start.source, target, start.kind));
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        return null;
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        return null;
    }

    /** Where a relation being drawn starts; never executed itself. */
    private static final class Start extends Command {
        final Claim source;
        final RelationKind kind;

        Start(Claim source, RelationKind kind) {
            super("Add Relation");
            this.source = source;
            this.kind = kind;
        }
    }
}
