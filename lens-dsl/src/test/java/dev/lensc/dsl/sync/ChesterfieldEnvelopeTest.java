package dev.lensc.dsl.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.runtime.sync.EnvelopeException;
import dev.lensc.runtime.sync.EnvelopeHeader;
import dev.lensc.runtime.sync.EnvelopedDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Chesterfield's documents carry {@code "_id": "todo-item@1:<key>"}, {@code "schema"} and
 * {@code "version"}: the envelope gives the version, the lenses translate the data, and the envelope
 * is written again for the target version with the same key.
 */
class ChesterfieldEnvelopeTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = "ab8e5f1c-47a2-4d0e-9d3c-6f2b8a1e0c77";

    static LinkedSchema todo() {
        LensFileResult r = LensFiles.parse("todo-item.lens", resource("todo-item.lens"));
        assertEquals(java.util.List.of(), r.errors(), r.formatDiagnostics());
        return r.schema("TodoItem").orElseThrow();
    }

    /** A file of {@code examples/chesterfield}, which the README's {@code lensc} examples use too. */
    static String resource(String name) {
        try {
            return Files.readString(Path.of("..", "examples", "chesterfield", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        try {
            return JSON.readTree(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pretty(JsonNode n) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final LinkedSchema schema = todo();
    private final EnvelopedDocuments docs = new EnvelopedDocuments(schema.toDocumentType(),
            schema.sync().envelope().orElseThrow());

    @Test
    void translates1To2To3To1_exactly_idsKeepTheirKey() {
        JsonNode v1 = json("chesterfield-v1.json");
        JsonNode v2 = docs.translate(v1, 2);
        assertEquals(pretty(json("chesterfield-v2.json")), pretty(v2));
        JsonNode v3 = docs.translate(v2, 3);
        assertEquals(pretty(json("chesterfield-v3.json")), pretty(v3));
        assertEquals(pretty(v1), pretty(docs.translate(v3, 1)));
        assertEquals(pretty(v1), pretty(docs.translate(v3, 1, v1)));
        assertEquals(new EnvelopeHeader("todo-item", 3, Optional.of(KEY)), docs.header(v3));
    }

    @Test
    void theVersionComesFromTheEnvelope_andMustAgree() {
        JsonNode v2 = json("chesterfield-v2.json");
        assertEquals(2, docs.header(v2).version());
        ((com.fasterxml.jackson.databind.node.ObjectNode) v2).put("version", 3);
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> docs.header(v2));
        assertEquals("at /_id: the id says version 2, the field 'version' says 3", e.getMessage());
    }

    @Test
    void unknownTypesAndVersions_areRefusedByPointer() {
        JsonNode other = json("chesterfield-v1.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) other).put("schema", "shopping-list");
        assertEquals("at /schema: unknown document type \"shopping-list\": this is a todo-item translator",
                assertThrows(EnvelopeException.class, () -> docs.translate(other, 3)).getMessage());

        JsonNode future = json("chesterfield-v1.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) future).put("version", 9)
                .put("_id", "todo-item@9:" + KEY);
        assertEquals("at /version: version 9 of todo-item is unknown; versions: [1, 2, 3]",
                assertThrows(EnvelopeException.class, () -> docs.translate(future, 3)).getMessage());

        JsonNode badId = json("chesterfield-v1.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) badId).put("_id", KEY);
        assertEquals("at /_id: the id \"" + KEY + "\" does not follow the pattern \"{type}@{version}:{key}\"",
                assertThrows(EnvelopeException.class, () -> docs.translate(badId, 3)).getMessage());
    }
}
