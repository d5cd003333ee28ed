package dev.lensc.runtime.patch;

import static dev.lensc.runtime.patch.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.patch.PatchGen.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    private static void assertDiff(String from, String to, String expectedOps) {
        JsonPatch diff = new JsonPatch(PatchDiff.diff(json(from), json(to)));
        assertTrue(JsonValues.equal(json(expectedOps), diff.toJson()), "expected " + json(expectedOps) + " but was " + diff);
    }

    @Test
    void diff_ofOneInsertedOrRemovedItem_isOneOp() {
        assertDiff("{'a':[1,2,3]}", "{'a':[1,9,2,3]}", "[{'op':'add','path':'/a/1','value':9}]");
        assertDiff("{'a':[1,2,3]}", "{'a':[1,3]}", "[{'op':'remove','path':'/a/1'}]");
    }

    @Test
    void diff_goesDownToTheChangedMember_withEscapedKeys() {
        assertDiff("{'a/b':{'c~':1,'d':2}}", "{'a/b':{'c~':5,'e':2}}",
                "[{'op':'remove','path':'/a~1b/d'},{'op':'replace','path':'/a~1b/c~0','value':5},"
                        + "{'op':'add','path':'/a~1b/e','value':2}]");
    }

    @Test
    void diff_ofAChangedKind_replaces() {
        assertDiff("{'a':[1]}", "{'a':{'x':1}}", "[{'op':'replace','path':'/a','value':{'x':1}}]");
        assertDiff("1", "[1]", "[{'op':'replace','path':'','value':[1]}]");
    }

    @Test
    void diff_appliedToTheFirstDocument_givesTheSecond_onRandomEditedDocuments() {
        for (long seed = 0; seed < 1_000; seed++) {
            PatchGen gen = new PatchGen(seed, true);
            JsonNode a = gen.value(Fixtures.V1);
            JsonNode b = seed % 2 == 0 ? gen.value(Fixtures.V1)
                    : gen.patch(a, Fixtures.V1, 6, List.of(Kind.values())).applyTo(a);
            JsonPatch diff = new JsonPatch(PatchDiff.diff(a, b));
            JsonNode result = diff.applyTo(a);
            if (!JsonValues.equal(b, result)) {
                fail("seed " + seed + ": diff " + diff + "\n  from " + a + "\n  to   " + b + "\n  gave " + result);
            }
        }
    }
}
