package dev.lensc.runtime.lens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensOp.Add;
import dev.lensc.runtime.lens.LensOp.Convert;
import dev.lensc.runtime.lens.LensOp.Custom;
import dev.lensc.runtime.lens.LensOp.Head;
import dev.lensc.runtime.lens.LensOp.Hoist;
import dev.lensc.runtime.lens.LensOp.In;
import dev.lensc.runtime.lens.LensOp.Map;
import dev.lensc.runtime.lens.LensOp.Plunge;
import dev.lensc.runtime.lens.LensOp.Remove;
import dev.lensc.runtime.lens.LensOp.Rename;
import dev.lensc.runtime.lens.LensOp.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs ops on documents. Every op runs forward with an optional <em>base</em>: an existing
 * document of the version the op produces. Running backward is running the reversed op, so
 * {@code put(b, a)} is {@code reverse.run(b, a)} and the same code serves both directions.
 *
 * <p>What each op does to one object is {@link Steps}, shared with generated code; the interpreter
 * dispatches, walks {@code in} and {@code map}, and threads bases through chains. Nodes are treated
 * as immutable: an op works on a shallow copy of the container it changes and shares untouched
 * subtrees with its input. Callers that hand results to users detach them
 * ({@link Lens} does).
 */
public final class Interpreter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Interpreter() {}

    /** Runs {@code ops} in order on {@code doc}; {@code base} is a document of the last op's output. */
    public static JsonNode run(List<LensOp> ops, JsonNode doc, JsonNode base, String pointer) {
        return run(ops, doc, base, pointer, LensContext.NONE);
    }

    /** {@link #run(List, JsonNode, JsonNode, String)} at {@code context}'s pointer; custom lenses are told the context. */
    public static JsonNode run(List<LensOp> ops, JsonNode doc, JsonNode base, LensContext context) {
        return run(ops, doc, base, context.pointer(), context);
    }

    private static JsonNode run(List<LensOp> ops, JsonNode doc, JsonNode base, String pointer, LensContext context) {
        int n = ops.size();
        if (base == null || n == 0) {
            JsonNode x = doc;
            for (LensOp op : ops) {
                x = apply(op, x, null, pointer, context);
            }
            return x;
        }
        JsonNode[] bases = bases(ops, base, pointer, context);
        JsonNode x = doc;
        for (int i = 0; i < n; i++) {
            x = apply(ops.get(i), x, bases[i + 1], pointer, context);
        }
        return x;
    }

    /**
     * What {@link #run} computes, op by op: item {@code i} is the value after the first {@code i}
     * ops (item 0 is {@code doc}). For finding which op made a document that does not fit its
     * version; slower than {@code run}.
     */
    public static List<JsonNode> trace(List<LensOp> ops, JsonNode doc, JsonNode base) {
        JsonNode[] bases = base == null || ops.isEmpty() ? new JsonNode[ops.size() + 1] : bases(ops, base, "", LensContext.NONE);
        List<JsonNode> out = new ArrayList<>(ops.size() + 1);
        JsonNode x = doc;
        out.add(x);
        for (int i = 0; i < ops.size(); i++) {
            x = apply(ops.get(i), x, bases[i + 1], "");
            out.add(x);
        }
        return out;
    }

    /** bases[i] is the base at the level after op i-1: the base walked back through the ops ({@link Steps#basesThrough}). */
    private static JsonNode[] bases(List<LensOp> ops, JsonNode base, String pointer, LensContext context) {
        List<UnaryOperator<JsonNode>> laterReverses = new ArrayList<>(ops.size() - 1);
        for (LensOp op : ops.subList(1, ops.size())) {
            LensOp reverse = op.reverse();
            laterReverses.add(b -> apply(reverse, b, null, pointer, context));
        }
        JsonNode[] through = Steps.basesThrough(base, laterReverses);
        JsonNode[] bases = new JsonNode[ops.size() + 1];
        System.arraycopy(through, 0, bases, 1, through.length);
        return bases;
    }

    /**
     * Runs one op at the value {@code doc}, found at {@code pointer} in the whole input. A null value
     * stays null: the ops of a nullable object change the object when there is one.
     */
    public static JsonNode apply(LensOp op, JsonNode doc, JsonNode base, String pointer) {
        return apply(op, doc, base, pointer, LensContext.NONE);
    }

    private static JsonNode apply(LensOp op, JsonNode doc, JsonNode base, String pointer, LensContext context) {
        if (doc.isNull()) {
            return doc;
        }
        // steps get no op text: it is built only when one fails (see step), not per op and node
        String text = null;
        return op.accept(new LensOp.Visitor<JsonNode>() {
            public JsonNode rename(Rename r) {
                return step(op, pointer, () -> Steps.rename(copy(object(doc, op, "")), r.from(), r.to(), text));
            }
            public JsonNode add(Add a) {
                return step(op, pointer, () -> Steps.add(copy(object(doc, op, "")), a.name(), a.defaultValue(), base, text));
            }
            public JsonNode remove(Remove r) {
                return step(op, pointer, () -> Steps.remove(copy(object(doc, op, "")), r.name(), text));
            }
            public JsonNode hoist(Hoist h) {
                return step(op, pointer, () -> Steps.hoist(copyWithHost(object(doc, op, ""), h.host()), h.host(),
                        h.name(), base, text));
            }
            public JsonNode plunge(Plunge p) {
                return step(op, pointer, () -> Steps.plunge(copyWithHost(object(doc, op, ""), p.host()), p.host(),
                        p.name(), text));
            }
            public JsonNode wrap(Wrap w) {
                return step(op, pointer, () -> Steps.wrap(copy(object(doc, op, "")), w.name(), base, text));
            }
            public JsonNode head(Head h) {
                return step(op, pointer, () -> Steps.head(copy(object(doc, op, "")), h.name(), text));
            }
            public JsonNode in(In in) { return Interpreter.in(in, object(doc, op, pointer), base, pointer, context); }
            public JsonNode map(Map m) { return Interpreter.map(m, doc, base, pointer, context); }
            public JsonNode convert(Convert c) { return Interpreter.convert(c, object(doc, op, pointer), base, pointer); }
            public JsonNode custom(Custom c) {
                return step(op, pointer, () -> Steps.custom(copy(object(doc, op, "")), c.name(), c.lens(), c.reversed(),
                        c.className(), base, text, context.at(pointer)));
            }
            public JsonNode split(LensOp.Split s) {
                return step(op, pointer, () -> Steps.split(copy(object(doc, op, "")), s, base, text));
            }
            public JsonNode merge(LensOp.Merge m) {
                return step(op, pointer, () -> Steps.merge(copy(object(doc, op, "")), m, base, text));
            }
        });
    }

    /**
     * Runs a step of {@link Steps}, the op semantics generated code shares, on a copy made for it:
     * steps change what they are given. Their failures name pointers from the value; this adds the
     * pointer of the value in the whole input, and the op's text. (So a step's value that is not an
     * object fails at {@code ""} inside it: the pointer is added here, once.)
     */
    private static JsonNode step(LensOp op, String pointer, java.util.function.Supplier<JsonNode> step) {
        try {
            return step.get();
        } catch (LensException e) {
            LensException described = e.op() != null ? e : new LensException(e.reason(), e.pointer(), LensOps.describe(op));
            throw Steps.at(described, pointer);
        }
    }

    /** A shallow copy whose host object (if any) is copied too, for steps that change the host. */
    private static ObjectNode copyWithHost(ObjectNode doc, String host) {
        ObjectNode out = copy(doc);
        if (doc.get(host) instanceof ObjectNode h) {
            out.set(host, copy(h));
        }
        return out;
    }

    private static ObjectNode in(In in, ObjectNode doc, JsonNode base, String pointer, LensContext context) {
        JsonNode value = doc.get(in.name());
        if (value == null || value.isNull()) {
            return doc;
        }
        JsonNode result = run(in.ops(), value, Steps.fieldBase(base, in.name()), JsonPointers.child(pointer, in.name()),
                context);
        ObjectNode out = copy(doc);
        out.set(in.name(), result);
        return out;
    }

    private static JsonNode map(Map m, JsonNode doc, JsonNode base, String pointer, LensContext context) {
        if (doc.isNull()) {
            return doc;
        }
        if (!doc.isArray()) {
            throw new LensException("expected an array, found " + JsonValues.kind(doc), pointer, LensOps.describe(m));
        }
        ArrayNode out = NODES.arrayNode(doc.size());
        JsonNode[] bases = base == null ? null : Steps.itemBases(base, doc, m.key());
        for (int i = 0; i < doc.size(); i++) {
            out.add(run(m.ops(), doc.get(i), bases == null ? null : bases[i], JsonPointers.child(pointer, i), context));
        }
        return out;
    }

    private static ObjectNode convert(Convert c, ObjectNode doc, JsonNode base, String pointer) {
        if (!doc.has(c.name())) {
            return doc;
        }
        JsonNode value = doc.get(c.name());
        String at = JsonPointers.child(pointer, c.name());
        Convert reverse = c.reverse();
        JsonNode result = Steps.convertOntoBase(value, Steps.field(base, c.name()),
                v -> ValueConverter.tryConvert(reverse, v), v -> ValueConverter.convert(c, v, at));
        ObjectNode out = copy(doc);
        out.set(c.name(), result);
        return out;
    }

    private static ObjectNode object(JsonNode doc, LensOp op, String pointer) {
        if (doc instanceof ObjectNode o) {
            return o;
        }
        throw new LensException("expected an object, found " + JsonValues.kind(doc), pointer, LensOps.describe(op));
    }

    private static ObjectNode copy(ObjectNode doc) {
        ObjectNode out = NODES.objectNode();
        out.setAll(doc);
        return out;
    }


}
