package org.factcheck.diagram.internal.figures;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;

/**
 * A claim's box: a stripe and a label in the verdict's colour, how often the claim appears and how much evidence
 * it has, the statement, who said it when, whether it stands or falls, a mark when the analysis found a problem,
 * the badges of contributed decorators (header and footer, right-aligned) and, when switched on, the evidence. Drawn by hand rather than composed of child figures, so that thousands of
 * claims stay quick to lay out and paint; lines are wrapped once per text and width.
 */
public final class ClaimFigure extends Figure {

    /** Width of a claim's box unless the user resized it. */
    public static final int DEFAULT_WIDTH = 240;

    private static final int STRIPE = 6;
    private static final int PAD = 8;
    private static final int PILL_HEIGHT = 18;
    private static final int MAX_STATEMENT_LINES = 8;
    private static final int MAX_EVIDENCE_LINES = 2;
    private static final int MARK = 15;
    private static final int BADGE_PAD = 5;
    private static final int BADGE_GAP = 3;
    private static final int BADGE_ICON = 12;

    private ClaimView view;
    private Supplier<String> details;
    private boolean showEvidence;
    private int wrappedWidth = -1;
    private List<String> statementLines = List.of();
    private List<List<String>> evidenceLines = List.of();
    private List<String> whoLines = List.of();

    public ClaimFigure() {
        setOpaque(false);
    }

    /** Shows {@code content}; repaints and asks for a new layout only when something changed. */
    public void setView(ClaimView content) {
        if (Objects.equals(content, view)) {
            return;
        }
        int width = wrappedWidth;
        List<Integer> lines = width > 0 ? lineCounts() : null;
        view = content;
        wrappedWidth = -1;
        if (lines != null) {
            wrap(width);
            if (lines.equals(lineCounts())) {
                repaint(); // as high as before (a new verdict or label): no layout of the diagram's layer
                return;
            }
        }
        revalidate();
        repaint();
    }

    /** How many lines each part of the box has: what its height depends on. */
    private List<Integer> lineCounts() {
        List<Integer> counts = new java.util.ArrayList<>(List.of(statementLines.size(), whoLines.size()));
        evidenceLines.forEach(lines -> counts.add(lines.size()));
        return counts;
    }

    /**
     * Sets what the tooltip says (statement, verdict, evidence, problems); the text is made when the pointer first
     * rests on the box.
     */
    public void setDetails(Supplier<String> text) {
        details = text;
        setToolTip(null);
    }

    @Override
    public IFigure getToolTip() {
        if (super.getToolTip() == null && details != null) {
            setToolTip(new Label(details.get()));
        }
        return super.getToolTip();
    }

    /** @return what the box shows */
    public ClaimView view() {
        return view;
    }

    /** Switches the evidence section on or off. */
    public void setShowEvidence(boolean show) {
        if (show != showEvidence) {
            showEvidence = show;
            wrappedWidth = -1;
            revalidate();
            repaint();
        }
    }

    @Override
    public Dimension getPreferredSize(int wHint, int hHint) {
        int width = wHint > 0 ? wHint : DEFAULT_WIDTH;
        wrap(width);
        int height = PAD + PILL_HEIGHT + PAD / 2 + statementLines.size() * lineHeight(DiagramStyle.statementFont());
        if (showEvidence && !evidenceLines.isEmpty()) {
            int small = lineHeight(DiagramStyle.smallFont());
            height += PAD + small;
            for (List<String> lines : evidenceLines) {
                height += lines.size() * small;
            }
        }
        height += PAD / 2 + Math.max(1, whoLines.size()) * lineHeight(DiagramStyle.smallFont()) + PAD;
        return new Dimension(width, height);
    }

    /** @return where the statement is drawn, in the same coordinates as {@link #getBounds()} */
    public Rectangle statementArea() {
        Rectangle r = getBounds();
        wrap(r.width);
        int lines = Math.max(1, statementLines.size());
        return new Rectangle(r.x + STRIPE + PAD, r.y + PAD + PILL_HEIGHT + PAD / 2, textWidth(r.width),
                lines * lineHeight(DiagramStyle.statementFont()));
    }

    /** @return the statement as wrapped for the current width */
    public List<String> statementLines() {
        wrap(getBounds().width > 0 ? getBounds().width : DEFAULT_WIDTH);
        return statementLines;
    }

    private void wrap(int width) {
        if (width == wrappedWidth || view == null) {
            return;
        }
        int available = textWidth(width);
        statementLines = TextMeasure.wrap(view.statement(), DiagramStyle.statementFont(), available, MAX_STATEMENT_LINES);
        evidenceLines = showEvidence ? view.evidence().stream().map(e -> TextMeasure.wrap(e.text(), DiagramStyle.smallFont(),
                available - 14, MAX_EVIDENCE_LINES)).toList() : List.of();
        whoLines = TextMeasure.wrap(view.who(), DiagramStyle.smallFont(), available - footerRightWidth() - 8, 2);
        wrappedWidth = width;
    }

