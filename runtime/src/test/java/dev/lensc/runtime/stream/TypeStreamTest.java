package dev.lensc.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.gen.RandomLenses;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A compiled type copies exactly what the tree writer writes, and refuses what SchemaValidator refuses, at the same place. */
class TypeStreamTest {
    private static final String CONTEXT = "the document does not fit T version 1";

    @Test
    void randomDocuments_copyByteForByte() throws IOException {
        Random random = new Random(11);
        int copied = 0;
        for (int t = 0; t < 40; t++) {
            Type type = new RandomLenses(random).schema(3);
            TypeStream stream = TypeStream.of(type, CONTEXT);
            DocumentGenerator gen = new DocumentGenerator(random, GeneratorSettings.defaults());
            for (int i = 0; i < 25; i++) {
                JsonNode doc = gen.generate(type);
                assertArrayEquals(written(doc), copied(stream, doc), StrictJson.compact(doc));
                copied++;
            }
        }
        assertEquals(1000, copied);
    }

    @Test
    void exactNumbers_copyAsWritten() throws IOException {
        String text = "{\"a\":-0.0,\"b\":1e400,\"c\":1180591620717411303424,\"d\":-0,\"e\":1.50}";
        Type number = new Type.DoubleType();
        Type type = new Type.ObjectType(List.of(new Field("a", number), new Field("b", number), new Field("c", number),
                new Field("d", new Type.IntType()), new Field("e", number)));
        assertEquals(text, new String(copied(TypeStream.of(type, CONTEXT), StrictJson.read(text, "t")),
                StandardCharsets.UTF_8));
    }

    @Test
    void misfits_failAtAPointerSchemaValidatorNames() throws IOException {
        Random random = new Random(12);
        int refused = 0;
        for (int t = 0; t < 40; t++) {
            Type type = new RandomLenses(random).schema(2);
            TypeStream stream = TypeStream.of(type, CONTEXT);
            DocumentGenerator gen = new DocumentGenerator(random, GeneratorSettings.defaults());
            for (int i = 0; i < 10; i++) {
                ObjectNode doc = (ObjectNode) gen.generate(type);
                String name = doc.size() == 0 ? "extra" : doc.fieldNames().next();
                switch (random.nextInt(3)) {
                    case 0 -> doc.put(name, random.nextBoolean() ? "text" : "7");
                    case 1 -> doc.remove(name);
                    default -> doc.set("undeclared", JsonNodeFactory.instance.nullNode());
                }
                List<Violation> violations = SchemaValidator.validate(doc, type);
                if (violations.isEmpty()) {
                    continue;
                }
                LensException e = assertThrows(LensException.class, () -> copied(stream, doc), doc::toString);
                assertTrue(violations.stream().anyMatch(v -> v.pointer().equals(e.pointer())
                        && e.reason().equals(CONTEXT + ": " + v.message())), e.getMessage() + " is none of " + violations);
                refused++;
            }
        }
        assertTrue(refused > 200, "refused " + refused);
    }

    @Test
    void duplicateKeys_areRefused() {
        Type type = new Type.ObjectType(List.of(new Field("m", new Type.MapType(new Type.IntType()))));
        LensException e = assertThrows(LensException.class, () -> copy(TypeStream.of(type, CONTEXT),
                "{\"m\":{\"k\":1,\"k\":2}}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("/m/k", e.pointer());
    }

    private static byte[] written(JsonNode doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = StrictJson.generator(out)) {
            StrictJson.write(doc, g);
        }
        return out.toByteArray();
    }

    @Test
    void anyValueNestedPastTheLimit_isRefusedAsTheStrictReaderRefusesIt() throws IOException {
        Type type = new Type.ObjectType(List.of(new Field("a", new Type.AnyType())));
        int depth = StrictJson.MAX_DEPTH; // with the document's own object, one level past the limit
        String deep = "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        LensException e = assertThrows(LensException.class,
                () -> copy(TypeStream.of(type, CONTEXT), deep.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("nests deeper than 100000 levels"), e.getMessage());
        String fits = "{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
        assertEquals(fits, new String(copy(TypeStream.of(type, CONTEXT), fits.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
        assertThrows(Exception.class, () -> StrictJson.read(deep, "t"), "the strict reader refuses the same document");
        assertEquals(fits, StrictJson.compact(StrictJson.read(fits, "t")), "and reads the one a level shallower");
    }

    private static byte[] copied(TypeStream stream, JsonNode doc) throws IOException {
        return copy(stream, written(doc));
    }

    private static byte[] copy(TypeStream stream, byte[] in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = StrictJson.parser(in); JsonGenerator g = StrictJson.generator(out)) {
            StreamChecks.begin(p);
            stream.copy(p, g);
        }
        return out.toByteArray();
    }
}
