package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.lens.Interpreter;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
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
        assertEquals(List.of(new TranslationPlan.Slot("a", null, "d", false, List.of(), -1),
                new TranslationPlan.Slot("c", null, "cs", false, List.of(new LensOp.Wrap("c")), -1)), pass.inputSlots());
        assertEquals(List.of(new TranslationPlan.Slot(null, text("inbox"), "groupId", false, List.of(), -1)),
                pass.addedSlots());
    }

    @Test
    void aMapBreaksTheRun_butOpsThatMayFailOnDifferentFieldsShareAPass() {
        LensOp.In in = new LensOp.In("x", List.of(new LensOp.Rename("p", "q")));
        LensOp.In in2 = new LensOp.In("y", List.of(new LensOp.Rename("p", "q")));
        LensOp.Map map = new LensOp.Map(List.of(new LensOp.Rename("p", "q")));
        List<TranslationPlan.Step> steps = TranslationPlan.of(List.of(in, in2, map, GROUP)).get();
        assertEquals(3, steps.size(), steps.toString());
        TranslationPlan.Pass pass = (TranslationPlan.Pass) steps.get(0);
        assertEquals(List.of(in, in2), pass.ops());
        assertEquals(List.of(0, 1), pass.inputSlots().stream().map(TranslationPlan.Slot::failsAt).toList());
        assertEquals(new TranslationPlan.Single(map), steps.get(1));
        assertEquals(new TranslationPlan.Single(GROUP), steps.get(2));
    }

    /**
     * A flat op that adds nothing joins the run before a hoist or plunge that touches none of its
     * fields; an add (its key would come before the hoisted one) and an op on the hoisted field stay.
     */
    @Test
    void flatOpsMoveBackOverHoistsAndPlungesOnOtherFields_toJoinTheRunBefore() {
        LensOp renameA = new LensOp.Rename("a", "b");
        LensOp plunge = new LensOp.Plunge("h", "x");
        LensOp renameC = new LensOp.Rename("c", "d");
        LensOp hoist = new LensOp.Hoist("g", "y");
        LensOp add = new LensOp.Add("z", STRING, text("z"));
        LensOp renameY = new LensOp.Rename("y", "w");
        assertEquals(List.of(renameA, renameC, plunge, hoist, add, renameY),
                TranslationPlan.gathered(List.of(renameA, plunge, renameC, hoist, add, renameY)));
        assertEquals(List.of(renameA, plunge, hoist, renameY),
                TranslationPlan.gathered(List.of(renameA, plunge, hoist, renameY)));
    }

    /** One slot's second change that may fail would fail in the slot's order, not the ops': it starts a new pass. */
    @Test
    void twoChangesThatMayFailOnOneField_goToTwoPasses() {
        LensOp.In in = new LensOp.In("x", List.of(new LensOp.Rename("p", "q")));
        LensOp.In again = new LensOp.In("x", List.of(new LensOp.Rename("q", "r")));
        List<LensOp> ops = List.of(in, new LensOp.Rename("a", "b"), new LensOp.Wrap("x"), again);
        assertEquals(null, PassPlanner.plan(ops));
        List<TranslationPlan.Step> steps = TranslationPlan.steps(ops);
        assertEquals(2, steps.size(), steps.toString());
        assertEquals(ops.subList(0, 3), ((TranslationPlan.Pass) steps.get(0)).ops());
        assertEquals(new TranslationPlan.Single(again), steps.get(1));
    }

    /**
     * The two "may fail" rules of the planner used to disagree about {@code head}: the slot's rule
     * counted it, the run's did not. On a document that fits its version (what a translation checks
     * first) a head's field holds an array or null, so it cannot fail: a head shares a pass with a
     * convert that may fail, and a removed slot whose only change is a head is not changed at all.
     */
    @Test
    void aHeadCannotFailOnAFittingDocument_soItSharesAPass_andARemovedHeadIsNotRun() {
        LensOp.Head head = new LensOp.Head("a");
        LensOp.Convert toBool = new LensOp.Convert("b", STRING, SampleTypes.BOOLEAN, List.of(
                ValueMapping.both(text("yes"), JsonNodeFactory.instance.booleanNode(true))), null, null);
        List<TranslationPlan.Step> steps = TranslationPlan.of(List.of(head, toBool)).get();
        assertEquals(1, steps.size(), steps.toString());
        assertEquals(List.of(head, toBool), ((TranslationPlan.Pass) steps.get(0)).ops());
        assertFalse(new TranslationPlan.Slot("a", null, "a", true, List.of(head), -1).changeMayFail());
        assertTrue(new TranslationPlan.Slot("b", null, "b", true, List.of(toBool), 1).changeMayFail());
        ObjectNode fits = JsonNodeFactory.instance.objectNode();
        fits.putArray("a");
        fits.putNull("b");
        assertEquals(JsonNodeFactory.instance.nullNode(), Interpreter.run(List.of(head), fits, null, "").get("a"));
    }

    @Test
    void thePlanCannotBeChanged() {
        TranslationPlan plan = TranslationPlan.of(List.of(new LensOp.Rename("a", "b"), new LensOp.Wrap("b")));
        TranslationPlan.Pass pass = (TranslationPlan.Pass) plan.get().get(0);
        assertThrows(UnsupportedOperationException.class, () -> plan.get().clear());
        assertThrows(UnsupportedOperationException.class, () -> pass.inputSlots().get(0).changes().clear());
    }
}