    /** @return the width of the footer's right side: the grounded label and, if any, the finding mark */
    private int footerRightWidth() {
        return TextMeasure.width(view.label().word(), DiagramStyle.smallBoldFont()) + (view.severity() == null ? 0 : MARK + 4)
                + badgesWidth(false);
    }

    /** @return the width the badges at the top ({@code top}) or bottom take, gaps included */
    private int badgesWidth(boolean top) {
        int width = 0;
        for (ClaimView.Badge badge : view.badges()) {
            if (badge.top() == top) {
                width += badgeWidth(badge) + BADGE_GAP;
            }
        }
        return width;
    }

    private static int badgeWidth(ClaimView.Badge badge) {
        int width = 2 * BADGE_PAD;
        if (badge.icon() != null) {
            width += BADGE_ICON + (badge.text() == null ? 0 : 3);
        }
        if (badge.text() != null) {
            width += TextMeasure.width(badge.text(), DiagramStyle.smallBoldFont());
        }
        return width;
    }

    /** Draws the badges of one row leftwards from {@code right}; returns where the leftmost begins. */
    private int paintBadges(Graphics g, boolean top, int right, int y, int height) {
        List<ClaimView.Badge> row = new java.util.ArrayList<>();
        if (top && view.conflicts() > 0) { // open merge conflicts first, before what plugins add
            row.add(new ClaimView.Badge(true, conflictBadge(view.conflicts()), CONFLICT, null,
                    "Open merge conflicts: resolve them in the Conflicts view."));
        }
        view.badges().stream().filter(b -> b.top() == top).forEach(row::add);
        for (int i = row.size() - 1; i >= 0; i--) {
            ClaimView.Badge badge = row.get(i);
            int width = badgeWidth(badge);
            right -= width;
            g.setBackgroundColor(DiagramStyle.colour(badge.colour()));
            g.fillRoundRectangle(new Rectangle(right, y, width, height), height, height);
            int x = right + BADGE_PAD;
            if (badge.icon() != null) {
                org.eclipse.swt.graphics.Image image = DiagramStyle.image(badge.icon());
                if (image != null) {
                    org.eclipse.swt.graphics.Rectangle size = image.getBounds();
                    g.drawImage(image, 0, 0, size.width, size.height, x, y + (height - BADGE_ICON) / 2, BADGE_ICON,
                            BADGE_ICON);
                }
                x += BADGE_ICON + 3;
            }
            if (badge.text() != null) {
                g.setFont(DiagramStyle.smallBoldFont());
                g.setForegroundColor(DiagramStyle.colour(DiagramStyle.textOn(badge.colour())));
                g.drawText(badge.text(), x,
                        y + (height - FigureUtilities.getFontMetrics(DiagramStyle.smallBoldFont()).getHeight()) / 2);
            }
            right -= BADGE_GAP;
        }
        return right;
    }

    private static int textWidth(int width) {
        return Math.max(20, width - STRIPE - 2 * PAD);
    }

    private static int lineHeight(Font font) {
        return FigureUtilities.getFontMetrics(font).getHeight() + 1;
    }

    @Override
    protected void paintFigure(Graphics g) {
        if (view == null) {
            return;
        }
        Rectangle r = getBounds().getCopy();
        wrap(r.width);
        g.setAntialias(SWT.ON);
        g.setBackgroundColor(DiagramStyle.colour(new RGB(255, 255, 255)));
        g.fillRoundRectangle(r.getResized(-1, -1), 10, 10);
        g.setForegroundColor(DiagramStyle.colour(DiagramStyle.BORDER));
        g.setLineWidth(1);
        g.drawRoundRectangle(r.getResized(-1, -1), 10, 10);
        g.setBackgroundColor(DiagramStyle.colour(view.verdictColour()));
        g.fillRectangle(r.x + 1, r.y + 5, STRIPE - 1, r.height - 10);

        int x = r.x + STRIPE + PAD;
        int y = r.y + PAD;
        paintHeader(g, r, x, y);
        y += PILL_HEIGHT + PAD / 2;
        g.setFont(DiagramStyle.statementFont());
        g.setForegroundColor(DiagramStyle.colour(DiagramStyle.TEXT));
        int statementHeight = lineHeight(DiagramStyle.statementFont());
        for (String line : statementLines) {
            g.drawText(line, x, y);
            y += statementHeight;
        }
        if (showEvidence && !evidenceLines.isEmpty()) {
            y = paintEvidence(g, r, x, y + PAD / 2);
        }
        paintFooter(g, r, x);
    }

