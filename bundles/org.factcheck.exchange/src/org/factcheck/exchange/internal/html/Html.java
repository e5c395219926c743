package org.factcheck.exchange.internal.html;

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
            out.append("<a href=\"").append(escape(url)).append("\" rel=\"noopener noreferrer\">").append(escape(text)).append("</a>");
        } else {
            text(text);
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

    static String readableOn(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double luminance = 0.2126 * ((rgb >> 16) & 0xFF) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF);
        return luminance > 140 ? "#1b1b1b" : "#ffffff";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
