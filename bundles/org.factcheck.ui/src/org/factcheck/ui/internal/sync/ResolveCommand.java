package org.factcheck.ui.internal.sync;

import org.eclipse.emf.common.command.AbortExecutionException;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.factcheck.core.merge.Resolutions;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.MergeConflict;
import org.factcheck.ui.cases.CaseSession;

/**
 * Resolves one merge conflict as one undoable command, through the core's {@link Resolutions} (the same resolution
 * {@code factcheck resolve} makes): keep our side, take theirs, keep both where both can exist
 * ({@link Resolutions#keepBoth}), or keep one side and then set a value the user typed. When the side cannot be taken (the sentence says why), nothing changes and the command is not on the stack:
 * {@link #problem()} tells why.
 */
public final class ResolveCommand extends ChangeCommand {

    private final CaseSession session;
    private final MergeConflict conflict;
    private final ConflictSide side;
    private final String edited;
    private final boolean both;
    private String problem;

    /**
     * @param side   the side to take
     * @param edited the value to set afterwards (an attribute's value in words), or null to take the side as it is
     */
    public ResolveCommand(CaseSession session, MergeConflict conflict, ConflictSide side, String edited) {
        this(session, conflict, side, edited, false);
    }

    private ResolveCommand(CaseSession session, MergeConflict conflict, ConflictSide side, String edited, boolean both) {
        super(session.resource());
        this.session = session;
        this.conflict = conflict;
        this.side = side;
        this.edited = edited;
        this.both = both;
        setLabel(both ? "Keep Both" : edited != null ? "Resolve Conflict by Editing"
                : side == ConflictSide.OURS ? "Keep Ours" : "Take Theirs");
    }

    /** The command that keeps both sides of a conflict where both can exist. */
    public static ResolveCommand keepBoth(CaseSession session, MergeConflict conflict) {
        return new ResolveCommand(session, conflict, null, null, true);
    }

    /** Whether the conflict's value can be edited: it is about an attribute of an object still in the case. */
    public static boolean editable(CaseSession session, MergeConflict conflict) {
        return attribute(session, conflict) != null;
    }

    private static EAttribute attribute(CaseSession session, MergeConflict conflict) {
        EObject object = conflict.getObjectId() == null ? null : session.resource().getEObject(conflict.getObjectId());
        if (object == null || conflict.getFeature() == null) {
            return null;
        }
        EStructuralFeature f = object.eClass().getEStructuralFeature(conflict.getFeature());
        return f instanceof EAttribute a && !a.isMany() && f.isChangeable() ? a : null;
    }

    @Override
    protected void doExecute() {
        try {
            if (both) {
                Resolutions.keepBoth(session.resource().getContents(), conflict);
                return;
            }
            EAttribute attribute = edited == null ? null : attribute(session, conflict);
            EObject object = attribute == null ? null : session.resource().getEObject(conflict.getObjectId());
            Object value = attribute == null ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), edited);
            Resolutions.resolve(session.resource().getContents(), conflict, side);
            if (attribute != null) {
                object.eSet(attribute, value);
            }
        } catch (IllegalArgumentException e) {
            problem = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new AbortExecutionException(problem);
        }
    }

    /** A resolution that failed half-way is rolled back before the stack drops the command. */
    @Override
    public void execute() {
        try {
            super.execute();
        } catch (AbortExecutionException e) {
            if (getChangeDescription() != null) {
                getChangeDescription().apply();
            }
            throw e;
        }
    }

    /** Why the conflict could not be resolved so, or null. */
    public String problem() {
        return problem;
    }
}
