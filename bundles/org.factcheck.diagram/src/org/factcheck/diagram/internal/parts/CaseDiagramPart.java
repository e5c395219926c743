package org.factcheck.diagram.internal.parts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.factcheck.core.analysis.AnalysisResult;
import org.factcheck.core.layout.Bounds;
import org.factcheck.core.layout.ClaimGraph;
import org.factcheck.core.layout.IncrementalPlacement;
import org.factcheck.core.layout.Size;
import org.factcheck.diagram.decorators.ClaimDecorators;
import org.factcheck.diagram.internal.analysis.CaseAnalyses;
import org.factcheck.diagram.internal.badges.ClaimBadges;
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
    /** The analysis the boxes show. */
    private AnalysisResult shown;

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
        shown = content().analysis(); // what the boxes created with the parts show
        updateRouter();
        tracker = new ModelChangeTracker(this);
        tracker.attach();
        CaseAnalyses.of(content().session()).addListener(analysisListener);
        CaseAnalyses analyses = CaseAnalyses.of(content().session());
        content().setBadges(new ClaimBadges(() -> content().caseFile(), analyses::changeCount, ClaimDecorators::getDefault,
                this::badgesChanged));
        content().claimBadges().invalidate(null); // the boxes were drawn without badges; they follow when known
        ClaimDecorators.getDefault().addChangeListener(decoratorsChanged);
        placePending();
        content().pending().keySet().forEach(claim -> ((ClaimPart) partFor(claim)).refreshBounds());
    }

    /** Decorators were installed or removed: every claim is decorated again (in the background). */
    private final Runnable decoratorsChanged = () -> org.eclipse.swt.widgets.Display.getDefault().asyncExec(() -> {
        if (isActive() && content().claimBadges() != null) {
            content().claimBadges().decoratorsChanged();
        }
    });

    /** New badges arrived for some claims: only their boxes are drawn again. */
    private void badgesChanged(Set<Claim> claims) {
        if (!isActive()) {
            return;
        }
        for (Claim claim : claims) {
            if (partFor(claim) instanceof ClaimPart part && part.getParent() == this) {
                part.refreshContent();
                part.refreshBounds();
            }
        }
    }

    /**
     * The analysis of an edit arrives from the background after the edit was drawn: the boxes whose label or worst
     * problem it changed are refreshed then.
     */
    private final CaseAnalyses.Listener analysisListener = (session, result) -> {
        if (isActive() && getViewer() != null && getViewer().getControl() != null
                && !getViewer().getControl().isDisposed()) {
            update(false, false, Set.of());
        }
    };

    @Override
    public void deactivate() {
        CaseAnalyses.forget(content().session(), analysisListener);
        ClaimDecorators.getDefault().removeChangeListener(decoratorsChanged);
        content().setBadges(null);
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

    /**
     * Brings the parts up to date after the model changed: the boxes of the {@code touched} claims ({@code null}:
     * every box) and of those whose reading by the analysis (stands, falls, problems) changed; the others keep
     * their figures untouched, so one edit costs the boxes it changes, not one per claim.
     */
    void update(boolean claims, boolean connections, Set<Claim> touched) {
        content().invalidate();
        if (content().claimBadges() != null) {
            content().claimBadges().invalidate(touched); // decorated again in the background; the boxes keep theirs
        }
        if (claims) {
            refreshChildren();
            updateRouter();
        }
        AnalysisResult analysis = content().analysis();
        List<ClaimPart> parts = touched == null ? claimParts() : partsOf(touched, analysis);
        shown = analysis;
        parts.forEach(ClaimPart::refreshContent);
        placePending();
        (claims || touched == null ? claimParts() : parts).forEach(ClaimPart::refreshBounds);
        if (connections) {
            (claims || touched == null ? claimParts() : parts).forEach(ClaimPart::refreshConnections);
        }
        parts.forEach(ClaimPart::refreshRelationVisuals);
    }

    /** The parts of {@code touched} claims and of claims whose label or worst problem the new analysis changed. */
    private List<ClaimPart> partsOf(Set<Claim> touched, AnalysisResult analysis) {
        Set<Claim> changed = new LinkedHashSet<>(touched);
        if (analysis != shown && shown != null) {
            for (Claim claim : content().caseFile().getClaims()) {
                if (shown.label(claim) != analysis.label(claim)
                        || !shown.worstSeverity(claim).equals(analysis.worstSeverity(claim))) {
                    changed.add(claim);
                }
            }
        } else if (shown == null) {
            return claimParts();
        }
        List<ClaimPart> parts = new ArrayList<>();
        for (Claim claim : changed) {
            if (getViewer().getEditPartRegistry().get(claim) instanceof ClaimPart part && part.getParent() == this) {
                parts.add(part);
            }
        }
        return parts;
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
        update(false, false, null);
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
