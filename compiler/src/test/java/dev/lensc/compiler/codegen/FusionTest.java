package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.BOOLEAN;
import static dev.lensc.compiler.codegen.SampleTypes.INT;
import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import java.util.List;
import org.junit.jupiter.api.Test;

class FusionTest {
    private static final LensOp.Convert BOOL_TO_TEXT = new LensOp.Convert("flag", BOOLEAN, STRING, List.of(
            ValueMapping.both(BooleanNode.TRUE, text("on")), ValueMapping.both(BooleanNode.FALSE, text("off"))),
            null, null);

    @Test
    void renameThenRename_becomesOneRename() {
        assertEquals(List.of(new LensOp.Rename("a", "c")),
                Fusion.fuse(List.of(new LensOp.Rename("a", "b"), new LensOp.Rename("b", "c"))));
    }

    @Test
    void renameAndBack_cancel() {
        assertEquals(List.of(), Fusion.fuse(List.of(new LensOp.Rename("a", "b"), new LensOp.Rename("b", "a"))));
    }

    @Test
    void renamesMeetAcrossOpsOnOtherFields() {
        assertEquals(List.of(new LensOp.Rename("a", "c"), new LensOp.Remove("z", INT, IntNode.valueOf(0))),
                Fusion.fuse(List.of(new LensOp.Rename("a", "b"), new LensOp.Remove("z", INT, IntNode.valueOf(0)),
                        new LensOp.Rename("b", "c"))));
    }

    @Test
    void renamesDoNotMeetAcrossAnOpOnTheirField() {
        List<LensOp> ops = List.of(new LensOp.Rename("a", "b"), new LensOp.Wrap("b"), new LensOp.Rename("b", "c"));
        assertEquals(ops, Fusion.fuse(ops));
    }

    @Test
    void addThenRemove_cancel() {
        assertEquals(List.of(new LensOp.Rename("x", "y")), Fusion.fuse(List.of(
                new LensOp.Add("tmp", INT, IntNode.valueOf(1)), new LensOp.Rename("x", "y"),
                new LensOp.Remove("tmp", INT, IntNode.valueOf(1)))));
    }

    @Test
    void removeThenAdd_isKept_becauseTheValueChanges() {
        List<LensOp> ops = List.of(new LensOp.Remove("a", INT, IntNode.valueOf(1)),
                new LensOp.Add("a", INT, IntNode.valueOf(2)));
        assertEquals(ops, Fusion.fuse(ops));
    }

    @Test
    void addThenRename_addsUnderTheNewName() {
        assertEquals(List.of(new LensOp.Add("b", STRING, text("d"))),
                Fusion.fuse(List.of(new LensOp.Add("a", STRING, text("d")), new LensOp.Rename("a", "b"))));
    }

    @Test
    void wrapThenHead_cancel_butHeadThenWrapDoesNot() {
        assertEquals(List.of(), Fusion.fuse(List.of(new LensOp.Wrap("a"), new LensOp.Head("a"))));
        List<LensOp> lossy = List.of(new LensOp.Head("a"), new LensOp.Wrap("a"));
        assertEquals(lossy, Fusion.fuse(lossy));
    }

    @Test
    void convertThenConvert_composesTables() {
        List<LensOp> fused = Fusion.fuse(List.of(BOOL_TO_TEXT, BOOL_TO_TEXT.reverse()));
        assertEquals(List.of(new LensOp.Convert("flag", BOOLEAN, STRING, List.of(
                new ValueMapping(BooleanNode.TRUE, BooleanNode.TRUE, ValueMapping.Direction.FORWARD),
                new ValueMapping(BooleanNode.FALSE, BooleanNode.FALSE, ValueMapping.Direction.FORWARD),
                new ValueMapping(NullNode.getInstance(), NullNode.getInstance(), ValueMapping.Direction.FORWARD)),
                null, null)), fused);
    }

    @Test
    void convertByCoercion_isNotComposed() {
        LensOp.Convert intToText = new LensOp.Convert("n", INT, STRING, List.of(), null, null);
        List<LensOp> ops = List.of(intToText, intToText.reverse());
        assertEquals(ops, Fusion.fuse(ops));
    }

    @Test
    void neighbouringInsMerge_andTheirBodiesFuse() {
        assertEquals(List.of(new LensOp.In("user", List.of(new LensOp.Rename("a", "c")))), Fusion.fuse(List.of(
                new LensOp.In("user", List.of(new LensOp.Rename("a", "b"))),
                new LensOp.In("user", List.of(new LensOp.Rename("b", "c"))))));
    }

    @Test
    void neighbouringMapsMerge() {
        assertEquals(List.of(new LensOp.Map(List.of())), Fusion.fuse(List.of(
                new LensOp.Map(List.of(new LensOp.Rename("a", "b"))), new LensOp.Map(List.of(new LensOp.Rename("b", "a"))))));
    }
}
