package dev.lensc.runtime.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The sync model on its own: id patterns, field paths, rule precedence, envelopes without an id. */
class SyncModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void idPattern_formatsAndParses_keysWithSeparatorsIncluded() {
        IdPattern p = new IdPattern("{type}@{version}:{key}");
        assertEquals("todo-item@2:a:b@c", p.format("todo-item", 2, "a:b@c"));
        IdPattern.Parts parts = p.parse("todo-item@2:a:b@c").orElseThrow();
        assertEquals(new IdPattern.Parts(Optional.of("todo-item"), OptionalInt.of(2), "a:b@c"), parts);
        assertEquals(Optional.empty(), p.parse("todo-item@x:a"));
        assertEquals(Optional.empty(), p.parse("todo-item:a"));
    }

    @Test
    void idPattern_problemsAreListed() {
        assertEquals(List.of("'{key}' appears twice", "two placeholders touch: put a separator between them"),
                IdPattern.problems("{key}{key}"));
        assertEquals(List.of("unknown placeholder '{ver}' (known: {type}, {version}, {key})",
                "the pattern has no '{key}': nothing would identify the document across versions"),
                IdPattern.problems("{ver}"));
        assertThrows(IllegalArgumentException.class, () -> new IdPattern("{type}"));
    }

    @Test
    void fieldPath_isWrittenByItself_itsInsides_andItsHosts() {
        FieldPath f = FieldPath.of("meta.dots");
        assertEquals("/meta/dots", f.pointer());
        assertTrue(f.writtenBy("/meta/dots"));
        assertTrue(f.writtenBy("/meta/dots/0"));
        assertTrue(f.writtenBy("/meta"));
        assertTrue(f.writtenBy(""));
        assertFalse(f.writtenBy("/meta/dotsx"));
        assertFalse(f.writtenBy("/metadata"));
        assertEquals("/a~1b", new FieldPath(List.of("a/b")).pointer());
    }

    @Test
    void rules_mostSpecificFieldWins_thenTheLaterEpoch_andOnlyEpochsInForce() {
        SemanticRules r = SemanticRules.none()
                .withEpoch(2, WriteRule.reject(null, 2, "read-only"), WriteRule.accept("notes", 2))
                .withEpoch(3, WriteRule.reject("notes", 3, "notes moved"));
        assertEquals("read-only", r.ruleFor("/title", 1, 2).orElseThrow().rule().reason());
        assertEquals(WriteRule.Kind.ACCEPT, r.ruleFor("/notes", 1, 2).orElseThrow().rule().kind());
        assertEquals("notes moved", r.ruleFor("/notes", 1, 3).orElseThrow().rule().reason());
        assertEquals(3, r.ruleFor("/notes", 2, 3).orElseThrow().epoch());
        assertEquals(Optional.empty(), r.ruleFor("/title", 2, 3));
        assertEquals(Optional.empty(), r.ruleFor("/title", 1, 1));
    }

    @Test
    void envelopeWithoutVersion_needsTheCaller_andKeepsFieldPlaces() throws Exception {
        Type.ObjectType v1 = new Type.ObjectType(List.of(new Field("a", new Type.StringType(), null, false)));
        DocumentType type = DocumentType.builder("Doc").version(1, v1).build();
        EnvelopedDocuments docs = new EnvelopedDocuments(type, Envelope.of("doc").idIn("id", "doc/{key}"));
        ObjectNode doc = (ObjectNode) JSON.readTree("{\"a\":\"x\",\"id\":\"doc/k1\"}");
        assertEquals("at /: the doc envelope does not carry a version: say which version the document is in",
                assertThrows(EnvelopeException.class, () -> docs.header(doc)).getMessage());
        EnvelopeHeader h = docs.header(doc, OptionalInt.of(1));
        assertEquals(new EnvelopeHeader("doc", 1, Optional.of("k1")), h);
        assertEquals("{\"a\":\"x\"}", docs.body(doc).toString());
        assertEquals(doc.toString(), docs.withEnvelope(docs.body(doc), h, doc).toString());
        assertEquals("{\"id\":\"doc/k1\",\"a\":\"x\"}", docs.withEnvelope(docs.body(doc), h, null).toString());
    }
}