    /** The text of the badge of a claim with open merge conflicts, at the box's top right corner. */
    public static String conflictBadge(int conflicts) {
        return conflicts == 1 ? "\u26a0 conflict" : "\u26a0 " + conflicts + " conflicts";
    }

    /** The colour of the conflict badge. */
    private static final RGB CONFLICT = new RGB(0xD3, 0x54, 0x00);

    private void paintHeader(Graphics g, Rectangle r, int x, int y) {
        g.setFont(DiagramStyle.smallBoldFont());
        int pillWidth = TextMeasure.width(view.verdict(), DiagramStyle.smallBoldFont()) + 14;
        g.setBackgroundColor(DiagramStyle.colour(view.verdictColour()));
        g.fillRoundRectangle(new Rectangle(x, y, pillWidth, PILL_HEIGHT), PILL_HEIGHT, PILL_HEIGHT);
        g.setForegroundColor(DiagramStyle.colour(DiagramStyle.textOn(view.verdictColour())));
        int textY = y + (PILL_HEIGHT - FigureUtilities.getFontMetrics(DiagramStyle.smallBoldFont()).getHeight()) / 2;
        g.drawText(view.verdict(), x + 7, textY);
        g.setFont(DiagramStyle.smallFont());
        g.setForegroundColor(DiagramStyle.colour(DiagramStyle.MUTED));
        int badgesLeft = paintBadges(g, true, r.right() - PAD + BADGE_GAP, y, PILL_HEIGHT);
        g.setFont(DiagramStyle.smallFont());
        g.setForegroundColor(DiagramStyle.colour(DiagramStyle.MUTED));
        int room = badgesLeft - (x + pillWidth + 8);
        List<String> counts = TextMeasure.wrap(view.counts(), DiagramStyle.smallFont(), Math.max(10, room), 1);
        if (!counts.isEmpty()) {
            g.drawText(counts.get(0), x + pillWidth + 8, textY);
        }
    }

    private int paintEvidence(Graphics g, Rectangle r, int x, int y) {
        g.setForegroundColor(DiagramStyle.colour(new RGB(0xD0, 0xD5, 0xDB)));
        g.drawLine(x, y, r.right() - PAD, y);
        int small = lineHeight(DiagramStyle.smallFont());
        g.setFont(DiagramStyle.smallBoldFont());
        g.setForegroundColor(DiagramStyle.colour(DiagramStyle.MUTED));
        g.drawText("Evidence", x, y + 2);
        y += small + PAD / 2;
        g.setFont(DiagramStyle.smallFont());
        for (int i = 0; i < evidenceLines.size(); i++) {
            ClaimView.EvidenceLine line = view.evidence().get(i);
            g.setForegroundColor(DiagramStyle.colour(line.colour()));
            g.drawText(line.mark(), x, y);
            g.setForegroundColor(DiagramStyle.colour(DiagramStyle.TEXT));
            for (String text : evidenceLines.get(i)) {
                g.drawText(text, x + 14, y);
                y += small;
            }
        }
        return y;
    }

    private void paintFooter(Graphics g, Rectangle r, int x) {
        Font small = DiagramStyle.smallFont();
        int line = lineHeight(small);
        int y = r.bottom() - PAD - Math.max(1, whoLines.size()) * line;
        g.setFont(small);
        g.setForegroundColor(DiagramStyle.colour(DiagramStyle.MUTED));
        for (int i = 0; i < whoLines.size(); i++) {
            g.drawText(whoLines.get(i), x, y + i * line);
        }
        int lastLine = r.bottom() - PAD - line;
        String label = view.label().word();
        int right = r.right() - PAD;
        g.setFont(DiagramStyle.smallBoldFont());
        g.setForegroundColor(DiagramStyle.colour(DiagramStyle.of(view.label())));
        right -= TextMeasure.width(label, DiagramStyle.smallBoldFont());
        g.drawText(label, right, lastLine);
        if (view.severity() != null) {
            right -= MARK + 4;
            int top = lastLine + (line - MARK) / 2;
            g.setBackgroundColor(DiagramStyle.colour(DiagramStyle.of(view.severity())));
            g.fillOval(right, top, MARK, MARK);
            g.setForegroundColor(DiagramStyle.colour(new RGB(255, 255, 255)));
            g.drawText("!", right + (MARK - TextMeasure.width("!", DiagramStyle.smallBoldFont())) / 2, lastLine);
        }
        if (!view.badges().isEmpty()) {
            paintBadges(g, false, right - 4 + BADGE_GAP, lastLine - 1, line + 1);
        }
    }
}
