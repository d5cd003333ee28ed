package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.BOOLEAN;
import static dev.lensc.compiler.codegen.SampleTypes.INT;
import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.field;
import static dev.lensc.compiler.codegen.SampleTypes.nullable;
import static dev.lensc.compiler.codegen.SampleTypes.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        // the host changed after the plunge: the plunge and the change run late, on the field and the
        // host alone; the host keeps its place, what follows it is held until the level ends
        StreamPlan.Level late = assertInstanceOf(StreamPlan.Level.class, StreamPlanner.plan(List.of(
                new LensOp.Plunge("host", "a"), new LensOp.In("host", List.of(new LensOp.Rename("x", "y")))),
                level, OUTPUT));
        assertNull(late.plunge());
        assertEquals(List.of(new StreamPlan.Held("a", 0, 0, null), new StreamPlan.Held("host", 1, 1, "host"),
                new StreamPlan.Ops(List.of(new LensOp.Plunge("host", "a"),
                        new LensOp.In("host", List.of(new LensOp.Rename("x", "y")))))), late.appended());
        assertEquals(-1, late.inputs().get(2).held(), "b streams");
    }

    @Test
    void plungesIntoAnAddedObject_holdOnlyThePlungedValues_andRunLateOnTheAppendedFields() {
        Type.ObjectType level = object(field("a", INT), field("b", STRING), field("c", BOOLEAN));
        StreamPlan.Level root = assertInstanceOf(StreamPlan.Level.class, StreamPlanner.plan(List.of(
                new LensOp.Add("m", object(), com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()),
                new LensOp.Rename("a", "x"), new LensOp.Plunge("m", "x"), new LensOp.Plunge("m", "b"),
                new LensOp.Hoist("m", "b"), new LensOp.Wrap("b")), level, OUTPUT));
        assertEquals(0, root.inputs().get(0).held());
        assertEquals(1, root.inputs().get(1).held());
        assertEquals(new StreamPlan.Input("c", "c", new StreamPlan.Copy(BOOLEAN), -1), root.inputs().get(2));
        assertEquals(List.of(new StreamPlan.Constant("m", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode(), -1), new StreamPlan.Held("x", 0, 0, null), new StreamPlan.Ops(List.of(
                new LensOp.Plunge("m", "x"))), new StreamPlan.Held("b", 1, 1, null), new StreamPlan.Ops(List.of(
                new LensOp.Plunge("m", "b"), new LensOp.Hoist("m", "b"), new LensOp.Wrap("b")))), root.appended());
    }

    /**
     * lensc apply streams every pair without a tree; generated code streams the routes it fuses
     * ({@link Routes}: a single hop, or the newest version at one end) as lensc apply does, and
     * reads the document of any other route into a tree that runs the route's ops, its output
     * checked at least where streaming checks it.
     */
    @Test
    void benchmarkSchemas_streamEveryPair_withoutFallingBackToATree_andGeneratedCodeItsFusedRoutes() {
        for (DocumentType type : List.of(BenchmarkTypes.order(), BenchmarkTypes.chain(), BenchmarkTypes.issue30(),
                BenchmarkTypes.bigArray(), SampleTypes.todo())) {
            int newest = type.versions().last();
            for (int from : type.versions()) {
                for (int to : type.versions()) {
                    String pair = type.name() + " " + from + " -> " + to;
                    StreamPlan plan = StreamPlanner.document(type, from, to, TranslationPlan.of(type.path(from, to).ops()));
                    assertEquals(0, trees(plan), pair + ": " + plan);
                    StreamPlan generated = Routes.streamPlan(type, from, to);
                    boolean fused = from == to || from == newest || to == newest || type.route(from, to).size() == 1;
                    assertEquals(fused, Routes.fused(type, from, to) || from == to, pair);
                    if (fused) {
                        assertEquals(plan, generated, pair);
                        continue;
                    }
                    StreamPlan.Tree tree = assertInstanceOf(StreamPlan.Tree.class, generated, pair);
                    assertEquals(type.schema(from).orElseThrow(), tree.type(), pair);
                    assertEquals(TranslationPlan.of(type.path(from, to).ops()).fused(), tree.ops(), pair);
                    if (plan instanceof StreamPlan.Checked c) {
                        assertEquals(c.output(), tree.output(), pair + ": checked where streaming checks");
                    }
                }
            }
        }
    }

    @Test
    void tenVersions_fuseTheirSingleHopsAndTheRoutesOfTheNewest_34Of90() {
        DocumentType order = BenchmarkTypes.order();
        int fused = 0;
        for (int from : order.versions()) {
            for (int to : order.versions()) {
                fused += from != to && Routes.fused(order, from, to) ? 1 : 0;
            }
        }
        assertEquals(34, fused);
        assertTrue(Routes.fused(order, 3, 10) && Routes.fused(order, 10, 3) && Routes.fused(order, 7, 6));
        assertFalse(Routes.fused(order, 3, 7) || Routes.fused(order, 9, 1));
    }

    /** The tree fallbacks in a plan. */
    static int trees(StreamPlan plan) {
        if (plan instanceof StreamPlan.Tree) {
            return 1;
        }
        if (plan instanceof StreamPlan.Level l) {
            return l.inputs().stream().mapToInt(in -> trees(in.value())).sum();
        }
        if (plan instanceof StreamPlan.Items i) {
            return trees(i.item());
        }
        if (plan instanceof StreamPlan.Head h) {
            return trees(h.first());
        }
        if (plan instanceof StreamPlan.Wrap w) {
            return trees(w.inner());
        }
        return plan instanceof StreamPlan.Checked c ? trees(c.value()) : 0;
    }

    @Test
    void customLens_isBufferedAndChecked() {
        StreamPlan root = plan(SampleTypes.tagged(), 1, 2);
        StreamPlan.Tree tree = assertInstanceOf(StreamPlan.Tree.class, root);
        assertNotNull(tree.output());
    }

    @Test
    void aChangeAfterAHoistOutOfTheSameHost_streams_whenItLeavesTheHoistedFieldAlone() {
        Type.ObjectType host = object(field("x", STRING), field("y", BOOLEAN));
        Type.ObjectType doc = object(field("h", host));
        StreamPlan.Level level = assertInstanceOf(StreamPlan.Level.class, StreamPlanner.plan(List.of(
                new LensOp.Hoist("h", "x"), new LensOp.In("h", List.of(new LensOp.Rename("y", "z")))), doc, OUTPUT));
        StreamPlan.Level h = assertInstanceOf(StreamPlan.Level.class, level.inputs().get(0).value());
        assertEquals(List.of("x"), h.captures());
        assertEquals("z", h.inputs().get(1).name());

        // a change that meets the hoisted field (adds it again) does not stream: the level is a tree
        assertInstanceOf(StreamPlan.Tree.class, StreamPlanner.plan(List.of(new LensOp.Hoist("h", "x"),
                new LensOp.In("h", List.of(new LensOp.Add("x", STRING,
                        com.fasterxml.jackson.databind.node.TextNode.valueOf("again"))))), doc, OUTPUT));
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
