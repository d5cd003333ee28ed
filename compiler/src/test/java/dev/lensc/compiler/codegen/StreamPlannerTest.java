package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.BOOLEAN;
import static dev.lensc.compiler.codegen.SampleTypes.INT;
import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.field;
import static dev.lensc.compiler.codegen.SampleTypes.nullable;
import static dev.lensc.compiler.codegen.SampleTypes.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What streams and what is buffered: the plans the streaming emitter writes code for. */
class StreamPlannerTest {
    private static final String OUTPUT = "the translated document does not fit T version 2";

    private static StreamPlan plan(DocumentType type, int from, int to) {
        return StreamPlanner.plan(TranslationPlan.of(type.path(from, to).ops()).fused(),
                type.schema(from).orElseThrow(), OUTPUT);
    }

    @Test
    void issue_headOfMappedLabelsStreamsTheFirstLabel_andTheHoistedNameIsAppendedAtTheEnd() {
        StreamPlan.Level root = assertInstanceOf(StreamPlan.Level.class, plan(BenchmarkTypes.issue30(), 1, 2));
        int labels = root.object().fieldNames().indexOf("labels");
        StreamPlan.Head head = assertInstanceOf(StreamPlan.Head.class, root.inputs().get(labels).value());
        StreamPlan.Level label = assertInstanceOf(StreamPlan.Level.class, head.first());
        assertEquals(List.of("name"), label.captures());
        assertEquals(new StreamPlan.Hoisted("name", labels, 0), root.appended().get(root.appended().size() - 1));
        assertNull(root.inputs().get(root.object().fieldNames().indexOf("url")).name(), "removed: only checked");
    }

    @Test
    void map_streamsEveryItemThroughTheItemsLevel() {
        StreamPlan.Level root = assertInstanceOf(StreamPlan.Level.class, plan(BenchmarkTypes.bigArray(), 1, 2));
        StreamPlan.Items items = assertInstanceOf(StreamPlan.Items.class, root.inputs().get(1).value());
        StreamPlan.Level item = assertInstanceOf(StreamPlan.Level.class, items.item());
        assertEquals("isDone", item.inputs().get(1).name());
        assertEquals(new StreamPlan.Constant("priority", IntNode.valueOf(0), -1), item.appended().get(0));
    }

    @Test
    void tenVersionChain_fusesIntoOneStreamingPass() {
        StreamPlan.Level root = assertInstanceOf(StreamPlan.Level.class, plan(BenchmarkTypes.chain(), 1, 10));
        assertEquals("f10", root.inputs().get(0).name());
        assertInstanceOf(StreamPlan.Convert.class, root.inputs().get(1).value());
    }

    @Test
    void plunge_buffersOnlyTheObjectItRunsIn_andChecksWhatItMakes() {
        Type.ObjectType inner = object(field("a", INT), field("host", nullable(object(field("x", STRING)))));
        Type.ObjectType outer = object(field("keep", STRING), field("inner", inner));
        StreamPlan.Level root = assertInstanceOf(StreamPlan.Level.class, StreamPlanner.plan(
                List.of(new LensOp.Rename("keep", "kept"),
                        new LensOp.In("inner", List.of(new LensOp.Plunge("host", "a")))), outer, OUTPUT));
        assertEquals("kept", root.inputs().get(0).name());
        StreamPlan.Tree tree = assertInstanceOf(StreamPlan.Tree.class, root.inputs().get(1).value());
        assertEquals(inner, tree.type());
        assertNotNull(tree.output(), "a plunge may make a host that lacks its other fields: checked");
        assertEquals("plunge a -> host", tree.culprit());
    }

    @Test
    void plunge_intoAHostWhoseOtherFieldsAreOptional_streams_holdingOnlyTheFieldOrTheHost() {
        Type.ObjectType host = object(dev.lensc.runtime.schema.Field.optional("x", STRING));
        Type.ObjectType level = object(field("a", INT), field("host", nullable(host)), field("b", STRING));
        StreamPlan.Level root = assertInstanceOf(StreamPlan.Level.class, StreamPlanner.plan(
                List.of(new LensOp.Plunge("host", "a"), new LensOp.Rename("host", "h")), level, OUTPUT));
        assertEquals(new StreamPlan.Plunge(0, 1, "a", "h"), root.plunge());
        assertEquals(List.of(new StreamPlan.NewHost()), root.appended());

        // the host changed after the plunge: the level is a tree
        assertInstanceOf(StreamPlan.Tree.class, StreamPlanner.plan(List.of(new LensOp.Plunge("host", "a"),
                new LensOp.In("host", List.of(new LensOp.Rename("x", "y")))), level, OUTPUT));
    }

    @Test
    void customLens_isBufferedAndChecked() {
        StreamPlan root = plan(SampleTypes.tagged(), 1, 2);
        StreamPlan.Tree tree = assertInstanceOf(StreamPlan.Tree.class, root);
        assertNotNull(tree.output());
    }

    @Test
    void aChangeAfterAHoistOutOfTheSameHost_buffersTheLevel_withoutAnOutputCheck() {
        Type.ObjectType host = object(field("x", STRING), field("y", BOOLEAN));
        Type.ObjectType doc = object(field("h", host));
        StreamPlan tree = StreamPlanner.plan(List.of(new LensOp.Hoist("h", "x"),
                new LensOp.In("h", List.of(new LensOp.Rename("y", "z")))), doc, OUTPUT);
        assertNull(assertInstanceOf(StreamPlan.Tree.class, tree).output(), "built-in ops keep to their derived schema");
    }

    @Test
    void wrapOfAHead_buffersTheLevel_whileAWrappedValueStreams() {
        Type.ObjectType doc = object(field("a", new Type.ArrayType(STRING)), field("b", nullable(STRING)));
        assertInstanceOf(StreamPlan.Tree.class, StreamPlanner.plan(List.of(new LensOp.Head("a"), new LensOp.Wrap("a")),
                doc, OUTPUT));
        StreamPlan.Level level = assertInstanceOf(StreamPlan.Level.class,
                StreamPlanner.plan(List.of(new LensOp.Wrap("b")), doc, OUTPUT));
        assertInstanceOf(StreamPlan.Wrap.class, level.inputs().get(1).value());
    }
}
