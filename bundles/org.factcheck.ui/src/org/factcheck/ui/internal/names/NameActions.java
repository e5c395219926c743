package org.factcheck.ui.internal.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.factcheck.core.names.LikelyDuplicates;
import org.factcheck.model.Actor;
import org.factcheck.model.Source;
import org.factcheck.ui.cases.CaseSession;

/**
 * The commands on people, organisations and sources that the case explorer and the Sources view offer in their
 * context menus: New Person / Organisation / Source…, Edit…, Merge… (several of one kind selected), and Merge with
 * Likely Duplicate (one selected that looks like another: same surname, an alias that matches).
 */
public final class NameActions {

    private final CaseSession session;
    private final Shell shell;
    /** Shows what a command made or kept (the explorer selects it). */
    private final Consumer<EObject> reveal;

    public NameActions(CaseSession session, Shell shell, Consumer<EObject> reveal) {
        this.session = session;
        this.shell = shell;
        this.reveal = reveal;
    }

    /** Adds the commands that fit {@code selection} to {@code menu}; {@code kinds} are the kinds "New" offers. */
    public void fill(IMenuManager menu, List<?> selection, List<EClass> kinds) {
        MenuManager create = new MenuManager("&New");
        for (EClass kind : kinds) {
            create.add(action(kind.getName() + "…", () -> create(kind, "")));
        }
        menu.add(create);
        List<EObject> named = selection.stream().filter(o -> o instanceof Actor || o instanceof Source)
                .map(EObject.class::cast).toList();
        if (named.size() == 1 && named.size() == selection.size()) {
            EObject one = named.get(0);
            menu.add(action("&Edit " + MergeCommand.name(one) + "…", () -> edit(one)));
            List<Object> likely = LikelyDuplicates.of(session.caseFile(), one);
            if (!likely.isEmpty()) {
                MenuManager merge = new MenuManager("&Merge with Likely Duplicate");
                for (Object other : likely) {
                    merge.add(action(MergeCommand.name((EObject) other) + " (" + reason(one, (EObject) other) + ")…",
                            () -> merge(List.of(one, (EObject) other))));
                }
                menu.add(merge);
            }
        }
        if (named.size() > 1 && named.size() == selection.size() && mergeable(named)) {
            menu.add(action("&Merge " + named.size() + " Duplicates…", () -> merge(named)));
        }
    }

    /** Why two look like the same one: "same surname", "alias matches"… */
    private static String reason(EObject one, EObject other) {
        java.util.Optional<String> why = one instanceof Source a && other instanceof Source b ? LikelyDuplicates.reason(a, b)
                : one instanceof Actor a && other instanceof Actor b ? LikelyDuplicates.reason(a, b) : java.util.Optional.empty();
        return why.orElse("similar");
    }

    /** Whether {@code objects} are all of one kind (people, organisations or sources) of this case. */
    public static boolean mergeable(List<? extends EObject> objects) {
        return objects.size() > 1 && objects.stream().skip(1).allMatch(o -> MergeCommand.compatible(objects.get(0), o));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Asks for a new person, organisation or source named {@code name} and adds it; returns it, or null. */
    public EObject create(EClass kind, String name) {
        EntityDialog dialog = EntityDialog.create(shell, session, kind, name);
        if (dialog.open() != Window.OK || !execute(dialog.command())) {
            return null;
        }
        reveal.accept(dialog.subject());
        return dialog.subject();
    }

    /** Opens {@code object}'s fields in a dialog; the changes are one command. */
    public void edit(EObject object) {
        EntityDialog dialog = EntityDialog.edit(shell, session, object);
        if (dialog.open() == Window.OK && execute(dialog.command())) {
            reveal.accept(object);
        }
    }

    /** Asks which of {@code duplicates} to keep and merges the others into it, as one command. */
    public void merge(List<? extends EObject> duplicates) {
        MergeDialog dialog = new MergeDialog(shell, duplicates);
        if (dialog.open() == Window.OK) {
            EObject kept = dialog.kept();
            List<EObject> others = new ArrayList<>(duplicates);
            others.remove(kept);
            if (execute(MergeCommand.create(session.domain(), kept, others))) {
                reveal.accept(kept);
            }
        }
    }

    private boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        session.commandStack().execute(command);
        return true;
    }
}
