package org.factcheck.ui.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.factcheck.ui.internal.views.ArticleView;

/**
 * The fact-checking perspective: the case explorer (the case editor's tree) on the left, the article being
 * read on the right, and the Properties of the selection below the explorer.
 */
public final class FactCheckPerspective implements IPerspectiveFactory {

    public static final String ID = "org.factcheck.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout reading = layout.createFolder("reading", IPageLayout.RIGHT, 0.40f, editorArea);
        reading.addView(ArticleView.ID);
        IFolderLayout details = layout.createFolder("details", IPageLayout.BOTTOM, 0.62f, editorArea);
        details.addView(IPageLayout.ID_PROP_SHEET);
        details.addView(org.factcheck.ui.internal.claims.ClaimsView.ID);
        details.addView(org.factcheck.ui.internal.claims.SourcesView.ID);
        layout.getViewLayout(ArticleView.ID).setCloseable(true);
        layout.addShowViewShortcut(ArticleView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(org.factcheck.ui.internal.claims.ClaimsView.ID);
        layout.addShowViewShortcut(org.factcheck.ui.internal.claims.SourcesView.ID);
    }
}
