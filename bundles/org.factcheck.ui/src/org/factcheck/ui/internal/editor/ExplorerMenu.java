package org.factcheck.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.internal.names.NameActions;

/**
 * The case explorer's context menu: Open; New, Edit and Merge of people, organisations and sources
 * ({@link NameActions}); Undo/Redo and Delete of the case, and an {@code additions} group where
 * plugins contribute commands for the selection ({@code popup:org.factcheck.ui.caseEditor?after=additions}; the
 * argument diagram adds "Open Argument Diagram" there).
 */
final class ExplorerMenu {

    private ExplorerMenu() {
    }

    static void install(CaseEditor editor, TreeViewer viewer) {
        MenuManager menu = new MenuManager("#CaseExplorerContext", CaseEditor.ID);
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> fill(editor, viewer, manager));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        editor.getSite().registerContextMenu(CaseEditor.ID, menu, viewer);
    }

    /** What New offers: sources in the sources folder, people and organisations in theirs, all three elsewhere. */
    private static List<EClass> kinds(Object context) {
        EReference folder = context instanceof FeatureGroup group ? group.feature()
                : context instanceof EObject object ? object.eContainmentFeature() : null;
        if (folder == Literals.CASE_FILE__SOURCES) {
            return List.of(Literals.SOURCE);
        }
        if (folder == Literals.CASE_FILE__ACTORS) {
            return List.of(Literals.PERSON, Literals.ORGANISATION);
        }
        return List.of(Literals.PERSON, Literals.ORGANISATION, Literals.SOURCE);
    }

    private static void fill(CaseEditor editor, TreeViewer viewer, IMenuManager menu) {
        Object first = viewer.getStructuredSelection().getFirstElement();
        Action open = new Action("&Open") {
            @Override
            public void run() {
                OpenElement.open(editor.getSite().getPage(), editor.session(), first);
            }
        };
        open.setEnabled(first instanceof Document || first instanceof TextSpan || first instanceof Claim
                || first instanceof org.factcheck.model.Evidence);
        menu.add(open);
        if (first instanceof Claim claim && viewer.getStructuredSelection().size() == 1) {
            menu.add(new Action("Add &Evidence…") {
                @Override
                public void run() {
                    org.factcheck.model.Evidence added = org.factcheck.ui.internal.evidence.EvidenceActions.add(
                            editor.getSite().getShell(), editor.session(), claim);
                    if (added != null) {
                        editor.reveal(added);
                    }
                }
            });
        }
        if (first instanceof org.factcheck.model.Evidence evidence && viewer.getStructuredSelection().size() == 1) {
            menu.add(new Action("Edit E&vidence…") {
                @Override
                public void run() {
                    org.factcheck.ui.internal.evidence.EvidenceActions.edit(editor.getSite().getShell(), editor.session(),
                            evidence);
                }
            });
        }
        menu.add(new Separator("names"));
        new NameActions(editor.session(), editor.getSite().getShell(), editor::reveal)
                .fill(menu, viewer.getStructuredSelection().toList(), kinds(first));
        menu.add(new Separator("edit"));
        if (editor.getEditorSite().getActionBarContributor() instanceof CaseEditorContributor contributor) {
            contributor.update();
            menu.add(contributor.undoAction());
            menu.add(contributor.redoAction());
            menu.add(contributor.deleteAction());
        }
        menu.add(new Separator());
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
