package dev.lensc.runtime.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.graph.LensEdge;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Type.ObjectType;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's defects 1 and 2 re-created as they were, and found by the sparse generator with a
 * fixed seed (replayable); the dense generator of before (every optional field written) missed
 * defect 1.
 */
class GeneratorFindsAbsenceDefectsTest {
    static final JsonNodeFactory N = JsonNodeFactory.instance;
    static final Type STRING = new Type.StringType();
    static final long SEED = 11;
    static final GeneratorSettings DENSE = new GeneratorSettings(4, 8, 25, 2);

    static final ObjectType V1 = new ObjectType(List.of(
            new Field("title", STRING),
            new Field("assignee", Type.nullable(STRING), N.nullNode())));
    static final Lens WRAP = Lens.of(new LensOp.Add("groupId", STRING, N.textNode("inbox")),
            new LensOp.Wrap("assignee"), new LensOp.Rename("assignee", "assignees"));

    /**
     * Defect 1: the old SchemaTransform.replaceType dropped the wrapped default null and, with it,
     * the field's optionality: version 3 said 'assignees' is required.
     */
    static ObjectType oldDerivation(ObjectType derived) {
        Field f = derived.field("assignees").orElseThrow();
        return derived.with(new Field(f.name(), f.type()));
    }

    @Test
    void defect1_sparseGeneratorFindsTheRequiredWrappedField_bySeed() {
        ObjectType buggyV3 = oldDerivation((ObjectType) WRAP.targetType(V1));
        DocumentType buggy = DocumentType.builder("TodoItem").version(1, V1).version(3, buggyV3).lens(1, 3, WRAP).build();

        LawResult dense = result(new LensLaws(new LawSettings(SEED, 200, DENSE)).check(buggy), "TodoItem 1 -> 3", Law.GET_PUT);
        assertEquals(LawResult.Status.PASSED, dense.status(), "the dense generator always wrote 'assignee'");

        LawResult sparse = result(new LensLaws(LawSettings.of(SEED, 200)).check(buggy), "TodoItem 1 -> 3", Law.GET_PUT);
        assertEquals(LawResult.Status.FAILED, sparse.status());
        assertEquals(1, sparse.tries(), "replay: seed " + SEED + " finds it at try 1");
        assertEquals(N.objectNode().put("title", ""), sparse.counterexample().input());
        assertEquals("/assignees", sparse.counterexample().pointer());
        assertTrue(sparse.counterexample().problem().contains("missing field 'assignees'"), sparse.counterexample().problem());

        DocumentType fixed = DocumentType.builder("TodoItem").version(1, V1)
                .lens(new LensEdge(1, 3, WRAP, null, Set.of(Law.PUT_GET, Law.CREATE_GET))).build();
        for (LawResult r : new LensLaws(LawSettings.of(SEED, 200)).check(fixed)) {
            assertFalse(r.failed(), r.toString());
        }
    }

    /** Defect 2: translating without checking the output (the old apply) gave documents their version rejects. */
    @Test
    void defect2_generatorFindsUncheckedOutputsThatDoNotFit_bySeed_andTranslateNowRefusesThem() {
        DocumentType tags = DocumentType.builder("Tags").version(1, new ObjectType(List.of(new Field("tag", STRING))))
                .lens(1, 2, Lens.of(new LensOp.Wrap("tag"))).build();
        DocumentType hosted = DocumentType.builder("Hosted")
                .version(1, new ObjectType(List.of(new Field("meta", Type.nullable(new ObjectType(List.of(
                        new Field("id", new Type.IntType()), new Field("note", STRING))))))))
                .lens(1, 2, Lens.of(new LensOp.Hoist("meta", "note"))).build();
        assertEquals(0, firstMisfit(tags, 2, 1), "replay: seed " + SEED + ", try 0 ({\"tag\":[]})");
        assertEquals(1, firstMisfit(hosted, 2, 1), "replay: seed " + SEED + ", try 1 (a null meta with a note)");
    }

    /** The first try of seed {@link #SEED} whose unchecked translation misfits, which translate now refuses. */
    private static int firstMisfit(DocumentType type, int from, int to) {
        Type source = type.schema(from).orElseThrow();
        Type target = type.schema(to).orElseThrow();
        DocumentGenerator gen = new DocumentGenerator(new Random(SEED), GeneratorSettings.defaults());
        for (int i = 0; i < 100; i++) {
            JsonNode doc = gen.generate(source);
            JsonNode unchecked = type.path(from, to).forward(doc);
            if (!SchemaValidator.fits(unchecked, target)) {
                LensException e = assertThrows(LensException.class, () -> type.translate(doc, from, to));
                assertEquals(SchemaValidator.validate(unchecked, target).get(0).pointer(), e.pointer());
                assertTrue(e.op() != null && e.getMessage().startsWith(type.name() + " " + from + " -> " + to + ": "),
                        e.getMessage());
                return i;
            }
        }
        return -1;
    }

    private static LawResult result(List<LawResult> results, String lens, Law law) {
        return results.stream().filter(r -> r.lens().equals(lens) && r.law() == law).findFirst().orElseThrow();
    }
}
