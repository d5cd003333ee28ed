package dev.lensc.dsl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.dsl.testlenses.CountedText;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.laws.LawResult;
import dev.lensc.runtime.laws.LensLaws;
import dev.lensc.runtime.laws.LawSettings;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How often a {@code lensc check --laws} style run derives each lens's schemas: a custom op's type
 * is asked for once per derivation through it ({@link CountedText}), so the counts are derivations.
 */
class DerivationCountTest {
    private static final String FILE = """
            schema T {
              version 1 { title: string, n: int }
              lens 1 -> 2 {
                rename n -> count;
                custom title using dev.lensc.dsl.testlenses.CountedText;
              }
            }
            """;

    @BeforeEach
    void reset() {
        CountedText.reset();
    }

    @Test
    void checkingAFile_derivesTheLensOnceEachWay() {
        LensFileResult result = LensFiles.parse("t.lens", FILE, getClass().getClassLoader());

        assertFalse(result.hasErrors(), result::formatDiagnostics);
        // forward: built and checked in one pass; backward: the loss warnings going back
        assertEquals(1, CountedText.FORWARD_TYPES.get(), "forward derivations while checking");
        assertEquals(1, CountedText.BACKWARD_TYPES.get(), "backward derivations while checking");
    }

    @Test
    void lawChecks_deriveEachDirectionOnceForAllLaws() {
        LinkedSchema schema = LensFiles.parse("t.lens", FILE, getClass().getClassLoader()).schemas().get(0);
        CountedText.reset();

        DocumentType type = schema.toDocumentType();
        List<LawResult> results = new LensLaws(LawSettings.of(1, 20)).check(type);

        assertEquals(8, results.size(), "4 laws each way");
        // forward: the checker's derivation, handed on; backward: once, shared by the four laws
        assertEquals(0, CountedText.FORWARD_TYPES.get(), "forward derivations after checking");
        assertEquals(1, CountedText.BACKWARD_TYPES.get(), "backward derivations for the laws");
    }
}
