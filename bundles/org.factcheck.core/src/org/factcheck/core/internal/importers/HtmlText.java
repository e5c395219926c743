package org.factcheck.core.internal.importers;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the readable text of an HTML page: one line per block element (paragraph, heading, list
 * item, ...), white space collapsed as a browser would, without the parts that are not the article.
 */
final class HtmlText {

    /** Never part of the article text. */
    static final String ALWAYS_REMOVED = "script, style, nav, aside, form, noscript, iframe, template";

    /** Page header and footer; kept inside an {@code <article>}, where they hold its headline and byline. */
    static final String SITE_CHROME = "header, footer";

    private HtmlText() {
    }

    /**
     * Extracts the text. The page is modified: unwanted elements are removed from it.
     *
     * @param page the parsed page
     * @return the text, lines separated by LF, no blank lines outside {@code <pre>}
     */
    static String extract(org.jsoup.nodes.Document page) {
        page.select(ALWAYS_REMOVED).remove();
        for (Element chrome : page.select(SITE_CHROME)) {
            if (chrome.closest("article") == null) {
                chrome.remove();
            }
        }
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, content(page));
        return collector.text();
    }

    /** The single {@code <article>}, else the first {@code <main>}, else the body. */
    private static Element content(org.jsoup.nodes.Document page) {
        Elements articles = page.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        Element main = page.selectFirst("main");
        return main != null ? main : page.body();
    }

    private static final class Collector implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (text.parent() instanceof Element parent && parent.closest("pre") != null) {
                    out.append(text.getWholeText());
                } else {
                    appendInline(text.text());
                }
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    out.append('\n');
                } else if (element.isBlock()) {
                    lineBreak();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                lineBreak();
            }
        }

        private void appendInline(String s) {
            String piece = s;
            if (piece.startsWith(" ") && (out.isEmpty() || endsWithSpace())) {
                piece = piece.substring(1);
            }
            out.append(piece);
        }

        private boolean endsWithSpace() {
            char last = out.charAt(out.length() - 1);
            return last == ' ' || last == '\n';
        }

        private void lineBreak() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        String text() {
            return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{2,}", "\n").strip();
        }
    }
}
