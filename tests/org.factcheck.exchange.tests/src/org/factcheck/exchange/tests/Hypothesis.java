package org.factcheck.exchange.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factcheck.exchange.internal.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds files the way the Hypothesis client exports them ({@code annotations} of rows with {@code uri},
 * {@code user}, {@code text}, {@code target} with selectors; replies with {@code references}; page notes with a
 * target without selectors).
 */
final class Hypothesis {

    private final ObjectNode root = Json.object();
    private final ArrayNode annotations = root.put("export_date", "2026-11-20T10:00:00.000Z")
            .put("export_userid", "acct:checker@hypothes.is").put("client_version", "1.1500.0").putArray("annotations");

    /** Adds an annotation of text, with a quote selector and, if {@code start >= 0}, a position selector. */
    Hypothesis quote(String id, String uri, String exact, String prefix, String suffix, int start, int end) {
        ArrayNode selectors = row(id, uri).putArray("target").addObject().put("source", uri).putArray("selector");
        selectors.addObject().put("type", "RangeSelector").put("startContainer", "/div[1]/p[2]").put("startOffset", 0)
                .put("endContainer", "/div[1]/p[2]").put("endOffset", exact.length());
        if (start >= 0) {
            selectors.addObject().put("type", "TextPositionSelector").put("start", start).put("end", end);
        }
        selectors.addObject().put("type", "TextQuoteSelector").put("exact", exact).put("prefix", prefix)
                .put("suffix", suffix);
        return this;
    }

    /** Adds a page note: an annotation of the page as a whole. */
    Hypothesis pageNote(String id, String uri, String text) {
        row(id, uri).put("text", text).putArray("target").addObject().put("source", uri);
        return this;
    }

    /** Adds a reply to another annotation. */
    Hypothesis reply(String id, String uri, String to, String text) {
        ObjectNode row = row(id, uri).put("text", text);
        row.putArray("references").add(to);
        row.putArray("target").addObject().put("source", uri);
        return this;
    }

    private ObjectNode row(String id, String uri) {
        ObjectNode row = annotations.addObject().put("id", id).put("uri", uri).put("user", "acct:checker@hypothes.is")
                .put("created", "2026-11-20T09:30:00.000000+00:00");
        row.putArray("tags");
        return row;
    }

    byte[] bytes() {
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    Path write(Path file) throws Exception {
        return Files.write(file, bytes());
    }
}
