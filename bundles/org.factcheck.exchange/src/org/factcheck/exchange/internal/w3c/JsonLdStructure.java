package org.factcheck.exchange.internal.w3c;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import org.factcheck.core.importers.ImportException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON-LD structure the annotation reader relies on, checked before anything is read: a JSON-LD processor
 * refuses the same files ("invalid local context", "invalid @id value", "invalid type value").
 * <ul>
 * <li>{@code @context} is null, an IRI string, an object, or an array of these;</li>
 * <li>{@code @id} and its alias {@code id} are strings;</li>
 * <li>{@code @type} and its alias {@code type} are a string or an array of strings.</li>
 * </ul>
 * The aliases are the Web Annotation context's ({@code "id": "@id"}, {@code "type": "@type"}); Hypothesis' JSON
 * uses the same names the same way. The contents of a context (term definitions) are not interpreted. The walk
 * uses its own stack, so deeply nested files cannot overflow the thread's.
 */
final class JsonLdStructure {

    private JsonLdStructure() {
    }

    /**
     * @param file how messages name the file
     * @param root the parsed file
     * @throws ImportException naming the first value that breaks the structure and where it is
     */
    static void check(String file, JsonNode root) throws ImportException {
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", root));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            String at = next.getKey();
            JsonNode node = next.getValue();
            if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    pending.push(Map.entry(at + "/" + i, node.get(i)));
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> field = it.next();
                    String key = field.getKey();
                    JsonNode value = field.getValue();
                    String where = at + "/" + key;
                    switch (key) {
                        case "@context" -> context(file, where, value);
                        case "@id", "id" -> require(file, where, key, value, value.isTextual(), "a string (an IRI)");
                        case "@type", "type" -> require(file, where, key, value, strings(value),
                                "a string or an array of strings");
                        default -> pending.push(Map.entry(where, value));
                    }
                }
            }
        }
    }

    private static void context(String file, String where, JsonNode value) throws ImportException {
        boolean valid = valid(value);
        if (valid && value.isArray()) {
            for (JsonNode item : value) {
                valid &= !item.isArray() && valid(item);
            }
        }
        require(file, where, "@context", value, valid, "an IRI string, an object or an array of these");
    }

    private static boolean valid(JsonNode context) {
        return context.isNull() || context.isTextual() || context.isObject() || context.isArray();
    }

    private static boolean strings(JsonNode value) {
        if (value.isTextual()) {
            return true;
        }
        if (!value.isArray()) {
            return false;
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static void require(String file, String where, String key, JsonNode value, boolean valid, String allowed)
            throws ImportException {
        if (!valid) {
            String shown = value.toString();
            shown = shown.length() <= 40 ? shown : shown.substring(0, 39) + "…";
            String type = value.getNodeType().toString().toLowerCase(Locale.ROOT);
            throw new ImportException(file + " is not valid JSON-LD: “" + key + "” at " + where + " is "
                    + ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type + " (" + shown
                    + "), but JSON-LD allows only " + allowed + " there. Nothing was imported.");
        }
    }
}
