package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.layout.Contrast;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.Rating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML report and the DOT graph for people who use assistive technology or read other scripts (WCAG 2.1):
 * the diagram is an image with a name, text in another language says so, right-to-left and bidi-control text is
 * isolated, and text drawn on a verdict's colour contrasts at least 4.5:1 (WCAG 2.1 success criterion 1.4.3,
 * computed here with the standard's own formula).
 */
class AccessibleReportTest {

    private CaseFile demo;

    @BeforeEach
    void load() throws Exception {
        demo = Demo.load();
    }

    @Test
    void theInlineDiagramIsAnImageWithATitle() throws Exception {
        String html = Demo.exportText("html", demo, Map.of());
        Matcher svg = Pattern.compile("<svg\\b[^>]*>").matcher(html);
        assertTrue(svg.find(), "the report has its diagram");
        assertTrue(svg.group().contains(" role=\"img\""), svg.group());
        assertTrue(html.startsWith("<title>Argument diagram of “Borders of the annexed regions”</title>", svg.end()),
                "the title is the svg's first child: " + html.substring(svg.end(), svg.end() + 80));
    }

    @Test
    void quotesFromAnArticleInAnotherLanguageCarryItsLang() throws Exception {
        Document german = demo.getDocuments().get(1);
        german.setLanguage("de");
        String html = Demo.exportText("html", demo, Map.of());
        assertTrue(html.contains("<blockquote lang=\"de\">"), "a quote from the German article");
        assertFalse(html.contains("<blockquote lang=\"en\">"), "the page's own language is not repeated");
        assertTrue(html.contains("<blockquote>"), "quotes from the English articles");
    }

    @Test
    void rightToLeftTitlesAndBidiControlsAreIsolated() throws Exception {
        Document article = demo.getDocuments().get(0);
        article.setTitle("Report \u202Egnirevo\u202C of the Kremlin");
        demo.getDocuments().get(1).setTitle("גבולות האזורים");
        String html = Demo.exportText("html", demo, Map.of());
        int controls = 0;
        for (int at = html.indexOf('\u202E'); at >= 0; at = html.indexOf('\u202E', at + 1)) {
            controls++;
            int open = html.lastIndexOf("<bdi>", at);
            int close = html.lastIndexOf("</bdi>", at);
            assertTrue(open >= 0 && open > close, "the override at " + at + " is inside a <bdi>");
        }
        assertTrue(controls > 0, "the title is shown");
        assertTrue(html.contains("<bdi>גבולות האזורים</bdi>"));
        assertFalse(html.contains("<bdi>Borders"), "left-to-right text is left as it is");
    }

    @Test
    void textOnAnyColourContrastsEnough() {
        Random random = new Random(1_4_3);
        List<String> colours = new ArrayList<>(List.of("#777777", "#808080", "#7F7F7F", "#767676", "#FF0000",
                "#00FF00", "#0000FF"));
        for (int i = 0; i < 20_000; i++) {
            colours.add(String.format("#%06X", random.nextInt(1 << 24)));
        }
        for (String colour : colours) {
            String text = Contrast.textOn(colour);
            assertTrue(ratio(colour, text) >= 4.5, text + " on " + colour + ": " + ratio(colour, text));
        }
    }

    @Test
    void theReportAndTheGraphDrawTextOnVerdictColoursWithEnoughContrast() throws Exception {
        List<String> colours = new ArrayList<>(List.of("#777777", "#1A9850", "#D73027", "#FFD700", "#4575B4"));
        demo.getRatingScale().getRatings().stream().map(Rating::getColor).forEach(colours::add);
        Rating verdict = demo.getClaims().stream().filter(c -> c.getVerdict() != null).findFirst().orElseThrow().getVerdict();
        for (String colour : colours) {
            verdict.setColor(colour);
            String html = Demo.exportText("html", demo, Map.of());
            Matcher badge = Pattern.compile("background:(#[0-9A-Fa-f]{6});color:(#[0-9A-Fa-f]{6})").matcher(html);
            int badges = 0;
            for (; badge.find(); badges++) {
                assertTrue(ratio(badge.group(1), badge.group(2)) >= 4.5, badge.group());
            }
            assertTrue(badges > 0);
            Matcher pill = Pattern.compile("rx=\"8.5\" fill=\"(#[0-9A-Fa-f]{6})\"/><text [^>]*fill=\"(#[0-9A-Fa-f]{6})\"")
                    .matcher(html);
            int pills = 0;
            for (; pill.find(); pills++) {
                assertTrue(ratio(pill.group(1), pill.group(2)) >= 4.5, "the SVG diagram's verdict label " + pill.group());
            }
            assertTrue(pills > 0, "the inline diagram labels verdicts on their colour");
            Matcher node = Pattern.compile("fillcolor=\"(#[0-9A-Fa-f]{6})\", fontcolor=\"(#[0-9A-Fa-f]{6})\"")
                    .matcher(Demo.exportText("dot", demo, Map.of()));
            int nodes = 0;
            for (; node.find(); nodes++) {
                assertTrue(ratio(node.group(1), node.group(2)) >= 4.5, node.group());
            }
            assertTrue(nodes > 0, "DOT nodes on a verdict's colour name their text colour");
        }
    }

    /** WCAG 2.1 contrast ratio, (L1 + 0.05) / (L2 + 0.05) of the relative luminances. */
    private static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] channels = { (rgb >> 16 & 0xFF) / 255.0, (rgb >> 8 & 0xFF) / 255.0, (rgb & 0xFF) / 255.0 };
        for (int i = 0; i < 3; i++) {
            channels[i] = channels[i] <= 0.03928 ? channels[i] / 12.92 : Math.pow((channels[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    @Test
    void everyBadgeIsMeasured() throws Exception {
        String html = Demo.exportText("html", demo, Map.of());
        assertEquals(html.split("class=\"badge\"", -1).length - 1,
                html.split("class=\"badge\" style=\"background:#[0-9A-Fa-f]{6};color:#[0-9A-Fa-f]{6}\"", -1).length - 1,
                "every badge has a colour and a text colour");
    }
}
