package dev.lensc.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.gen.RandomLenses;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a {@link CheckedStream} lets through is written unchanged, and what it refuses it refuses as
 * {@code SchemaValidator} does on the written tree: the same first misfit, message and pointer,
 * though it sees the tokens one by one and holds no tree.
 */
class CheckedStreamTest {
    private static final String OUTPUT = "the translated document does not fit T version 2";

    /** Writes the value it is given as the tree writer would, whatever the parser holds. */
    private static ValueStream writing(JsonNode value) {
        return (p, g) -> StrictJson.write(value, g);
    }

    private static byte[] run(CheckedStream checked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = StrictJson.parser("0".getBytes()); JsonGenerator g = StrictJson.generator(out)) {
            p.nextToken();
            checked.stream(p, g);
        }
        return out.toByteArray();
    }

    private static byte[] written(JsonNode value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = StrictJson.generator(out)) {
            StrictJson.write(value, g);
        }
        return out.toByteArray();
    }

    @Test
    void valuesOfOneSchemaCheckedAgainstAnother_failWithSchemaValidatorsFirstMisfit() throws IOException {
        Random random = new Random(21);
        int refused = 0;
        int passed = 0;
        for (int t = 0; t < 60; t++) {
            RandomLenses lenses = new RandomLenses(random);
            Type written = lenses.schema(3);
            Type declared = random.nextInt(3) == 0 ? written : lenses.schema(3);
            DocumentGenerator gen = new DocumentGenerator(random, GeneratorSettings.defaults());
            for (int i = 0; i < 20; i++) {
                JsonNode doc = gen.generate(written);
                CheckedStream checked = CheckedStream.of(writing(doc), declared, OUTPUT, "plunge a -> b");
                List<Violation> violations = SchemaValidator.validate(doc, declared);
                if (violations.isEmpty()) {
                    assertArrayEquals(written(doc), run(checked), StrictJson.compact(doc));
                    passed++;
                    continue;
                }
                LensException e = assertThrows(LensException.class, () -> run(checked), StrictJson.compact(doc));
                assertEquals(OUTPUT + ": " + violations.get(0).message(), e.reason(), StrictJson.compact(doc));
                assertEquals(violations.get(0).pointer(), e.pointer(), StrictJson.compact(doc));
                assertEquals("plunge a -> b", e.op());
                refused++;
            }
        }
        assertTrue(refused > 300 && passed > 200, refused + " refused, " + passed + " passed");
    }
}
