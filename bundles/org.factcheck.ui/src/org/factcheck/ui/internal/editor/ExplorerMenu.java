package org.factcheck.ui.internal.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;

/**
 * The case explorer's context menu: Open, Undo/Redo and Delete of the case, and an {@code additions} group where
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

    private static void fill(CaseEditor editor, TreeViewer viewer, IMenuManager menu) {
        Object first = viewer.getStructuredSelection().getFirstElement();
        Action open = new Action("&Open") {
            @Override
            public void run() {
                OpenElement.open(editor.getSite().getPage(), editor.session(), first);
            }
        };
        open.setEnabled(first instanceof Document || first instanceof TextSpan || first instanceof Claim);
        menu.add(open);
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
