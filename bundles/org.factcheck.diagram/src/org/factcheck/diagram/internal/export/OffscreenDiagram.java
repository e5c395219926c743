package org.factcheck.diagram.internal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.draw2d.AbsoluteBendpoint;
import org.eclipse.draw2d.BendpointConnectionRouter;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.XYAnchor;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.factcheck.core.layout.Bounds;
import org.factcheck.core.layout.GraphLayout;
import org.factcheck.diagram.internal.commands.DiagramCommands;
import org.factcheck.diagram.internal.figures.ClaimFigure;
import org.factcheck.diagram.internal.figures.ClaimView;
import org.factcheck.diagram.internal.figures.RelationFigure;
import org.factcheck.diagram.internal.parts.Geometry;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;

/**
 * The figures of a laid-out graph outside any viewer, with the relations following the layout's routes (drawn
 * above the boxes, as in the viewer), so that a diagram laid out anew can be drawn into an image without touching
 * the open diagram.
 */
final class OffscreenDiagram {

    private OffscreenDiagram() {
    }

    static IFigure figure(GraphLayout layout, Function<Claim, ClaimView> views, boolean showEvidence) {
        Figure root = new Figure();
        Bounds extent = layout.extent();
        root.setBounds(new Rectangle((int) extent.x() - 20, (int) extent.y() - 20, (int) extent.width() + 40,
                (int) extent.height() + 40));
        for (Claim claim : layout.graph().claims()) {
            ClaimFigure box = new ClaimFigure();
            box.setShowEvidence(showEvidence);
            box.setView(views.apply(claim));
            box.setBounds(Geometry.rectangle(layout.bounds(claim)));
            root.add(box);
        }
        for (ClaimRelation relation : layout.graph().relations()) {
            List<org.factcheck.core.layout.Point> route = layout.route(relation);
            RelationFigure line = new RelationFigure();
            line.show(relation.getKind().getPolarity(), DiagramCommands.kindLabel(relation.getKind()), null);
            line.setSourceAnchor(new XYAnchor(point(route.get(0))));
            line.setTargetAnchor(new XYAnchor(point(route.get(route.size() - 1))));
            BendpointConnectionRouter router = new BendpointConnectionRouter();
            List<AbsoluteBendpoint> bends = new ArrayList<>();
            for (int i = 1; i < route.size() - 1; i++) {
                bends.add(new AbsoluteBendpoint(point(route.get(i))));
            }
            router.setConstraint(line, bends);
            line.setConnectionRouter(router);
            root.add(line);
        }
        root.validate();
        return root;
    }

    private static Point point(org.factcheck.core.layout.Point p) {
        return new Point((int) Math.round(p.x()), (int) Math.round(p.y()));
    }
}
