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
    void templatesOfASplitsOps_giveStringsWithTheSeparatorInTheMiddleAndAtTheEnds_andFormattedTexts() {
        List<dev.lensc.runtime.lens.LensOp> ops = List.of(new dev.lensc.runtime.lens.LensOp.Split("t",
                dev.lensc.runtime.lens.Splitting.Part.named(List.of("a", "b")), new dev.lensc.runtime.lens.Splitting.Separator("|")),
                new dev.lensc.runtime.lens.LensOp.Split("p", dev.lensc.runtime.lens.Splitting.Part.named(List.of("x", "y")),
                        new dev.lensc.runtime.lens.Splitting.Pattern("^<(\\d+)>(.*)$", "<{x}>{y}", null)));
        DocumentGenerator gen = new DocumentGenerator(new Random(5), GeneratorSettings.defaults(), TextTemplate.of(ops));
        int inside = 0;
        int atEnds = 0;
        int formatted = 0;
        for (int i = 0; i < 3000; i++) {
            String s = gen.generate(new Type.StringType()).textValue();
            inside += s.matches("(?s).+\\|.+") ? 1 : 0;
            atEnds += s.startsWith("|") || s.endsWith("|") ? 1 : 0;
            formatted += s.matches("(?s)<\\d+>.*") ? 1 : 0;
        }
        // the alphabet has no '|' and no '<': every one of these comes from a template
        assertTrue(inside > 100 && atEnds > 100 && formatted > 30, inside + " " + atEnds + " " + formatted);
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

    static final Type SPARSE = new Type.ObjectType(List.of(
            Field.optional("maybe", new Type.StringType()),
            new Field("withDefault", new Type.IntType(), com.fasterxml.jackson.databind.node.IntNode.valueOf(1)),
            new Field("nullable", Type.nullable(new Type.StringType())),
            new Field("required", new Type.StringType())));

    @Test
    void optionalFields_areLeftOutSomeOfTheTime_requiredOnesNever_andNullsOnlyWhereAllowed() {
        DocumentGenerator gen = new DocumentGenerator(5, GeneratorSettings.defaults());
        int absentMaybe = 0;
        int absentDefault = 0;
        int nulls = 0;
        for (int i = 0; i < 300; i++) {
            JsonNode d = gen.generate(SPARSE);
            absentMaybe += d.has("maybe") ? 0 : 1;
            absentDefault += d.has("withDefault") ? 0 : 1;
            assertTrue(d.has("nullable") && d.has("required"), d::toString);
            nulls += d.get("nullable").isNull() ? 1 : 0;
            assertTrue(d.get("required").isTextual() && (!d.has("maybe") || d.get("maybe").isTextual()), d::toString);
        }
        assertTrue(absentMaybe > 50 && absentMaybe < 250, "absent " + absentMaybe + " of 300");
        assertTrue(absentDefault > 50 && absentDefault < 250, "absent " + absentDefault + " of 300");
        assertTrue(nulls > 30, "null " + nulls + " of 300");
        DocumentGenerator dense = new DocumentGenerator(5, new GeneratorSettings(4, 8, 25, 2));
        for (int i = 0; i < 50; i++) {
            assertEquals(4, dense.generate(SPARSE).size(), "absentPercent 0 writes every field");
        }
    }

    @Test
    void strings_includeSeparatorsUnicodeAndEscapes() {
        DocumentGenerator gen = new DocumentGenerator(9, GeneratorSettings.defaults());
        java.util.Set<String> seen = new java.util.HashSet<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            all.append(gen.generate(new Type.StringType()).textValue());
        }
        String text = all.toString();
        for (String s : List.of(" ", ",", "/", "~", ".", "\"", "\\", "\n", "\u0301", "\u05D0")) {
            if (text.contains(s)) {
                seen.add(s);
            }
        }
        assertEquals(10, seen.size(), "separators, quotes, backslashes, control, combining, RTL: " + seen);
        assertTrue(text.codePoints().anyMatch(Character::isSupplementaryCodePoint), "a non-BMP character");
        assertTrue(text.chars().anyMatch(c -> c < 0x20 && c != '\n'), "a control character");
    }

    @Test
    void shrink_leavesOptionalFieldsOut_andNeverSplitsASurrogatePair() {
        JsonNode doc = json("{'maybe':'x','withDefault':5,'nullable':'n','required':'\uD83D\uDE00\uD83D\uDE00'}");
        JsonNode shrunk = Shrinker.shrink(doc, SPARSE, d -> d.get("required").textValue().codePointCount(0,
                d.get("required").textValue().length()) == 1);
        assertEquals(json("{'nullable':null,'required':'\uD83D\uDE00'}"), shrunk);
        assertTrue(SchemaValidator.fits(shrunk, SPARSE));
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
