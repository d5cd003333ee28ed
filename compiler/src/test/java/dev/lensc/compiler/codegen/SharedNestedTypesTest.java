package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A nested record or enum that a later version leaves as it is stays the class of the version that
 * introduced it, and typed translation hands it over instead of copying it; one that changes gets
 * the later version's own class.
 */
class SharedNestedTypesTest {

    @Test
    void unchangedNestedTypes_areTheFirstVersionsClasses() throws Exception {
        Class<?> v1 = Fixtures.loader().loadClass("gen.samples.GitHubIssueV1");
        Class<?> v2 = Fixtures.loader().loadClass("gen.samples.GitHubIssueV2");
        assertEquals(v1.getName() + "$Milestone", component(v2, "milestone").getName());
        assertEquals(v1.getName() + "$State", component(v2, "state").getName());
        // the user loses 'login' and renames 'site_admin': v2 has its own
        assertEquals(v2.getName() + "$User", component(v2, "user").getName());
        assertNotEquals(component(v1, "user"), component(v2, "user"));
    }

    @Test
    void typedTranslation_handsASharedNestedRecordOver() throws Exception {
        Class<?> v1 = Fixtures.loader().loadClass("gen.samples.GitHubIssueV1");
        Generated lenses = Fixtures.lenses("gen.samples.GitHubIssueLenses");
        DocumentGenerator gen = new DocumentGenerator(new Random(5), GeneratorSettings.defaults());
        int handedOver = 0;
        for (int i = 0; i < 40; i++) {
            JsonNode doc = gen.generate(SampleTypes.issue().schema(1).orElseThrow());
            Object record = v1.getMethod("fromJson", JsonNode.class).invoke(null, doc);
            Object translated = lenses.call("v1ToV2", new Class<?>[] {v1}, record);
            Object milestone = v1.getMethod("milestone").invoke(record);
            assertSame(milestone, translated.getClass().getMethod("milestone").invoke(translated));
            handedOver += milestone != null ? 1 : 0;
        }
        assertTrue(handedOver > 0, "some generated issues have a milestone");
    }

    @Test
    void nestedTypesAPlungeMoves_unchanged_areTheFirstVersionsClasses_andHandedOver() throws Exception {
        Class<?> v1 = Fixtures.loader().loadClass("gen.reading.MovedV1");
        Class<?> v2 = Fixtures.loader().loadClass("gen.reading.MovedV2");
        Class<?> meta = component(v2, "meta");
        assertEquals(v1.getName() + "$Channel", component(meta, "channel").getName());
        assertEquals("java.util.List<" + v1.getName() + "$LinesItem>", meta.getMethod("lines").getGenericReturnType()
                .getTypeName());
        Object record = v1.getMethod("fromJson", JsonNode.class).invoke(null, new com.fasterxml.jackson.databind
                .ObjectMapper().readTree("{\"id\":\"o\",\"channel\":\"app\",\"lines\":[{\"sku\":\"s\",\"qty\":2}]}"));
        Object translated = Fixtures.lenses("gen.reading.MovedLenses").call("v1ToV2", new Class<?>[] {v1}, record);
        Object moved = translated.getClass().getMethod("meta").invoke(translated);
        assertSame(v1.getMethod("channel").invoke(record), meta.getMethod("channel").invoke(moved));
        assertSame(v1.getMethod("lines").invoke(record), meta.getMethod("lines").invoke(moved),
                "a list of records both versions share, handed over as it is");
    }

    private static Class<?> component(Class<?> record, String name) {
        for (var c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c.getType();
            }
        }
        throw new AssertionError(record + " has no component " + name);
    }
}
