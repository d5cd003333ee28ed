package dev.lensc.compiler.doc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.graph.LensEdge;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Documents to show a lens at work: first a readable one (every field present, strings named after
 * their field, the first enum value, one item per array), and where the lens cannot translate that
 * one (a convert table that does not know "status 1"), the first of a few seeded generated documents
 * that it can translate.
 */
final class ExampleDocuments {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int GENERATED_TRIES = 50;
    private static final int MAX_SUBSTITUTIONS = 8;

    private ExampleDocuments() {}

    /**
     * A pair (before, after) of version {@code from} translated to {@code to}, or empty when none
     * translates. Where the readable document fails at a pointer (a convert table that does not know
     * "flag 1"), the values the schema's convert tables know are tried there first.
     */
    static Optional<JsonNode[]> translated(DocumentType type, Type source, int from, int to) {
        JsonNode readable = readable(source, "value");
        List<JsonNode> known = tableValues(type);
        for (int attempt = 0; attempt <= MAX_SUBSTITUTIONS; attempt++) {
            try {
                return Optional.of(new JsonNode[] {readable, type.translate(readable, from, to)});
            } catch (LensException e) {
                JsonNode substituted = substitute(readable, e.pointer(), known, type, from, to);
                if (substituted == null) {
                    break;
                }
                readable = substituted;
            }
        }
        DocumentGenerator generator = new DocumentGenerator(from * 1000L + to,
                new GeneratorSettings(2, 6, 0, 2, 0));
        for (int i = 0; i < GENERATED_TRIES; i++) {
            JsonNode doc = generator.generate(source);
            Optional<JsonNode> out = translate(type, doc, from, to);
            if (out.isPresent()) {
                return Optional.of(new JsonNode[] {doc, out.get()});
            }
        }
        return Optional.empty();
    }

    /** The document with the value at {@code pointer} replaced by the first known value that gets past it. */
    private static JsonNode substitute(JsonNode doc, String pointer, List<JsonNode> known, DocumentType type, int from,
            int to) {
        if (pointer == null || pointer.isEmpty() || doc.at(pointer).isMissingNode()) {
            return null;
        }
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String field = JsonPointers.unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
        if (!(doc.at(parent) instanceof ObjectNode)) {
            return null;
        }
        for (JsonNode candidate : known) {
            JsonNode copy = doc.deepCopy();
            ((ObjectNode) copy.at(parent)).set(field, candidate);
            try {
                type.translate(copy, from, to);
                return copy;
            } catch (LensException e) {
                if (!pointer.equals(e.pointer())) {
                    return copy;
                }
            }
        }
        return null;
    }

    /** Every value on either side of every convert table of the type's lenses, in order, once. */
    private static List<JsonNode> tableValues(DocumentType type) {
        Set<JsonNode> values = new LinkedHashSet<>();
        for (LensEdge edge : type.lenses()) {
            collect(edge.lens().ops(), values);
        }
        return new ArrayList<>(values);
    }

    private static void collect(List<LensOp> ops, Set<JsonNode> values) {
        for (LensOp op : ops) {
            if (op instanceof LensOp.Convert c) {
                c.table().forEach(m -> {
                    values.add(m.from());
                    values.add(m.to());
                });
            } else if (op instanceof LensOp.In in) {
                collect(in.ops(), values);
            } else if (op instanceof LensOp.Map m) {
                collect(m.ops(), values);
            }
        }
    }

    private static Optional<JsonNode> translate(DocumentType type, JsonNode doc, int from, int to) {
        try {
            return Optional.of(type.translate(doc, from, to));
        } catch (LensException e) {
            return Optional.empty();
        }
    }

    /** Every field present and not null, named values: what a reader recognises at a glance. */
    static JsonNode readable(Type type, String name) {
        return type.accept(new Type.Visitor<JsonNode>() {
            public JsonNode stringType(Type.StringType t) { return NODES.textNode(name + " 1"); }
            public JsonNode intType(Type.IntType t) { return NODES.numberNode(1); }
            public JsonNode longType(Type.LongType t) { return NODES.numberNode(1L); }
            public JsonNode doubleType(Type.DoubleType t) { return NODES.numberNode(1.5); }
            public JsonNode booleanType(Type.BooleanType t) { return NODES.booleanNode(true); }
            public JsonNode anyType(Type.AnyType t) { return NODES.textNode(name); }
            public JsonNode enumType(Type.EnumType t) {
                return t.values().isEmpty() ? NODES.nullNode() : NODES.textNode(t.values().get(0));
            }
            public JsonNode arrayType(Type.ArrayType t) {
                ArrayNode a = NODES.arrayNode();
                a.add(readable(t.items(), name));
                return a;
            }
            public JsonNode mapType(Type.MapType t) {
                ObjectNode o = NODES.objectNode();
                o.set("key", readable(t.values(), name));
                return o;
            }
            public JsonNode nullableType(Type.NullableType t) { return readable(t.inner(), name); }
            public JsonNode objectType(Type.ObjectType t) {
                ObjectNode o = NODES.objectNode();
                for (Field f : t.fields()) {
                    o.set(f.name(), readable(f.type(), f.name()));
                }
                return o;
            }
        });
    }
}
