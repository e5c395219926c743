package org.factcheck.exchange.internal.w3c;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.core.anchoring.Anchorer;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.core.importers.ImportException;
import org.factcheck.exchange.internal.Json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads W3C Web Annotation JSON-LD into {@link IncomingAnnotation}s: a single {@code Annotation}, an
 * {@code AnnotationPage}, an {@code AnnotationCollection} with embedded pages, a JSON array of any of these, and
 * Hypothesis' JSON (an API search result's {@code rows}, the client's export with its {@code annotations}, or
 * single annotations with {@code uri}, {@code text} and {@code target}). The JSON-LD is read as the compacted form the Web Annotation context defines; other
 * JSON-LD forms (expanded, framed differently) are not interpreted.
 */
final class AnnotationReader {

    private final String file;
    private final List<IncomingAnnotation> result = new ArrayList<>();
    private final List<AnnotationPlacement.Skipped> skipped = new ArrayList<>();

    private AnnotationReader(String file) {
        this.file = file;
    }

    /** @return the annotations that select text, in the order of the file */
    List<IncomingAnnotation> annotations() {
        return result;
    }

    /** @return the annotations that select no text (page notes, replies), in the order of the file */
    List<AnnotationPlacement.Skipped> skipped() {
        return skipped;
    }

    static AnnotationReader read(ArticleInput input) throws ImportException {
        String shown = shown(input);
        JsonNode root;
        try {
            root = Json.mapper().readTree(input.bytes());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 0 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new ImportException(shown + " is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException(shown + " could not be read: " + e.getMessage(), e);
        }
        JsonLdStructure.check(shown, root);
        AnnotationReader reader = new AnnotationReader(shown);
        reader.visit(root, "the file");
        if (reader.result.isEmpty() && reader.skipped.isEmpty()) {
            throw new ImportException(shown + " contains no annotations (expected W3C Web Annotation JSON-LD: an "
                    + "Annotation, AnnotationPage or AnnotationCollection, or Hypothesis JSON).");
        }
        return reader;
    }

    /** The file as messages name it: its path when it came from a file, else its name. */
    static String shown(ArticleInput input) {
        return "“" + (input.file() != null ? input.file().toString() : input.fileName()) + "”";
    }

    private void visit(JsonNode node, String where) throws ImportException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                visit(item, where);
            }
            return;
        }
        if (!node.isObject()) {
            throw new ImportException(file + ": expected an annotation object in " + where + ", found " + node.getNodeType()
                    .toString().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (isType(node, "AnnotationCollection")) {
            JsonNode first = node.get("first");
            if (first != null && first.isTextual()) {
                throw new ImportException(file + ": the collection " + text(node, "id") + " refers to its pages by address ("
                        + first.asText() + "); only collections with embedded pages can be imported.");
            }
            visit(first, "the collection " + text(node, "id"));
        } else if (isType(node, "AnnotationPage")) {
            visit(node.get("items"), "the page " + text(node, "id"));
            JsonNode next = node.get("next");
            if (next != null && next.isObject()) {
                visit(next, where);
            }
        } else if (node.has("rows") && node.get("rows").isArray()) {
            visit(node.get("rows"), "the rows"); // Hypothesis API search result
        } else if (node.has("annotations") && node.get("annotations").isArray() && !node.has("target")) {
            visit(node.get("annotations"), "the annotations"); // Hypothesis client export
        } else if (isType(node, "Annotation") || node.has("target")) {
            IncomingAnnotation annotation = annotation(node);
            if (annotation != null) {
                result.add(annotation);
            }
        } else {
            throw new ImportException(file + ": an object in " + where + " is not an annotation (it has no “type” "
                    + "Annotation and no “target”).");
        }
    }

    /** The annotation, or null if it selects no text (then it is recorded as skipped). */
    private IncomingAnnotation annotation(JsonNode node) throws ImportException {
        String name = node.hasNonNull("id") ? "annotation " + node.get("id").asText()
                : "annotation " + (result.size() + skipped.size() + 1);
        JsonNode target = textTarget(node.get("target"));
        if (target == null) {
            JsonNode references = node.get("references");
            skipped.add(new AnnotationPlacement.Skipped(name,
                    references != null && references.isArray() && !references.isEmpty() ? "reply" : "page note"));
            return null;
        }
        String source = target.isObject() ? text(target, "source") : null;
        if (source == null) {
            source = text(node, "uri");
        }
        String exact = null;
        String prefix = "";
        String suffix = "";
        int start = -1;
        int end = -1;
        for (JsonNode selector : asList(target.get("selector"))) {
            if (isType(selector, "TextQuoteSelector")) {
                exact = normalized(text(selector, "exact"));
                prefix = normalizedOrEmpty(text(selector, "prefix"));
                suffix = normalizedOrEmpty(text(selector, "suffix"));
            } else if (isType(selector, "TextPositionSelector")) {
                JsonNode s = selector.get("start");
                JsonNode e = selector.get("end");
                if (s == null || e == null || !s.canConvertToInt() || !e.canConvertToInt() || s.asInt() < 0
                        || e.asInt() < s.asInt()) {
                    throw new ImportException(file + ": " + name + " has a TextPositionSelector without a valid start "
                            + "and end (non-negative integers, start ≤ end).");
                }
                start = s.asInt();
                end = e.asInt();
            }
        }
        if (exact != null && exact.isEmpty()) {
            throw new ImportException(file + ": " + name + " quotes empty text.");
        }
        if (exact != null && exact.codePointCount(0, exact.length()) > Anchorer.MAX_QUOTE_LENGTH) {
            throw new ImportException(String.format(Locale.ROOT, "%s: %s quotes %,d characters; quotes of at most %,d "
                    + "characters can be placed. Nothing was imported.", file, name,
                    exact.codePointCount(0, exact.length()), Anchorer.MAX_QUOTE_LENGTH));
        }
        Bodies bodies = Bodies.of(node);
        String note = bodies.note();
        String author = creator(node);
        if (isHypothesis(node)) {
            note = joined(note, hypothesisTags(node), hypothesisProvenance(node));
            String displayName = text(node.get("user_info"), "display_name");
            author = displayName != null && !displayName.isBlank() ? displayName.strip() : author;
        }
        return new IncomingAnnotation(name, source, exact, prefix, suffix, start, end, bodies.kind(), note, author,
                created(node, name), bodies.appearances());
    }

    /** Hypothesis' own JSON (API rows, client export), not a W3C annotation: it names the page by {@code uri}. */
    private static boolean isHypothesis(JsonNode node) {
        return !isType(node, "Annotation") && (node.has("uri") || node.has("user"));
    }

    /** "Tags: a, b" from Hypothesis' {@code tags}, or null. */
    private static String hypothesisTags(JsonNode node) {
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : asList(node.get("tags"))) {
            if (tag.isTextual() && !tag.asText().isBlank()) {
                tags.add(tag.asText().strip());
            }
        }
        return tags.isEmpty() ? null : "Tags: " + String.join(", ", tags);
    }

    /** Where the annotation came from: its Hypothesis id, the page's title and address. */
    private static String hypothesisProvenance(JsonNode node) {
        String id = text(node, "id");
        JsonNode titles = node.path("document").get("title");
        String title = titles == null ? null : titles.isArray() ? text(titles, 0) : titles.isTextual() ? titles.asText() : null;
        String uri = text(node, "uri");
        if (id == null && title == null && uri == null) {
            return null;
        }
        return "From Hypothesis" + (id == null ? "" : " annotation " + id)
                + (title == null || title.isBlank() ? "" : " on “" + title.strip() + "”")
                + (uri == null ? "" : " (" + uri + ")") + ".";
    }

    private static String text(JsonNode array, int index) {
        JsonNode value = array.get(index);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String joined(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return present.isEmpty() ? null : String.join("\n\n", present);
    }

    /** The first target (of an object, a list, or Hypothesis' list) that has a text selector. */
    private static JsonNode textTarget(JsonNode target) {
        for (JsonNode candidate : asList(target)) {
            for (JsonNode selector : asList(candidate.get("selector"))) {
                if (isType(selector, "TextQuoteSelector") || isType(selector, "TextPositionSelector")) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static String creator(JsonNode node) {
        JsonNode creator = node.has("creator") ? node.get("creator") : node.get("user");
        if (creator == null) {
            return null;
        }
        if (creator.isTextual()) {
            return creator.asText();
        }
        String name = text(creator, "name");
        return name != null ? name : text(creator, "nickname");
    }

    private Instant created(JsonNode node, String name) throws ImportException {
        String value = text(node, "created");
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new ImportException(file + ": " + name + " has a “created” time that is not an xsd:dateTime: " + value);
        }
    }

    static boolean isType(JsonNode node, String type) {
        for (String key : new String[] { "type", "@type" }) {
            for (JsonNode t : asList(node.get(key))) {
                if (t.isTextual() && (t.asText().equals(type) || t.asText().equals("oa:" + type))) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<JsonNode> asList(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(list::add);
        } else if (node != null && !node.isNull() && !node.isMissingNode()) {
            list.add(node);
        }
        return list;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** Quotes are compared with the document's normalized text: NFC and LF line ends, as articles are stored. */
    private static String normalized(String quote) {
        return quote == null ? null
                : java.text.Normalizer.normalize(quote.replace("\r\n", "\n").replace('\r', '\n'), java.text.Normalizer.Form.NFC);
    }

    private static String normalizedOrEmpty(String value) {
        return value == null ? "" : normalized(value);
    }
}
