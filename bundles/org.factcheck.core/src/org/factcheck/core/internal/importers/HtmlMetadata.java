package org.factcheck.core.internal.importers;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.model.CaseFactory;
import org.factcheck.model.Document;
import org.factcheck.model.Source;
import org.factcheck.model.SourceKind;
import org.jsoup.nodes.Element;

/**
 * Copies the metadata of an HTML page into a document: title ({@code og:title}, else {@code <title>}),
 * outlet ({@code og:site_name}, as a new, uncontained {@link Source}), publication date
 * ({@code article:published_time}), author ({@code <meta name="author">}), URL
 * ({@code <link rel="canonical">}, else {@code og:url}) and language ({@code <html lang>}).
 */
final class HtmlMetadata {

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

    private HtmlMetadata() {
    }

    static void read(org.jsoup.nodes.Document page, Document document) {
        String title = firstNonBlank(meta(page, "property", "og:title"), page.title());
        document.setTitle(title);
        String url = firstNonBlank(link(page, "canonical"), meta(page, "property", "og:url"));
        document.setUrl(url);
        document.setAuthor(meta(page, "name", "author"));
        document.setPublished(date(meta(page, "property", "article:published_time")));
        Element html = page.selectFirst("html");
        document.setLanguage(html == null ? null : blankToNull(html.attr("lang")));
        String siteName = meta(page, "property", "og:site_name");
        if (siteName != null) {
            Source outlet = CaseFactory.eINSTANCE.createSource();
            outlet.setName(siteName);
            outlet.setKind(SourceKind.NEWS_OUTLET);
            outlet.setUrl(origin(url));
            document.setOutlet(outlet);
        }
    }

    private static String meta(org.jsoup.nodes.Document page, String attribute, String value) {
        for (Element meta : page.select("meta[" + attribute + "]")) {
            if (meta.attr(attribute).equalsIgnoreCase(value)) {
                String content = blankToNull(meta.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String link(org.jsoup.nodes.Document page, String rel) {
        for (Element link : page.select("link[rel][href]")) {
            if (link.attr("rel").strip().equalsIgnoreCase(rel)) {
                return blankToNull(link.attr("href"));
            }
        }
        return null;
    }

    /** Takes the calendar date as written, ignoring time and zone: the date the outlet printed. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Returns scheme://host[:port]/ of an http(s) URL, or null. */
    static String origin(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()))) {
                return null;
            }
            return new URI(uri.getScheme().toLowerCase(java.util.Locale.ROOT), null, uri.getHost(), uri.getPort(),
                    "/", null, null).toString();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String firstNonBlank(String a, String b) {
        return a != null ? a : blankToNull(b);
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String collapsed = s.strip().replaceAll("\\s+", " ");
        return collapsed.isEmpty() ? null : collapsed;
    }
}
