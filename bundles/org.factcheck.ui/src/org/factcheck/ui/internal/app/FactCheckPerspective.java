package org.factcheck.ui.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.factcheck.ui.internal.claims.ClaimsView;
import org.factcheck.ui.internal.claims.SourcesView;
import org.factcheck.ui.internal.views.ArticleView;

/**
 * The fact-checking perspective. The editor area (top left) gets most of the window: it holds the case explorer and
 * what a fact-checker works in (articles, claims, argument diagrams). Below it, the wide tables of the Claims and
 * Sources of the open cases. On the right, the Properties of the selection above the read-only Article preview of
 * the selected claim or span, so a box picked in the diagram shows its quote without leaving the diagram. Plugins
 * add their views next to these (the diagram's Problems view stacks with Properties).
 */
public final class FactCheckPerspective implements IPerspectiveFactory {

    public static final String ID = "org.factcheck.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout details = layout.createFolder("details", IPageLayout.RIGHT, 0.68f, editorArea);
        details.addView(IPageLayout.ID_PROP_SHEET);
        IFolderLayout reading = layout.createFolder("reading", IPageLayout.BOTTOM, 0.45f, "details");
        reading.addView(ArticleView.ID);
        IFolderLayout lists = layout.createFolder("lists", IPageLayout.BOTTOM, 0.64f, editorArea);
        lists.addView(ClaimsView.ID);
        lists.addView(SourcesView.ID);
        // shown when a merge leaves conflicts, or from Window › Show View
        lists.addPlaceholder(org.factcheck.ui.internal.sync.ConflictsView.ID);
        lists.addPlaceholder(org.factcheck.ui.internal.history.HistoryView.ID);
        layout.getViewLayout(ArticleView.ID).setCloseable(true);
        layout.addShowViewShortcut(ArticleView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(ClaimsView.ID);
        layout.addShowViewShortcut(SourcesView.ID);
        layout.addShowViewShortcut(org.factcheck.ui.internal.sync.ConflictsView.ID);
        layout.addShowViewShortcut(org.factcheck.ui.internal.history.HistoryView.ID);
    }
}
