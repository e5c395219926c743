package org.factcheck.diagram.internal.commands;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.RelationKind;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;
import org.factcheck.model.notation.NotationFactory;
import org.factcheck.model.notation.NotationPackage;

/**
 * The EMF commands behind every edit made in the diagram. Claims and relations change the case; positions change
 * only the diagram's notation {@link Node}s, which are created when a claim is first placed by hand or by the
 * layout.
 */
public final class DiagramCommands {

    /** The statement of a claim added from the palette, to be typed over. */
    public static final String NEW_STATEMENT = "New claim";

    private DiagramCommands() {
    }

    /**
     * Adds a claim to the case and places it in the diagram.
     *
     * @param domain  the case's editing domain
     * @param diagram the diagram
     * @param claim   the new claim, not yet in the case
     * @param bounds  where to put it
     * @return the command
     */
    public static Command addClaim(EditingDomain domain, Diagram diagram, Claim claim, Rectangle bounds) {
        CaseFile caseFile = caseFileOf(diagram);
        if (claim.getCreated() == null) {
            claim.setCreated(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }
        CompoundCommand command = new CompoundCommand("Add Claim");
        command.append(AddCommand.create(domain, caseFile, CasePackage.Literals.CASE_FILE__CLAIMS, claim));
        command.append(AddCommand.create(domain, diagram, NotationPackage.Literals.DIAGRAM__NODES, newNode(claim, bounds)));
        return command;
    }

    /** @return a new claim with the placeholder statement, to be added with {@link #addClaim} */
    public static Claim newClaim() {
        Claim claim = CaseFactory.eINSTANCE.createClaim();
        claim.setStatement(NEW_STATEMENT);
        return claim;
    }

    /**
     * Relates two claims.
     *
     * @param domain the case's editing domain
     * @param source the claim that supports or contradicts
     * @param target the claim supported or contradicted
     * @param kind   a relation kind of the case
     * @return the command; not executable for a claim related to itself or a relation that already exists
     */
    public static Command relate(EditingDomain domain, Claim source, Claim target, RelationKind kind) {
        CaseFile caseFile = source == null ? null : (CaseFile) source.eContainer();
        if (caseFile == null || target == null || kind == null || source == target || target.eContainer() != caseFile
                || exists(caseFile, source, target, kind)) {
            return UnexecutableCommand.INSTANCE;
        }
        ClaimRelation relation = CaseFactory.eINSTANCE.createClaimRelation();
        relation.setSource(source);
        relation.setTarget(target);
        relation.setKind(kind);
        relation.setAuthor(System.getProperty("user.name"));
        Command add = AddCommand.create(domain, caseFile, CasePackage.Literals.CASE_FILE__RELATIONS, relation);
        return relabel(add, "Add Relation ‘" + kindLabel(kind) + "’");
    }

    private static boolean exists(CaseFile caseFile, Claim source, Claim target, RelationKind kind) {
        return caseFile.getRelations().stream()
                .anyMatch(r -> r.getSource() == source && r.getTarget() == target && r.getKind() == kind);
    }

    /**
     * Moves or resizes claims in a diagram (by hand or by the layout).
     *
     * @param domain  the case's editing domain
     * @param diagram the diagram
     * @param bounds  the new bounds of each claim; claims without a node get one
     * @param label   the command's name, e.g. "Move" or "Arrange Automatically"
     * @return the command, or an unexecutable one if nothing changes
     */
    public static Command place(EditingDomain domain, Diagram diagram, Map<Claim, Rectangle> bounds, String label) {
        CompoundCommand command = new CompoundCommand(label);
        Map<EObject, Node> nodes = new java.util.HashMap<>();
        for (Node node : diagram.getNodes()) {
            nodes.putIfAbsent(node.getElement(), node);
        }
        for (Map.Entry<Claim, Rectangle> entry : bounds.entrySet()) {
            Node node = nodes.get(entry.getKey());
            Rectangle r = entry.getValue();
            if (node == null) {
                command.append(AddCommand.create(domain, diagram, NotationPackage.Literals.DIAGRAM__NODES,
                        newNode(entry.getKey(), r)));
                continue;
            }
            set(domain, command, node, NotationPackage.Literals.NODE__X, node.getX(), r.x);
            set(domain, command, node, NotationPackage.Literals.NODE__Y, node.getY(), r.y);
            set(domain, command, node, NotationPackage.Literals.NODE__WIDTH, node.getWidth(), r.width);
            set(domain, command, node, NotationPackage.Literals.NODE__HEIGHT, node.getHeight(), r.height);
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    private static void set(EditingDomain domain, CompoundCommand command, Node node,
            org.eclipse.emf.ecore.EAttribute attribute, int old, int value) {
        if (old != value) {
            command.append(SetCommand.create(domain, node, attribute, value));
        }
    }

    /**
     * Changes what a claim says.
     *
     * @param domain    the case's editing domain
     * @param claim     the claim
     * @param statement the new statement
     * @return the command; not executable if the statement is blank or unchanged
     */
    public static Command setStatement(EditingDomain domain, Claim claim, String statement) {
        if (statement == null || statement.isBlank() || Objects.equals(statement, claim.getStatement())) {
            return UnexecutableCommand.INSTANCE;
        }
        return relabel(SetCommand.create(domain, claim, CasePackage.Literals.CLAIM__STATEMENT, statement), "Edit Statement");
    }

    /**
     * Deletes claims from the case, with their relations and their nodes in every diagram of the case.
     *
     * @param domain the case's editing domain
     * @param claims the claims
     * @return the command
     */
    public static Command deleteClaims(EditingDomain domain, Collection<Claim> claims) {
        Set<EObject> doomed = new LinkedHashSet<>(claims);
        Claim first = claims.iterator().next();
        CaseFile caseFile = (CaseFile) first.eContainer();
        if (caseFile == null) {
            return UnexecutableCommand.INSTANCE;
        }
        for (ClaimRelation relation : caseFile.getRelations()) {
            if (claims.contains(relation.getSource()) || claims.contains(relation.getTarget())) {
                doomed.add(relation);
            }
        }
        if (caseFile.eResource() != null) {
            for (EObject root : caseFile.eResource().getContents()) {
                if (root instanceof Diagram diagram) {
                    diagram.getNodes().stream().filter(n -> claims.contains(n.getElement())).forEach(doomed::add);
                }
            }
        }
        return relabel(DeleteCommand.create(domain, new ArrayList<>(doomed)), claims.size() == 1 ? "Delete Claim"
                : "Delete " + claims.size() + " Claims");
    }

    /**
     * Deletes relations from the case.
     *
     * @param domain    the case's editing domain
     * @param relations the relations
     * @return the command
     */
    public static Command deleteRelations(EditingDomain domain, List<ClaimRelation> relations) {
        return relabel(DeleteCommand.create(domain, relations), relations.size() == 1 ? "Delete Relation"
                : "Delete " + relations.size() + " Relations");
    }

    /**
     * @param diagram a diagram
     * @param claim   a claim
     * @return the diagram's node for the claim, or {@code null} if the claim has not been placed
     */
    public static Node nodeOf(Diagram diagram, Claim claim) {
        for (Node node : diagram.getNodes()) {
            if (node.getElement() == claim) {
                return node;
            }
        }
        return null;
    }

    private static Node newNode(Claim claim, Rectangle bounds) {
        Node node = NotationFactory.eINSTANCE.createNode();
        node.setElement(claim);
        node.setX(bounds.x);
        node.setY(bounds.y);
        node.setWidth(bounds.width);
        node.setHeight(bounds.height);
        return node;
    }

    private static CaseFile caseFileOf(Diagram diagram) {
        return (CaseFile) diagram.eResource().getContents().get(0);
    }

    /** @return the kind's label, or its name if it has none */
    public static String kindLabel(RelationKind kind) {
        return kind.getLabel() == null || kind.getLabel().isBlank() ? kind.getName() : kind.getLabel();
    }

    private static Command relabel(Command command, String label) {
        CompoundCommand named = new CompoundCommand(label);
        named.append(command);
        return named;
    }
}
