package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lensc.runtime.lens.LensOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan a back end consumes: fused steps for a run without a base, the ops as written for one with a base. */
class TranslationPlanTest {
    private static final LensOp.Add GROUP = new LensOp.Add("groupId", STRING, text("inbox"));

    @Test
    void flatOpsOfOneLevel_becomeOnePass_withSlotsFollowedThroughRenamesAndChanges() {
        List<LensOp> ops = List.of(new LensOp.Rename("a", "b"), GROUP, new LensOp.Wrap("c"),
                new LensOp.Rename("c", "cs"), new LensOp.Rename("b", "d"));
        TranslationPlan plan = TranslationPlan.of(ops);
        assertEquals(ops, plan.ops());
        assertEquals(1, plan.get().size());
        TranslationPlan.Pass pass = (TranslationPlan.Pass) plan.get().get(0);
        assertEquals(List.of(new TranslationPlan.Slot("a", null, "d", false, List.of()),
                new TranslationPlan.Slot("c", null, "cs", false, List.of(new LensOp.Wrap("c")))), pass.inputSlots());
        assertEquals(List.of(new TranslationPlan.Slot(null, text("inbox"), "groupId", false, List.of())),
                pass.addedSlots());
    }

    @Test
    void aMapBreaksTheRun_andTwoOpsThatMayFailGoToTwoPasses() {
        LensOp.In in = new LensOp.In("x", List.of(new LensOp.Rename("p", "q")));
        LensOp.In in2 = new LensOp.In("y", List.of(new LensOp.Rename("p", "q")));
        LensOp.Map map = new LensOp.Map(List.of(new LensOp.Rename("p", "q")));
        List<TranslationPlan.Step> steps = TranslationPlan.of(List.of(in, in2, map, GROUP)).get();
        assertEquals(4, steps.size(), steps.toString());
        assertEquals(List.of(in), ((TranslationPlan.Pass) steps.get(0)).ops());
        assertEquals(new TranslationPlan.Single(in2), steps.get(1));
        assertEquals(new TranslationPlan.Single(map), steps.get(2));
        assertEquals(new TranslationPlan.Single(GROUP), steps.get(3));
    }

    @Test
    void thePlanCannotBeChanged() {
        TranslationPlan plan = TranslationPlan.of(List.of(new LensOp.Rename("a", "b"), new LensOp.Wrap("b")));
        TranslationPlan.Pass pass = (TranslationPlan.Pass) plan.get().get(0);
        assertThrows(UnsupportedOperationException.class, () -> plan.get().clear());
        assertThrows(UnsupportedOperationException.class, () -> pass.inputSlots().get(0).changes().clear());
    }
}
