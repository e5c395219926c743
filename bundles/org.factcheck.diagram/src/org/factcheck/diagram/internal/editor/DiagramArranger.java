package org.factcheck.diagram.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.factcheck.core.layout.Bounds;
import org.factcheck.core.layout.ClaimGraph;
import org.factcheck.core.layout.GraphLayout;
import org.factcheck.core.layout.LayeredLayout;
import org.factcheck.core.layout.Point;
import org.factcheck.core.layout.Size;
import org.factcheck.diagram.internal.commands.DiagramCommands;
import org.factcheck.diagram.internal.commands.EmfCommand;
import org.factcheck.diagram.internal.parts.ClaimPart;
import org.factcheck.diagram.internal.parts.Geometry;
import org.factcheck.diagram.internal.parts.RelationPart;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;

/**
 * Lays a diagram out with the layered layout, at the sizes its boxes have now, and stores the result in the
 * diagram's nodes as one undoable command; or returns the diagram as it is arranged now.
 */
public final class DiagramArranger {

    private DiagramArranger() {
    }

    /** @return the diagram's claim graph, each box at the size it is shown */
    public static ClaimGraph graph(ArgumentDiagramEditor editor) {
        Map<Claim, Size> sizes = new LinkedHashMap<>();
        for (ClaimPart part : editor.diagramPart().claimParts()) {
            Rectangle box = part.figure().getBounds();
            int width = box.width > 0 ? box.width : org.factcheck.diagram.internal.figures.ClaimFigure.DEFAULT_WIDTH;
            sizes.put(part.claim(), new Size(width, part.figure().getPreferredSize(width, -1).height));
        }
        return ClaimGraph.of(sizes.keySet(), editor.session().caseFile().getRelations(), sizes::get);
    }

    /** @return the diagram laid out anew (not applied) */
    public static GraphLayout layout(ArgumentDiagramEditor editor) {
        return new LayeredLayout().layout(graph(editor));
    }

    /** @return the diagram as it is arranged now, relations along the routes the viewer draws */
    public static GraphLayout asArranged(ArgumentDiagramEditor editor) {
        ClaimGraph graph = graph(editor);
        Map<Claim, Bounds> bounds = new LinkedHashMap<>();
        Map<ClaimRelation, List<Point>> routes = new LinkedHashMap<>();
        for (ClaimPart part : editor.diagramPart().claimParts()) {
            bounds.put(part.claim(), Geometry.bounds(part.figure().getBounds()));
            for (Object connection : part.getSourceConnections()) {
                RelationPart relation = (RelationPart) connection;
                PointList points = relation.figure().getPoints();
                List<Point> route = new ArrayList<>();
                for (int i = 0; i < points.size(); i++) {
                    route.add(new Point(points.getPoint(i).x, points.getPoint(i).y));
                }
                routes.put(relation.relation(), route);
            }
        }
        GraphLayout straight = GraphLayout.straight(graph, bounds);
        for (ClaimRelation relation : graph.relations()) {
            routes.putIfAbsent(relation, straight.route(relation));
        }
        return new GraphLayout(graph, bounds, routes);
    }

    /** Arranges the diagram automatically, as one undoable command. */
    public static void arrange(ArgumentDiagramEditor editor) {
        Map<Claim, Rectangle> bounds = new LinkedHashMap<>();
        layout(editor).allBounds().forEach((claim, box) -> bounds.put(claim, Geometry.rectangle(box)));
        EmfCommand command = new EmfCommand(DiagramCommands.place(editor.session().domain(), editor.content().diagram(), bounds,
                "Arrange Automatically"));
        editor.viewer().getEditDomain().getCommandStack().execute(command);
    }
}
