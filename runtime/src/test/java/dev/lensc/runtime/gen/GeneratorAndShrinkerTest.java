package dev.lensc.runtime.gen;

import static dev.lensc.runtime.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeneratorAndShrinkerTest {
    static final Type SCHEMA = new Type.ObjectType(List.of(
            new Field("title", new Type.StringType()),
            new Field("tags", new Type.ArrayType(new Type.StringType())),
            new Field("meta", Type.nullable(new Type.ObjectType(List.of(new Field("n", new Type.IntType()))))),
            new Field("color", new Type.EnumType(List.of("red", "green")))));

    @Test
    void sameSeed_sameDocuments_otherSeed_otherDocuments() {
        assertEquals(docs(7), docs(7));
        assertNotEquals(docs(7), docs(8));
    }

    @Test
    void generatedDocuments_fitTheirSchema() {
        RandomLenses lenses = new RandomLenses(new Random(3));
        DocumentGenerator gen = new DocumentGenerator(3, GeneratorSettings.defaults());
        for (int i = 0; i < 500; i++) {
            Type t = lenses.schema(3);
            JsonNode doc = gen.generate(t);
            assertTrue(SchemaValidator.fits(doc, t), () -> doc + " does not fit " + t);
        }
    }

    @Test
    void shrink_findsTheMinimalFailingDocument() {
        JsonNode doc = json("{'title':'hello world','tags':['a','bad','c'],'meta':{'n':42},'color':'green'}");
        JsonNode shrunk = Shrinker.shrink(doc, SCHEMA, d -> {
            for (JsonNode t : d.get("tags")) {
                if (t.asText().contains("b")) {
                    return true;
                }
            }
            return false;
        });
        assertEquals(json("{'title':'','tags':['b'],'meta':null,'color':'red'}"), shrunk);
        assertTrue(SchemaValidator.fits(shrunk, SCHEMA));
    }

    private static List<JsonNode> docs(long seed) {
        DocumentGenerator gen = new DocumentGenerator(seed, GeneratorSettings.defaults());
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(gen.generate(SCHEMA));
        }
        return out;
    }
}
