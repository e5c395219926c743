package org.factcheck.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one Jackson mapper of the exchange formats: pretty-printed UTF-8, never closing the caller's stream. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** @return the shared mapper */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @return a new empty object */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return a new empty array */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * Writes a tree, pretty-printed, followed by a line feed.
     *
     * @param tree the tree
     * @param out  the stream, left open
     * @throws IOException if writing fails
     */
    public static void write(JsonNode tree, OutputStream out) throws IOException {
        MAPPER.writeValue(out, tree);
        out.write('\n');
    }

    /**
     * Puts a text property if the value is not null or blank.
     *
     * @param object the object
     * @param name   the property
     * @param value  the value
     */
    public static void putText(ObjectNode object, String name, String value) {
        if (value != null && !value.isBlank()) {
            object.put(name, value);
        }
    }
}
