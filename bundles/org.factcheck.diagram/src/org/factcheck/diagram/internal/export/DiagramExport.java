package org.factcheck.diagram.internal.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.ScaledGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.factcheck.core.layout.GraphLayout;
import org.factcheck.core.layout.SvgDiagramWriter;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;
import org.factcheck.diagram.internal.editor.DiagramArranger;
import org.factcheck.diagram.internal.parts.ClaimPart;

/**
 * Writes a diagram as a PNG image (drawn by the diagram's own figures) or an SVG image (drawn by core's
 * {@link SvgDiagramWriter}, with the analysis marks), either as the user arranged it or laid out anew. Images
 * larger than {@value #MAX_SIDE} pixels on a side are scaled down to fit.
 */
public final class DiagramExport {

    /** The largest side of an exported PNG, in pixels. */
    public static final int MAX_SIDE = 8000;

    private DiagramExport() {
    }

    /**
     * @param editor  the diagram
     * @param file    where to write; the file name should end in {@code .png}
     * @param laidOut whether to lay the diagram out anew first (the open diagram does not change)
     * @throws IOException if the file cannot be written
     */
    public static void writePng(ArgumentDiagramEditor editor, Path file, boolean laidOut) throws IOException {
        // the boxes show the analysis of the case as it is (one still on its way is worked out here)
        org.factcheck.diagram.internal.analysis.CaseAnalyses.of(editor.content().session()).current();
        IFigure figure;
        Rectangle extent;
        if (laidOut) {
            GraphLayout layout = DiagramArranger.layout(editor);
            figure = OffscreenDiagram.figure(layout, claim -> ((ClaimPart) editor.diagramPart().partFor(claim)).figure().view(),
                    editor.showsEvidence());
            extent = figure.getBounds().getCopy();
        } else {
            LayerManager layers = (LayerManager) editor.viewer().getRootEditPart();
            figure = layers.getLayer(LayerConstants.PRINTABLE_LAYERS);
            extent = ((FreeformFigure) figure).getFreeformExtent().getCopy();
            Rectangle claims = claimsExtent(editor);
            if (claims != null) {
                extent = claims.expand(20, 20);
            }
        }
        writeImage(figure, extent, file);
    }

    private static Rectangle claimsExtent(ArgumentDiagramEditor editor) {
        Rectangle union = null;
        for (ClaimPart part : editor.diagramPart().claimParts()) {
            union = union == null ? part.figure().getBounds().getCopy() : union.union(part.figure().getBounds());
        }
        return union;
    }

    static void writeImage(IFigure figure, Rectangle extent, Path file) throws IOException {
        double scale = Math.min(1, (double) MAX_SIDE / Math.max(extent.width, extent.height));
        int width = Math.max(1, (int) Math.ceil(extent.width * scale));
        int height = Math.max(1, (int) Math.ceil(extent.height * scale));
        Display display = Display.getCurrent();
        Image image = new Image(display, width, height);
        try {
            GC gc = new GC(image);
            try {
                SWTGraphics swt = new SWTGraphics(gc);
                swt.setBackgroundColor(display.getSystemColor(SWT.COLOR_WHITE));
                swt.fillRectangle(0, 0, width, height);
                Graphics graphics = swt;
                if (scale < 1) {
                    ScaledGraphics scaled = new ScaledGraphics(swt);
                    scaled.scale(scale);
                    graphics = scaled;
                }
                graphics.translate(-extent.x, -extent.y);
                figure.paint(graphics);
                if (graphics != swt) {
                    graphics.dispose();
                }
                swt.dispose();
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            try (var out = Files.newOutputStream(file)) {
                loader.save(out, SWT.IMAGE_PNG);
            }
        } finally {
            image.dispose();
        }
    }

    /**
     * @param editor  the diagram
     * @param file    where to write; the file name should end in {@code .svg}
     * @param laidOut whether to lay the diagram out anew first (the open diagram does not change)
     * @throws IOException if the file cannot be written
     */
    public static void writeSvg(ArgumentDiagramEditor editor, Path file, boolean laidOut) throws IOException {
        GraphLayout layout = laidOut ? DiagramArranger.layout(editor) : DiagramArranger.asArranged(editor);
        SvgDiagramWriter writer = new SvgDiagramWriter().withAnalysis(
                org.factcheck.diagram.internal.analysis.CaseAnalyses.of(editor.content().session()).current())
                .withTitle(editor.getPartName() + " — " + editor.session().caseFile().getTitle());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(layout, out);
        }
    }
}
