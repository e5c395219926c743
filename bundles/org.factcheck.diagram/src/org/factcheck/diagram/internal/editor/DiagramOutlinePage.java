package org.factcheck.diagram.internal.editor;

import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.parts.ScrollableThumbnail;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The overview in the Outline view: a thumbnail of the whole diagram with the visible part framed; drag the frame
 * to scroll the diagram.
 */
final class DiagramOutlinePage extends Page implements IContentOutlinePage {

    private final ScalableFreeformRootEditPart root;
    private Canvas canvas;
    private ScrollableThumbnail thumbnail;

    DiagramOutlinePage(ScalableFreeformRootEditPart root) {
        this.root = root;
    }

    @Override
    public void createControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        LightweightSystem system = new LightweightSystem(canvas);
        thumbnail = new ScrollableThumbnail((Viewport) root.getFigure());
        thumbnail.setSource(root.getLayer(LayerConstants.PRINTABLE_LAYERS));
        system.setContents(thumbnail);
    }

    /** @return the thumbnail figure, for tests */
    ScrollableThumbnail thumbnail() {
        return thumbnail;
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (thumbnail != null) {
            thumbnail.deactivate();
        }
        super.dispose();
    }

    @Override
    public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
        // the overview has no selection
    }

    @Override
    public org.eclipse.jface.viewers.ISelection getSelection() {
        return org.eclipse.jface.viewers.StructuredSelection.EMPTY;
    }

    @Override
    public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
        // the overview has no selection
    }

    @Override
    public void setSelection(org.eclipse.jface.viewers.ISelection selection) {
        // the overview has no selection
    }
}
