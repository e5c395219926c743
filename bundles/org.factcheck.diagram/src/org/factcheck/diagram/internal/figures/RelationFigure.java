package org.factcheck.diagram.internal.figures;

import org.eclipse.draw2d.ConnectionLocator;
import java.util.function.Supplier;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.PolylineDecoration;
import org.eclipse.draw2d.RotatableDecoration;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.factcheck.model.Polarity;

/**
 * A relation's line, styled by its kind's polarity so that supports and contradicts cannot be mistaken for each
 * other even in grey print: supports is a solid green line with a filled arrow head, contradicts a dashed red line
 * ending in a bar (the "blocks" sign of argument maps), others a dotted grey line with an open arrow. The kind's
 * name is written on the line.
 */
public final class RelationFigure extends PolylineConnection {

    private static final PointList BAR = new PointList(new int[] { 0, -1, -1, -1, -1, 1, 0, 1 });

    private final Label label = new KindLabel();
    private Polarity polarity;
    private RotatableDecoration end;
    private Supplier<String> tooltip;

    public RelationFigure() {
        label.setFont(DiagramStyle.smallItalicFont());
        label.setOpaque(true);
        label.setBackgroundColor(DiagramStyle.colour(new RGB(255, 255, 255)));
        label.setBorder(new MarginBorder(0, 3, 0, 3));
        ConnectionLocator middle = new ConnectionLocator(this, ConnectionLocator.MIDDLE);
        add(label, middle);
    }

    /**
     * Shows a relation of a kind: its polarity decides the style, its name the label; the tooltip's text is made
     * only when the pointer rests on the line.
     */
    public void show(Polarity newPolarity, String kindLabel, Supplier<String> tooltip) {
        label.setText(kindLabel);
        this.tooltip = tooltip;
        setToolTip(null);
        if (newPolarity == polarity) {
            return;
        }
        polarity = newPolarity == null ? Polarity.NEUTRAL : newPolarity;
        RGB colour = DiagramStyle.of(polarity);
        setForegroundColor(DiagramStyle.colour(colour));
        label.setForegroundColor(DiagramStyle.colour(colour));
        setLineWidth(polarity == Polarity.NEUTRAL ? 1 : 2);
        setLineStyle(switch (polarity) {
            case SUPPORT -> SWT.LINE_SOLID;
            case ATTACK -> SWT.LINE_DASH;
            case NEUTRAL -> SWT.LINE_DOT;
        });
        end = decoration(polarity);
        ((IFigure) end).setBackgroundColor(DiagramStyle.colour(colour));
        ((IFigure) end).setForegroundColor(DiagramStyle.colour(colour));
        setTargetDecoration(end);
    }

    /** @return the polarity drawn */
    public Polarity polarity() {
        return polarity;
    }

    /** @return the decoration at the target end: an arrow head, a bar or an open arrow */
    public RotatableDecoration endDecoration() {
        return end;
    }

    /** @return the label written on the line */
    public String labelText() {
        return label.getText();
    }

    private static RotatableDecoration decoration(Polarity polarity) {
        switch (polarity) {
            case SUPPORT -> {
                PolygonDecoration arrow = new PolygonDecoration();
                arrow.setScale(11, 5);
                return arrow;
            }
            case ATTACK -> {
                PolygonDecoration bar = new PolygonDecoration();
                bar.setTemplate(BAR);
                bar.setScale(4, 8);
                return bar;
            }
            default -> {
                PolylineDecoration open = new PolylineDecoration();
                open.setScale(9, 4);
                return open;
            }
        }
    }

    /** A label whose text size is measured once per text and font, not once per line: cases have few kinds. */
    private static final class KindLabel extends Label {
        private static final java.util.Map<String, Dimension> SIZES = new java.util.HashMap<>();

        @Override
        protected Dimension calculateTextSize() {
            String key = getText() + '\u0000' + getFont();
            return SIZES.computeIfAbsent(key, k -> super.calculateTextSize()).getCopy();
        }
    }

    @Override
    public IFigure getToolTip() {
        if (super.getToolTip() == null && tooltip != null) {
            setToolTip(new Label(tooltip.get()));
        }
        return super.getToolTip();
    }

    @Override
    public void paintFigure(Graphics g) {
        g.setAntialias(SWT.ON);
        super.paintFigure(g);
    }
}
