package org.factcheck.diagram.internal.editor;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The diagram's context menu: undo and redo, edit statement, delete; the diagram's commands (arrange, fit,
 * evidence, export) are contributed in plugin.xml to the "additions" group.
 */
final class DiagramContextMenu extends ContextMenuProvider {

    private final ActionRegistry actions;

    DiagramContextMenu(EditPartViewer viewer, ActionRegistry actions) {
        super(viewer);
        this.actions = actions;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        GEFActionConstants.addStandardActionGroups(menu);
        add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.UNDO.getId());
        add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.REDO.getId());
        add(menu, GEFActionConstants.GROUP_EDIT, GEFActionConstants.DIRECT_EDIT);
        add(menu, GEFActionConstants.GROUP_EDIT, ActionFactory.DELETE.getId());
        add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_IN);
        add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_OUT);
    }

    private void add(IMenuManager menu, String group, String id) {
        IAction action = actions.getAction(id);
        if (action != null && action.isEnabled()) {
            menu.appendToGroup(group, action);
        }
    }
}
