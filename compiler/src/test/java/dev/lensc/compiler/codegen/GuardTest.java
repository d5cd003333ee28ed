package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Steps;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardTest {
    private static final LensOp.Add ADD_A = new LensOp.Add("a", INT, IntNode.valueOf(1));
    private static final LensOp.Remove REMOVE_A = new LensOp.Remove("a", INT, IntNode.valueOf(1));

    @Test
    void anAddThatFusionCancels_isStillInTheWay() {
        assertEquals(List.of(), Fusion.fuse(List.of(ADD_A, REMOVE_A)));
        assertEquals(List.of(List.of("a")), Guard.of(List.of(ADD_A, REMOVE_A)).paths());
    }

    @Test
    void renamesThatCompose_guardTheNameBetween() {
        assertEquals(List.of(List.of("b"), List.of("c")),
                Guard.of(List.of(new LensOp.Rename("a", "b"), new LensOp.Rename("b", "c"))).paths());
    }

    @Test
    void aNameBroughtBackAfterTheInputsFieldMovedAway_isNotInTheWay() {
        // the input's 'a' is renamed away first: a document that fits holds it, and the add meets nothing
        assertEquals(List.of(List.of("b")), Guard.of(List.of(new LensOp.Rename("a", "b"), ADD_A)).paths());
        assertEquals(List.of(), Guard.of(List.of(REMOVE_A, ADD_A)).paths());
    }

    @Test
    void movesAndNestedOps_guardTheInputObjectsTheyReach() {
        Guard guard = Guard.of(List.of(
                new LensOp.Rename("h", "host"),
                new LensOp.Plunge("host", "x"),
                new LensOp.Hoist("other", "y"),
                new LensOp.In("items", List.of(new LensOp.Map(List.of(ADD_A), null)))));
        // the plunge's field lands in the input's 'h', renamed; the map's items are every item
        assertEquals(List.of(List.of("host"), List.of("h", "x"), List.of("y"), List.of("items", "*", "a")),
                guard.paths());
    }

    @Test
    void objectsTheOpsMake_holdNothingOfTheInput() {
        Guard guard = Guard.of(List.of(
                new LensOp.Add("box", Type.ObjectType.empty(), JsonNodeFactory.instance.objectNode()),
                new LensOp.In("box", List.of(ADD_A))));
        assertEquals(List.of(List.of("box")), guard.paths());
    }

    @Test
    void holds_findsAKeyThroughObjectsAndEveryItem() {
        var doc = Steps.json("{\"items\":[{\"b\":1},null,{\"a\":1}],\"h\":\"x\"}");
        assertTrue(Steps.holds(doc, new String[][] {{"items", "*", "a"}}));
        assertFalse(Steps.holds(doc, new String[][] {{"items", "*", "c"}, {"h", "x"}, {"z"}}));
        assertTrue(Steps.holds(doc, new String[][] {{"z"}, {"h"}}));
    }
}
