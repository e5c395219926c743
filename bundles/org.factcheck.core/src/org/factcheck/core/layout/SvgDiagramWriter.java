package org.factcheck.core.layout;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.factcheck.core.analysis.AnalysisResult;
import org.factcheck.core.analysis.ArgumentLabel;
import org.factcheck.core.internal.layout.TextWrap;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Polarity;

/**
 * Writes a laid-out claim graph as a self-contained SVG 1.1 image, for an HTML report or a fact-check article.
 * <p>
 * Each claim is a box (an SVG group with class {@code claim} and id {@code fc-claim-<id>}) with the verdict as a
 * coloured label, the statement, who said it when, and how many appearances and pieces of evidence it has.
 * Each relation is a line with class {@code relation} and the kind's polarity ({@code support}, {@code attack},
 * {@code neutral}): supports is a solid green line ending in an arrow, contradicts a dashed red line ending in a
 * bar, each labelled with the kind's name (in the middle of the line, or as near to it as the label covers no
 * box). With {@link #withAnalysis(AnalysisResult)} the boxes also say whether the claim stands, falls or is
 * undecided, and carry a mark if the analysis found a problem with it.
 * <p>
 * Styles are inline attributes, so the image looks the same embedded in a page ({@code <img>} or inline) and
 * opened alone. Text is not measured: statements are wrapped at the number of characters of average width that
 * fit the box's width, on as many lines as its height holds (the boxes {@link NodeSizer#estimated()} sizes hold the
 * whole statement); what does not fit ends in "…". Every id the image defines starts with {@code fc-}, so that
 * the {@code <svg>} element can be put inline into a page that has ids of its own (an HTML report uses
 * {@code claim-<id>} for its claims' sections; {@link #withLinks(Function)} makes each box a link to one).
 * Instances are immutable.
 */
public final class SvgDiagramWriter {

    static final double CHAR_WIDTH = 7.0;
    /** Average width of a character of the 10.5 px footer (claimant, date) in a sans-serif font. */
    static final double FOOTER_CHAR_WIDTH = 5.7;
    static final int CHARS_PER_LINE = charsPerLine(NodeSizer.WIDTH);
    static final int MAX_STATEMENT_LINES = 7;
    static final double HEADER = 32;
    static final double LINE_HEIGHT = 16;
    static final double FOOTER = 28;

    private static final String FONT = "'DejaVu Sans', Arial, Helvetica, sans-serif";
    private static final String NO_VERDICT = "#BDBDBD";
    private static final double[] LABEL_PLACES = { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9 };

    private final String title;
    private final AnalysisResult analysis;
    private final Function<? super Claim, String> links;

    /** A writer without a title, analysis marks or links. */
    public SvgDiagramWriter() {
        this(null, null, null);
    }

    private SvgDiagramWriter(String title, AnalysisResult analysis, Function<? super Claim, String> links) {
        this.title = title;
        this.analysis = analysis;
        this.links = links;
    }

    /**
     * @param text the image's title (its {@code <title>}, shown as a tooltip and read by screen readers)
     * @return a writer that gives the image that title
     */
    public SvgDiagramWriter withTitle(String text) {
        return new SvgDiagramWriter(text, analysis, links);
    }

    /**
     * @param result the analysis of the case drawn
     * @return a writer that marks each claim's grounded label and findings
     */
    public SvgDiagramWriter withAnalysis(AnalysisResult result) {
        return new SvgDiagramWriter(title, result, links);
    }

    /**
     * Makes each claim's box a link ({@code <a href>}, as SVG 2 and HTML pages read it), for an image put inline
     * into a page that says more about each claim.
     *
     * @param href for each claim the address its box links to, for example {@code "#claim-" + claim.getId()}, or
     *             {@code null} for a box without a link; the writer escapes it
     * @return a writer that links the boxes
     */
    public SvgDiagramWriter withLinks(Function<? super Claim, String> href) {
        return new SvgDiagramWriter(title, analysis, href);
    }

