package org.factcheck.gef.compat.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;

/** The smallest GEF editor with a flyout palette: enough to run GEF's action registry, zoom and palette code. */
public class ProbeEditor extends GraphicalEditorWithFlyoutPalette {

    private PaletteRoot root;

    public ProbeEditor() {
        setEditDomain(new DefaultEditDomain(this));
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        if (root == null) {
            root = new PaletteRoot();
            PaletteDrawer tools = new PaletteDrawer("Tools");
            SelectionToolEntry select = new SelectionToolEntry();
            tools.add(select);
            tools.add(new MarqueeToolEntry());
            root.add(tools);
            root.setDefaultEntry(select);
        }
        return root;
    }

    /** The palette model, for tests that build a palette viewer of their own. */
    PaletteRoot getPaletteRootForTest() {
        return getPaletteRoot();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
    }
}
