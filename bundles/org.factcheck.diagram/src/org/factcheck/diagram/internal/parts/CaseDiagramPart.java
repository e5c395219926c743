package org.factcheck.diagram.internal.parts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.ConnectionRouter;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.ShortestPathConnectionRouter;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;
import org.factcheck.core.layout.Bounds;
import org.factcheck.core.layout.ClaimGraph;
import org.factcheck.core.layout.IncrementalPlacement;
import org.factcheck.core.layout.Size;
import org.factcheck.diagram.internal.figures.ClaimFigure;
import org.factcheck.diagram.internal.policies.DiagramLayoutPolicy;
import org.factcheck.model.Claim;

/**
 * The diagram of a case: a free-form layer with a part per claim of the case. Claims that have no node in the
 * diagram yet (added elsewhere, or the diagram is new) are placed automatically next to their neighbours, without
 * moving the others, and keep that place until the user moves them or arranges the diagram.
 */
public final class CaseDiagramPart extends AbstractGraphicalEditPart {

    private ModelChangeTracker tracker;

    public CaseDiagramPart(DiagramContent content) {
        setModel(content);
    }

    public DiagramContent content() {
        return (DiagramContent) getModel();
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        layer.setBorder(new MarginBorder(20));
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new DiagramLayoutPolicy());
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List getModelChildren() {
        return content().caseFile().getClaims();
    }

    /**
     * Up to this many claims, relations are routed around the boxes in their way; beyond, they are straight lines,
     * which stay quick to draw for thousands of relations.
     */
    public static final int ROUTED_LIMIT = 300;

    @Override
    public void activate() {
        super.activate();
        updateRouter();
        tracker = new ModelChangeTracker(this);
        tracker.attach();
        placePending();
        content().pending().keySet().forEach(claim -> ((ClaimPart) partFor(claim)).refreshBounds());
    }

    @Override
    public void deactivate() {
        if (tracker != null) {
            tracker.detach();
            tracker = null;
        }
        super.deactivate();
    }

    /** @return the parts of the claims, in case order */
    public List<ClaimPart> claimParts() {
        List<ClaimPart> parts = new ArrayList<>();
        for (Object child : getChildren()) {
            parts.add((ClaimPart) child);
        }
        return parts;
    }

    /** Brings every part up to date after the model changed. */
    void update(boolean claims, boolean connections) {
        content().invalidate();
        if (claims) {
            refreshChildren();
            updateRouter();
        }
        List<ClaimPart> parts = claimParts();
        parts.forEach(ClaimPart::refreshContent);
        placePending();
        parts.forEach(ClaimPart::refreshBounds);
        if (connections) {
            parts.forEach(ClaimPart::refreshConnections);
        }
        parts.forEach(ClaimPart::refreshRelationVisuals);
    }

    private void updateRouter() {
        ConnectionLayer layer = (ConnectionLayer) getLayer(LayerConstants.CONNECTION_LAYER);
        boolean routed = getChildren().size() <= ROUTED_LIMIT;
        if (routed != layer.getConnectionRouter() instanceof ShortestPathConnectionRouter) {
            if (routed) {
                ShortestPathConnectionRouter router = new ShortestPathConnectionRouter(getFigure());
                router.setSpacing(12);
                layer.setConnectionRouter(router);
            } else {
                layer.setConnectionRouter(ConnectionRouter.NULL);
            }
        }
    }

    /** Refreshes every claim and relation, for example after evidence was switched on or off. */
    public void refreshAll() {
        update(false, false);
    }

    /**
     * Gives the claims without a node an automatic position: those already shown somewhere keep it, new ones go
     * next to their neighbours (or, with nothing placed yet, the whole diagram is laid out).
     */
    void placePending() {
        DiagramContent content = content();
        List<ClaimPart> parts = claimParts();
        if (parts.stream().allMatch(p -> content.nodeOf(p.claim()) != null || content.pending(p.claim()) != null)) {
            Map<Claim, Rectangle> kept = new LinkedHashMap<>();
            content.pending().forEach((claim, box) -> {
                if (content.nodeOf(claim) == null && partFor(claim) != null) {
                    kept.put(claim, box);
                }
            });
            content.setPending(kept);
            return;
        }
        Map<Claim, Bounds> placed = new LinkedHashMap<>();
        Map<Claim, Rectangle> kept = new LinkedHashMap<>();
        Map<Claim, ClaimPart> byClaim = new LinkedHashMap<>();
        for (ClaimPart part : parts) {
            Claim claim = part.claim();
            byClaim.put(claim, part);
            Rectangle box = content.nodeOf(claim) != null ? content.boundsOf(claim, part.figure()) : content.pending(claim);
            if (box != null) {
                if (content.nodeOf(claim) == null) {
                    kept.put(claim, box);
                }
                placed.put(claim, Geometry.bounds(box));
            }
        }
        ClaimGraph graph = ClaimGraph.of(byClaim.keySet(), content.caseFile().getRelations(), claim -> {
            Rectangle box = content.boundsOf(claim, byClaim.get(claim).figure());
            return new Size(box.width, box.height);
        });
        new IncrementalPlacement().place(graph, placed).forEach((claim, box) -> kept.put(claim, Geometry.rectangle(box)));
        content.setPending(kept);
    }

    /** @return the part showing a model object (claim or relation), or {@code null} */
    public EditPart partFor(Object model) {
        return (EditPart) getViewer().getEditPartRegistry().get(model);
    }
}