    /**
     * Returns the image as text.
     *
     * @param layout the laid-out graph
     * @return the SVG document
     */
    public String toSvg(GraphLayout layout) {
        StringWriter out = new StringWriter();
        try {
            write(layout, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Returns the image as an {@code <svg>} element alone (no XML declaration, no scripts), to put inline into an
     * HTML page. Its marker ids start with {@code fc-}.
     *
     * @param layout the laid-out graph
     * @return the {@code <svg>} element
     */
    public String toSvgElement(GraphLayout layout) {
        String document = toSvg(layout);
        return document.substring(document.indexOf("<svg"));
    }

    /**
     * Writes the image as an SVG document.
     *
     * @param layout the laid-out graph
     * @param out    where to write the SVG document (UTF-8 if it is a file); not closed
     * @throws IOException if writing fails
     */
    public void write(GraphLayout layout, Writer out) throws IOException {
        Bounds extent = layout.extent();
        double margin = 20;
        double x = extent.x() - margin;
        double y = extent.y() - margin;
        double width = extent.width() + 2 * margin;
        double height = extent.height() + 2 * margin;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" viewBox=\"" + n(x) + " " + n(y) + " " + n(width) + " " + n(height) + "\" font-family=\"" + FONT
                + "\" font-size=\"12\">\n");
        if (title != null) {
            out.write("<title>" + escape(title) + "</title>\n");
        }
        out.write("<defs>\n"
                + "<marker id=\"fc-arrow-support\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" "
                + "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + colour(Polarity.SUPPORT) + "\"/></marker>\n"
                + "<marker id=\"fc-arrow-attack\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" "
                + "orient=\"auto\"><path d=\"M8,0 L8,10\" stroke=\"" + colour(Polarity.ATTACK) + "\" stroke-width=\"3\"/></marker>\n"
                + "<marker id=\"fc-arrow-neutral\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
                + "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10\" fill=\"none\" stroke=\"" + colour(Polarity.NEUTRAL) + "\"/></marker>\n"
                + "</defs>\n");
        out.write("<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" fill=\"#FFFFFF\"/>\n");
        out.write("<g class=\"relations\">\n");
        for (ClaimRelation relation : layout.graph().relations()) {
            writeRelation(relation, layout.route(relation), layout.allBounds().values(), out);
        }
        out.write("</g>\n<g class=\"claims\">\n");
        for (Claim claim : layout.graph().claims()) {
            writeClaim(claim, layout.bounds(claim), out);
        }
        out.write("</g>\n</svg>\n");
    }

    private void writeRelation(ClaimRelation relation, List<Point> route, Collection<Bounds> boxes, Writer out)
            throws IOException {
        Polarity polarity = relation.getKind().getPolarity();
        String name = polarity.getName().toLowerCase(Locale.ROOT);
        StringBuilder path = new StringBuilder();
        for (Point p : route) {
            path.append(path.length() == 0 ? "M" : " L").append(n(p.x())).append(',').append(n(p.y()));
        }
        out.write("<g class=\"relation " + name + "\">");
        out.write("<path d=\"" + path + "\" fill=\"none\" stroke=\"" + colour(polarity) + "\" stroke-width=\""
                + (polarity == Polarity.NEUTRAL ? "1.2" : "2") + "\"" + dash(polarity) + " marker-end=\"url(#fc-arrow-" + name
                + ")\"/>");
        String label = relationLabel(relation);
        double labelWidth = label.length() * 6.2 + 8;
        Point place = labelPlace(route, labelWidth, boxes);
        out.write("<rect x=\"" + n(place.x() - labelWidth / 2) + "\" y=\"" + n(place.y() - 8) + "\" width=\"" + n(labelWidth)
                + "\" height=\"15\" rx=\"3\" fill=\"#FFFFFF\" fill-opacity=\"0.9\"/>");
        out.write("<text x=\"" + n(place.x()) + "\" y=\"" + n(place.y() + 4) + "\" font-size=\"11\" font-style=\"italic\" "
                + "text-anchor=\"middle\" fill=\"" + colour(polarity) + "\">" + escape(label) + "</text></g>\n");
    }

    private void writeClaim(Claim claim, Bounds box, Writer out) throws IOException {
        String verdictColour = claim.getVerdict() == null || !isColour(claim.getVerdict().getColor()) ? NO_VERDICT
                : claim.getVerdict().getColor();
        String verdict = claim.getVerdict() == null ? "No verdict" : claim.getVerdict().getLabel();
        String href = links == null ? null : links.apply(claim);
        if (href != null) {
            out.write("<a href=\"" + escape(href) + "\">");
        }
        out.write("<g class=\"claim\" id=\"fc-claim-" + escape(String.valueOf(claim.getId())) + "\" transform=\"translate("
                + n(box.x()) + "," + n(box.y()) + ")\">");
        out.write("<rect width=\"" + n(box.width()) + "\" height=\"" + n(box.height()) + "\" rx=\"6\" fill=\"#FFFFFF\" "
                + "stroke=\"#5F6B7A\" stroke-width=\"1.2\"/>");
        out.write("<rect x=\"0.6\" y=\"6\" width=\"5\" height=\"" + n(Math.max(0, box.height() - 12)) + "\" fill=\"" + verdictColour
                + "\"/>");
        double pillWidth = verdict.length() * 6.4 + 14;
        out.write("<rect x=\"12\" y=\"8\" width=\"" + n(pillWidth) + "\" height=\"17\" rx=\"8.5\" fill=\"" + verdictColour + "\"/>");
        out.write("<text x=\"" + n(12 + pillWidth / 2) + "\" y=\"20.5\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\" "
                + "fill=\"" + textOn(verdictColour) + "\">" + escape(verdict) + "</text>");
        out.write("<text x=\"" + n(box.width() - 10) + "\" y=\"20.5\" font-size=\"10\" text-anchor=\"end\" fill=\"#5F6B7A\">"
                + escape(counts(claim)) + "</text>");
        int maxLines = (int) Math.max(1, Math.floor((box.height() - HEADER - FOOTER + 4) / LINE_HEIGHT));
        List<String> lines = TextWrap.wrap(claim.getStatement(), charsPerLine(box.width()), maxLines);
        out.write("<text fill=\"#1B1F24\">");
        for (int i = 0; i < lines.size(); i++) {
            out.write("<tspan x=\"12\" y=\"" + n(HEADER + 12 + i * LINE_HEIGHT) + "\">" + escape(lines.get(i)) + "</tspan>");
        }
        out.write("</text>");
        out.write("<text x=\"12\" y=\"" + n(box.height() - 10) + "\" font-size=\"10.5\" fill=\"#5F6B7A\">"
                + escape(shorten(who(claim), (int) ((box.width() - 24 - labelRoom(claim)) / FOOTER_CHAR_WIDTH))) + "</text>");
        if (analysis != null) {
            writeAnalysis(claim, box, out);
        }
        out.write(href == null ? "</g>\n" : "</g></a>\n");
    }

    private void writeAnalysis(Claim claim, Bounds box, Writer out) throws IOException {
        ArgumentLabel label = analysis.label(claim);
        String colour = switch (label) {
            case IN -> "#1B7A3A";
            case OUT -> "#B3261E";
            case UNDECIDED -> "#8A6D00";
        };
        out.write("<text class=\"label " + label.name().toLowerCase(Locale.ROOT) + "\" x=\"" + n(box.width() - 10) + "\" y=\""
                + n(box.height() - 10) + "\" font-size=\"10.5\" font-weight=\"bold\" text-anchor=\"end\" fill=\"" + colour + "\">"
                + label.word() + "</text>");
        if (analysis.worstSeverity(claim).isPresent()) {
            String mark = switch (analysis.worstSeverity(claim).get()) {
                case ERROR -> "#D32F2F";
                case WARNING -> "#F9A825";
                case INFO -> "#1976D2";
            };
            out.write("<g class=\"finding\"><title>" + escape(String.join("\n", analysis.findingsFor(claim).stream()
                    .map(f -> f.message()).toList())) + "</title><circle cx=\"" + n(box.width()) + "\" cy=\"0\" r=\"9\" fill=\""
                    + mark + "\" stroke=\"#FFFFFF\" stroke-width=\"1.5\"/><text x=\"" + n(box.width()) + "\" y=\"4.5\" "
                    + "font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#FFFFFF\">!</text></g>");
        }
    }

    /** The width the claim's stands/falls/undecided label takes at the right of the footer (bold, 10.5 px). */
    private double labelRoom(Claim claim) {
        return analysis == null ? 0 : analysis.label(claim).word().length() * 6.4 + 10;
    }

    /** @return how many characters of average width fit on a line of a box this wide */
    static int charsPerLine(double boxWidth) {
        return (int) Math.max(8, Math.floor((boxWidth - 20) / CHAR_WIDTH));
    }

    static String relationLabel(ClaimRelation relation) {
        String label = relation.getKind().getLabel();
        return label == null || label.isBlank() ? String.valueOf(relation.getKind().getName()) : label;
    }

    static String counts(Claim claim) {
        int quotes = claim.getAppearances().size();
        int evidence = claim.getEvidence().size();
        return quotes + (quotes == 1 ? " quote" : " quotes") + " · " + evidence + " evidence";
    }

    static String who(Claim claim) {
        String name = claim.getClaimant() == null ? null : claim.getClaimant().getName();
        String date = claim.getDateSaid() == null ? null : claim.getDateSaid().toString();
        if (name == null && date == null) {
            return "";
        }
        return "— " + (name == null ? date : date == null ? name : name + ", " + date);
    }

    private static String shorten(String text, int length) {
        return org.factcheck.core.text.Abbreviations.shorten(text, Math.max(2, length));
    }

    /**
     * Where a relation's label goes: the middle of its line, or else the point nearest to the middle (in steps of a
     * tenth of the line) where the label covers no box; the middle if there is no such point.
     */
    private static Point labelPlace(List<Point> route, double labelWidth, Collection<Bounds> boxes) {
        for (double fraction : LABEL_PLACES) {
            Point p = along(route, fraction);
            Bounds label = new Bounds(p.x() - labelWidth / 2, p.y() - 8, labelWidth, 15);
            if (boxes.stream().noneMatch(box -> box.overlaps(label, 2))) {
                return p;
            }
        }
        return along(route, 0.5);
    }

    private static Point along(List<Point> route, double fraction) {
        double total = 0;
        for (int i = 1; i < route.size(); i++) {
            total += distance(route.get(i - 1), route.get(i));
        }
        double rest = total * fraction;
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            double d = distance(a, b);
            if (rest <= d && d > 0) {
                return new Point(a.x() + (b.x() - a.x()) * rest / d, a.y() + (b.y() - a.y()) * rest / d);
            }
            rest -= d;
        }
        return route.get(route.size() - 1);
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }

    private static String colour(Polarity polarity) {
        return switch (polarity) {
            case SUPPORT -> "#2E7D32";
            case ATTACK -> "#C62828";
            case NEUTRAL -> "#757575";
        };
    }

    private static String dash(Polarity polarity) {
        return switch (polarity) {
            case SUPPORT -> "";
            case ATTACK -> " stroke-dasharray=\"8,4\"";
            case NEUTRAL -> " stroke-dasharray=\"2,3\"";
        };
    }

    private static boolean isColour(String text) {
        return text != null && text.matches("#[0-9A-Fa-f]{6}");
    }

    /** Black or white, whichever reads better on a background colour. */
    /** Black or white, whichever contrasts more with the background: at least 4.5:1 (WCAG AA). */
    private static String textOn(String background) {
        return Contrast.textOn(background);
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Escapes text for XML content and attributes and drops characters XML cannot hold. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (cp == '\n' || cp == '\t' || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                        escaped.appendCodePoint(cp);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
