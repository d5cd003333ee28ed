package dev.lensc.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.dates.IsoDate;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.laws.LawResult;
import dev.lensc.runtime.laws.LawSettings;
import dev.lensc.runtime.laws.LensLaws;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.schema.Type;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Custom lenses under the laws: the README's string ⇄ structured date lens ({@link IsoDate}) keeps
 * every law but the one it declares, whose counterexample the checks show; a lens that breaks an
 * undeclared law, or declares a loss that never shows, fails the check.
 */
class CustomLensLawsTest {
    private static final LensLaws LAWS = new LensLaws(LawSettings.of(20240501L, 1_000));

    private static final String TASK = """
            package com.example.tasks;
            schema Task {
              version 1 { title: string  due: string }
              lens 1 -> 2 "due dates are structured" { custom due using com.example.dates.IsoDate }
            }""";

    /** Each result as {@code law direction: status}. */
    private static Map<String, LawResult.Status> statuses(List<LawResult> results) {
        Map<String, LawResult.Status> out = new TreeMap<>();
        for (LawResult r : results) {
            out.put(r.law().dslName() + (r.lens().endsWith("reversed") || r.lens().endsWith("2 -> 1") ? " back" : ""),
                    r.status());
        }
        return out;
    }

    private static final Map<String, LawResult.Status> AS_DECLARED = Map.of(
            "GetPut", LawResult.Status.ACCEPTED_LOSS, "PutGetBase", LawResult.Status.PASSED,
            "PutGet", LawResult.Status.PASSED, "CreateGet", LawResult.Status.PASSED,
            // going back, GetPut is PutGet onto the base
            "GetPut back", LawResult.Status.PASSED, "PutGetBase back", LawResult.Status.ACCEPTED_LOSS,
            "PutGet back", LawResult.Status.ACCEPTED_LOSS, "CreateGet back", LawResult.Status.ACCEPTED_LOSS);

    @Test
    void isoDate_alone_keepsEveryLawButTheDeclaredOne_withItsCounterexample() {
        List<LawResult> results = LAWS.check("IsoDate", new IsoDate(), new Type.StringType());
        assertEquals(AS_DECLARED, statuses(results));
        LawResult getPut = results.get(0);
        assertEquals(Law.GET_PUT, getPut.law());
        JsonNode input = getPut.counterexample().input().get("value");
        assertEquals("0000-00-00", getPut.counterexample().roundTripped().get("value").textValue(), "for " + input);
        assertEquals("text that is no date goes up as 0000-00-00 and comes back so", getPut.losses().get(0).reason());
    }

    @Test
    void isoDate_inALensFile_isCheckedLikeABuiltInOp_andItsStatedLossNeedsNoLossyLine() {
        LensFileResult r = LensFiles.parse("task.lens", TASK);
        assertFalse(r.hasErrors(), r.formatDiagnostics());
        assertTrue(r.diagnostics().isEmpty(), "no LOSSY_OP warning: the lens states its loss " + r.formatDiagnostics());
        assertEquals(AS_DECLARED, statuses(LAWS.check(r.schema("Task").orElseThrow().toDocumentType())));
    }

    @Test
    void aLossTheLensDoesNotDeclare_failsWithItsCounterexample() {
        CustomLens undeclared = new Delegate(new IsoDate(), Map.of());
        LawResult getPut = LAWS.check("undeclared", undeclared, new Type.StringType()).get(0);
        assertEquals(LawResult.Status.FAILED, getPut.status());
        assertNotNull(getPut.counterexample());
    }

    @Test
    void aDeclaredLossThatNeverShows_failsTheCheck_sayingSo() {
        CustomLens overDeclared = new Delegate(new IsoDate(), Map.of(Law.GET_PUT, "no date", Law.PUT_GET, "claimed"));
        LawResult putGet = LAWS.check("over-declared", overDeclared, new Type.StringType()).get(2);
        assertEquals(Law.PUT_GET, putGet.law());
        assertEquals(LawResult.Status.FAILED, putGet.status());
        assertNull(putGet.counterexample());
        assertEquals(List.of("'custom value using " + Delegate.class.getName() + "' declares that it breaks PutGet, yet"
                + " 1000 tries found no counterexample: drop the declaration, or try more documents"), putGet.unexplained());
    }

    @Test
    void theReadme_showsTheLensAsItIsTested() throws IOException {
        String source = Files.readString(Path.of("src/test/java/com/example/dates/IsoDate.java"), StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String body = source.substring(source.indexOf("/** \"2024-05-01\""));
        assertTrue(readme.contains(body), "README.md shows IsoDate.java from its Javadoc on, exactly");
        assertTrue(readme.contains(TASK.substring(TASK.indexOf("schema Task"))), "README.md shows the lens file");
    }

    /** Another lens's behaviour, with other declared losses. */
    private record Delegate(CustomLens lens, Map<Law, String> losses) implements CustomLens {
        @Override
        public JsonNode forward(JsonNode value, JsonNode base) {
            return lens.forward(value, base);
        }

        @Override
        public JsonNode backward(JsonNode value, JsonNode base) {
            return lens.backward(value, base);
        }

        @Override
        public Type forwardType(Type sourceType) {
            return lens.forwardType(sourceType);
        }

        @Override
        public Type backwardType(Type targetType) {
            return lens.backwardType(targetType);
        }
    }
}
