package org.factcheck.ui.cases;

import java.util.Collection;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * What Edit › Undo and Redo call a command of the case: its own label when it has a telling one ("Mark as
 * Evidence", "Import …"); for EMF's generic commands, what they change ("Set Verdict", "Add Relation", "Delete
 * Span") instead of a bare "Set", "Add" or "Delete". Every part of a case names its Undo and Redo through this.
 */
public final class CommandLabels {

    private static final Set<String> GENERIC = Set.of("Set", "Add", "Remove", "Delete", "Move", "Replace",
            "Create Child", "Copy", "Cut", "Paste", "Drag and Drop");

    private CommandLabels() {
    }

    /** The label of {@code command} for Undo and Redo, or {@code null} for no command. */
    public static String of(Command command) {
        if (command == null) {
            return null;
        }
        String label = command.getLabel();
        if (label != null && !label.isBlank() && !GENERIC.contains(label.strip())) {
            return label;
        }
        String described = describe(unwrap(command));
        return described != null ? described : label;
    }

    private static Command unwrap(Command command) {
        Command inner = command;
        for (int depth = 0; depth < 10; depth++) {
            if (inner instanceof CommandWrapper wrapper && wrapper.getCommand() != null) {
                inner = wrapper.getCommand();
            } else if (inner instanceof CompoundCommand compound && !(inner instanceof DeleteCommand)
                    && compound.getCommandList().size() == 1) {
                inner = compound.getCommandList().get(0);
            } else {
                break;
            }
        }
        return inner;
    }

    private static String describe(Command command) {
        if (command instanceof SetCommand set) {
            return "Set " + words(set.getFeature());
        }
        if (command instanceof AddCommand add) {
            return "Add " + things(add.getCollection());
        }
        if (command instanceof DeleteCommand delete) {
            return "Delete " + things(delete.getCollection());
        }
        if (command instanceof RemoveCommand remove) {
            return "Remove " + things(remove.getCollection());
        }
        return null;
    }

    /** "dateSaid" → "Date Said". */
    private static String words(EStructuralFeature feature) {
        return feature == null ? "Value" : title(feature.getName());
    }

    private static String things(Collection<?> objects) {
        if (objects == null || objects.isEmpty()) {
            return "Item";
        }
        String kind = objects.stream().map(o -> o instanceof EObject e ? kind(e) : "Item").distinct()
                .reduce((a, b) -> "Item").orElse("Item");
        return objects.size() == 1 ? kind : objects.size() + " " + plural(kind);
    }

    private static String kind(EObject object) {
        return switch (object.eClass().getName()) {
            case "ClaimRelation" -> "Relation";
            case "TextSpan" -> "Span";
            case "Node" -> "Box";
            default -> title(object.eClass().getName());
        };
    }

    private static String plural(String kind) {
        return kind.equals("Evidence") ? "Pieces of Evidence" : kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ies"
                : kind + "s";
    }

    /** "dateSaid" or "ClaimRelation" → "Date Said", "Claim Relation". */
    private static String title(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                out.append(Character.toUpperCase(c));
            } else {
                if (Character.isUpperCase(c)) {
                    out.append(' ');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
