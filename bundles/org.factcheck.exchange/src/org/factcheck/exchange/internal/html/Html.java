package org.factcheck.exchange.internal.html;

import org.factcheck.core.layout.Contrast;

/** A small HTML writer: escaped text and attributes, elements opened and closed in order. */
final class Html {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Escapes text for element content and double-quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Appends markup as is; only for constant markup written in this package. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Opens an element with a class (none if null). */
    Html open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** A whole element with escaped text. */
    Html element(String tag, String cssClass, String text) {
        return open(tag, cssClass).text(text).close(tag);
    }

    /** A link to an http(s) URL; other URLs (javascript:, data:, ...) are shown as text only. */
    Html link(String url, String text) {
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            out.append("<a href=\"").append(escape(url)).append("\" rel=\"noopener noreferrer\">");
            isolated(text).raw("</a>");
        } else {
            isolated(text);
        }
        return this;
    }

    /** A coloured badge; the text is dark or light, whichever reads better on the colour. */
    Html badge(String label, String color) {
        String background = color != null && color.matches("#[0-9A-Fa-f]{6}") ? color : "#9E9E9E";
        out.append("<span class=\"badge\" style=\"background:").append(background).append(";color:")
                .append(readableOn(background)).append("\">").append(escape(label)).append("</span>");
        return this;
    }

    /** The text colour on a background: contrast at least 4.5:1 (WCAG AA), see {@link Contrast}. */
    static String readableOn(String hex) {
        return Contrast.textOn(hex);
    }

    /**
     * Appends escaped text that the case's users wrote (a title, a statement) isolated from its surroundings in
     * a {@code <bdi>} when it contains right-to-left letters or bidirectional controls, so that an Arabic or Hebrew
     * title or a stray U+202E cannot reorder the text around it.
     */
    Html isolated(String text) {
        return needsIsolation(text) ? raw("<bdi>").text(text).raw("</bdi>") : text(text);
    }

    static boolean needsIsolation(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> {
            byte d = Character.getDirectionality(c);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                    || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
                    || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
                    || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT
                    || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
                    || d == Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE
                    || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE || c == 0x200E || c == 0x200F;
        });
    }

    /** A {@code lang} attribute (with a leading space) when the text's language is known and not the page's. */
    static String langAttribute(String language) {
        return language == null || language.isBlank() || language.equalsIgnoreCase(HtmlReportExporter.PAGE_LANGUAGE)
                ? "" : " lang=\"" + escape(language) + "\"";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
