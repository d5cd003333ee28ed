package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Interpreter;
import dev.lensc.runtime.lens.LensContext;
import dev.lensc.runtime.lens.LensScope;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.stream.CheckedStream;
import dev.lensc.runtime.stream.ConvertStream;
import dev.lensc.runtime.stream.LateFields;
import dev.lensc.runtime.stream.PlungeStream;
import dev.lensc.runtime.stream.StreamChecks;
import dev.lensc.runtime.stream.TreeStream;
import dev.lensc.runtime.stream.TypeStream;
import dev.lensc.runtime.stream.WrittenText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The streaming translation of one pair of versions without generated code: the {@link StreamPlan}
 * that {@link StreamEmitter} turns into Java, run directly from a {@code JsonParser} to a
 * {@code JsonGenerator} (for {@code lensc apply}, which reads lenses from {@code .lens} files). Each
 * plan node is compiled once into a {@link Step} doing what the emitted code does, with the same
 * checks, bytes and messages: converts and tree fallbacks are the runtime's {@code ConvertStream}
 * and {@code TreeStream}, as in generated code, with the interpreter's ops in place of generated
 * methods; a level is a step of its own, to which the differential tests hold the generated
 * {@code LevelStream} tables (and both back ends to the tree translator). Immutable and thread-safe.
 */
public final class StreamInterpreter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String documentType;
    private final int from;
    private final int to;
    private final boolean streams;
    /** Whether the path holds a custom lens: the translation then tells it where it is ({@link LensScope}). */
    private final boolean custom;
    private final Step root;

    private StreamInterpreter(DocumentType type, int from, int to, StreamPlan plan, boolean custom) {
        this.custom = custom;
        this.documentType = type.name();
        this.from = from;
        this.to = to;
        this.streams = !(plan instanceof StreamPlan.Tree);
        this.root = compile(plan, StreamPlanner.inputContext(type, from));
    }

    /**
     * The translation of {@code type}'s documents from version {@code from} to {@code to}.
     *
     * @throws LensException when the versions are not connected
     * @throws java.util.NoSuchElementException when a version's schema is not known
     */
    public static StreamInterpreter of(DocumentType type, int from, int to) {
        List<LensOp> ops = type.path(from, to).ops();
        return new StreamInterpreter(type, from, to, StreamPlanner.document(type, from, to, TranslationPlan.of(ops)),
                OpEmitter.callsCustom(ops));
    }

    /**
     * The translation as generated code runs it ({@link Routes#streamPlan}): a route that generated
     * code composes of its hops is read into a tree, which the differential tests hold the
     * generated tree fallback to.
     */
    static StreamInterpreter asGenerated(DocumentType type, int from, int to) {
        return new StreamInterpreter(type, from, to, Routes.streamPlan(type, from, to),
                OpEmitter.callsCustom(type.path(from, to).ops()));
    }

    /** Whether the document streams at its top level (else it is read into a tree first, as a whole). */
    public boolean streams() {
        return streams;
    }

    /**
     * Reads one document from {@code in} (at its first token, or before it) and writes its
     * translation to {@code out}, leaving {@code in} at the document's last token, as the generated
     * {@code vAToVB(JsonParser, JsonGenerator)} does. On a {@link LensException} what was written is
     * incomplete: discard it.
     */
    public void translate(JsonParser in, JsonGenerator out) throws IOException {
        // custom lenses in the values read into trees are told the translation and their place, as
        // generated streaming code tells them (through LensScope, which TreeStream moves to the value)
        if (!custom) {
            StreamChecks.translate(in, out, (p, g) -> root.run(p, g, null), documentType, from, to);
            return;
        }
        LensContext outer = LensScope.enter(LensContext.of(documentType, from, to, null));
        try {
            StreamChecks.translate(in, out, (p, g) -> root.run(p, g, null), documentType, from, to);
        } finally {
            LensScope.restore(outer);
        }
    }

    /** One plan node, compiled: moves the value at the parser's current token to the generator. */
    private interface Step {
        /** @param captured where the value's captures go (the hoists of the level holding it), or null */
        void run(JsonParser p, JsonGenerator g, JsonNode[] captured) throws IOException;
    }

    private static Step compile(StreamPlan plan, String context) {
        if (plan instanceof StreamPlan.Copy copy) {
            TypeStream values = TypeStream.of(copy.type(), context);
            return (p, g, captured) -> values.copy(p, g);
        }
        if (plan instanceof StreamPlan.Level level) {
            return new LevelStep(level, context);
        }
        if (plan instanceof StreamPlan.Items items) {
            return itemsStep(items, context);
        }
        if (plan instanceof StreamPlan.Head head) {
            return headStep(head, context);
        }
        if (plan instanceof StreamPlan.Convert convert) {
            return convertStep(convert, context);
        }
        if (plan instanceof StreamPlan.Wrap wrap) {
            return wrapStep(wrap, context);
        }
        if (plan instanceof StreamPlan.Checked checked) {
            Step inner = compile(checked.value(), context);
            CheckedStream stream = CheckedStream.of((p, g) -> inner.run(p, g, null), checked.output(),
                    checked.outputContext(), checked.culprit());
            return (p, g, captured) -> stream.stream(p, g);
        }
        return treeStep((StreamPlan.Tree) plan, context);
    }

    /** An object in one pass over its keys, then the appended fields (see {@link StreamEmitter}'s level). */
    private static final class LevelStep implements Step {
        private final String context;
        private final Type type;
        private final boolean nullable;
        private final int captures;
        private final Map<String, Integer> indexes = new HashMap<>();
        private final SerializableString[] names;
        private final TypeStream[] values;
        private final Step[] steps;
        private final int[] inputCaptures;
        private final int[] heldCaptures;
        private final int[] heldInputs;
        private final boolean[] discarded;
        private final String[] staysNames;
        private final boolean anyStays;
        private final boolean late;
        private final long required;
        /** The inputs whose values the late fields are given (see {@link LateFields.Program#flush}). */
        private final long lateInputs;
        private final List<StreamPlan.Appended> appended;
        private final List<String> captureNames;
        private final boolean[] inputCaptured;
        /** The late fields' end, as generated code holds it (null where the level has none). */
        private final LateFields.Program program;
        private final SerializableString[] appendedNames;
        private final PlungeStream plunge;
        private final int plungeField;
        private final int plungeHost;

        LevelStep(StreamPlan.Level level, String context) {
            this.context = context;
            this.type = level.type();
            this.nullable = level.type().isNullable();
            this.captures = level.captures().size();
            List<StreamPlan.Input> inputs = level.inputs();
            List<Field> fields = level.object().fields();
            int n = inputs.size();
            names = new SerializableString[n];
            values = new TypeStream[n];
            steps = new Step[n];
            inputCaptures = new int[n];
            heldCaptures = new int[n];
            heldInputs = new int[n];
            discarded = new boolean[n];
            staysNames = new String[n];
            level.appended().forEach(a -> {
                if (a instanceof StreamPlan.Held h) {
                    staysNames[h.held()] = h.stays();
                }
            });
            anyStays = java.util.Arrays.stream(staysNames).anyMatch(java.util.Objects::nonNull);
            long mask = 0;
            for (int i = 0; i < n; i++) {
                StreamPlan.Input in = inputs.get(i);
                indexes.put(in.key(), i);
                names[i] = in.name() == null ? null : WrittenText.of(in.name());
                values[i] = TypeStream.of(in.value().type(), context);
                steps[i] = compile(in.value(), context);
                inputCaptures[i] = in.capture();
                heldCaptures[i] = StreamPlan.captures(in.value()).size();
                heldInputs[i] = in.held();
                discarded[i] = StreamEmitter.discarded(in);
                if (fields.get(i).required()) {
                    mask |= 1L << i;
                }
            }
            required = mask;
            lateInputs = StreamPlan.lateInputs(level);
            late = StreamPlan.late(level);
            captureNames = level.captures();
            inputCaptured = new boolean[captureNames.size()];
            inputs.forEach(in -> {
                if (in.capture() >= 0) {
                    inputCaptured[in.capture()] = true;
                }
            });
            appended = level.appended();
            program = late ? program() : null;
            appendedNames = new SerializableString[appended.size()];
            for (int i = 0; i < appended.size(); i++) {
                StreamPlan.Appended a = appended.get(i);
                appendedNames[i] = a instanceof StreamPlan.Constant c ? WrittenText.of(c.name())
                        : a instanceof StreamPlan.Hoisted h ? WrittenText.of(h.name()) : null;
            }
            StreamPlan.Plunge p = level.plunge();
            plunge = p == null ? null : PlungeStream.of(p.hostName(), p.name(), fields.get(p.host()).type(),
                    fields.get(p.field()).type(), context);
            plungeField = p == null ? -1 : p.field();
            plungeHost = p == null ? -1 : p.host();
        }

        @Override
        public void run(JsonParser p, JsonGenerator g, JsonNode[] captured) throws IOException {
            if (nullable && p.currentToken() == JsonToken.VALUE_NULL) {
                nullCaptures(captured, captures);
                g.writeNull();
                return;
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw StreamChecks.misfit(p, context, "an object");
            }
            g.writeStartObject();
            JsonNode[][] from = new JsonNode[steps.length][];
            JsonNode[] held = new JsonNode[steps.length];
            PlungeStream.Level plunged = plunge == null ? null : plunge.begin(g);
            LateFields.Stays stays = anyStays ? LateFields.stays(g) : null;
            long seen = 0;
            String key;
            while ((key = p.nextFieldName()) != null) {
                Integer index = indexes.get(key);
                if (index == null) {
                    throw StreamChecks.undeclared(p, context, key, type);
                }
                int i = index;
                seen = StreamChecks.once(p, key, seen, i);
                p.nextToken();
                if (i == plungeField) {
                    plunged.field(p);
                } else if (i == plungeHost) {
                    g = plunged.host(p);
                } else if (heldInputs[i] >= 0) {
                    held[heldInputs[i]] = values[i].read(p);
                    if (staysNames[heldInputs[i]] != null) {
                        g = stays.stay(heldInputs[i]);
                    }
                } else if (discarded[i]) {
                    if (heldCaptures[i] > 0) {
                        from[i] = new JsonNode[heldCaptures[i]];
                    }
                    steps[i].run(p, StreamChecks.nowhere(), from[i]);
                } else if (names[i] == null) {
                    values[i].skip(p);
                } else if (inputCaptures[i] >= 0) {
                    captured[inputCaptures[i]] = values[i].read(p);
                } else {
                    g.writeFieldName(names[i]);
                    if (heldCaptures[i] > 0) {
                        from[i] = new JsonNode[heldCaptures[i]];
                    }
                    steps[i].run(p, g, from[i]);
                }
                if (anyStays && stays.waiting() && (seen & lateInputs) == lateInputs) {
                    g = program.flush(p, stays, captured, values(from, held));
                }
            }
            if ((seen & required) != required) {
                StreamChecks.requirePresent(p, context, type, seen);
            }
            if (plunged != null) {
                g = plunged.end();
            }
            if (late) {
                g = lateFields(p, g, from, held, captured, stays);
                g.writeEndObject();
                return;
            }
            for (int i = 0; i < appended.size(); i++) {
                if (appended.get(i) instanceof StreamPlan.NewHost) {
                    plunged.newHost();
                } else if (appended.get(i) instanceof StreamPlan.Constant c) {
                    if (c.capture() >= 0) {
                        captured[c.capture()] = c.value();
                    } else {
                        g.writeFieldName(appendedNames[i]);
                        StreamChecks.write(c.value(), g);
                    }
                } else {
                    StreamPlan.Hoisted h = (StreamPlan.Hoisted) appended.get(i);
                    JsonNode value = from[h.input()] == null ? null : from[h.input()][h.capture()];
                    if (value != null) {
                        g.writeFieldName(appendedNames[i]);
                        StreamChecks.write(value, g);
                    }
                }
            }
            g.writeEndObject();
        }

        /** The late fields (see {@link StreamPlan.Late}) gathered, changed by the late ops, handed up or written. */
        private LateFields.Program program() {
            LateFields.Program program = LateFields.program();
            for (StreamPlan.Appended a : appended) {
                if (a instanceof StreamPlan.Constant c) {
                    program = program.constant(c.name(), c.value());
                } else if (a instanceof StreamPlan.Hoisted h) {
                    program = program.put(h.name());
                } else if (a instanceof StreamPlan.Held h) {
                    program = program.put(h.name());
                } else {
                    List<LensOp> ops = ((StreamPlan.Ops) a).ops();
                    program = program.run(value -> runHere(ops, value));
                }
            }
            String[] takes = new String[captureNames.size()];
            for (int c = 0; c < takes.length; c++) {
                takes[c] = inputCaptured[c] ? null : captureNames.get(c);
            }
            program = program.take(takes);
            return anyStays ? program.stays(staysNames) : program;
        }

        /** Runs {@link #program} on the values the level put in, in order. */
        private JsonGenerator lateFields(JsonParser p, JsonGenerator g, JsonNode[][] from, JsonNode[] held,
                JsonNode[] captured, LateFields.Stays stays) throws IOException {
            return program.end(p, g, stays, captured, values(from, held));
        }

        /** The values the level puts in its late fields, in order. */
        private JsonNode[] values(JsonNode[][] from, JsonNode[] held) {
            List<JsonNode> values = new ArrayList<>();
            for (StreamPlan.Appended a : appended) {
                if (a instanceof StreamPlan.Hoisted h) {
                    values.add(from[h.input()] == null ? null : from[h.input()][h.capture()]);
                } else if (a instanceof StreamPlan.Held h) {
                    values.add(held[h.held()]);
                }
            }
            return values.toArray(JsonNode[]::new);
        }
    }

    /**
     * The interpreter's ops on a value, custom lenses told the place {@link LensScope} holds (the
     * value's pointer in the input); failures named from the value, as the streams add its pointer.
     */
    private static JsonNode runHere(List<LensOp> ops, JsonNode value) {
        LensContext here = LensScope.current();
        try {
            return Interpreter.run(ops, value, null, here);
        } catch (LensException e) {
            String at = e.pointer() == null ? null : e.pointer().startsWith(here.pointer())
                    ? e.pointer().substring(here.pointer().length()) : e.pointer();
            throw new LensException(e.reason(), at, e.op());
        }
    }

    private static void nullCaptures(JsonNode[] captured, int captures) {
        for (int i = 0; i < captures; i++) {
            captured[i] = NullNode.getInstance(); // a field hoisted out of a null object is null
        }
    }

    private static Step itemsStep(StreamPlan.Items items, String context) {
        boolean nullable = items.type().isNullable();
        Step item = compile(items.item(), context);
        return (p, g, captured) -> {
            if (nullable && p.currentToken() == JsonToken.VALUE_NULL) {
                g.writeNull();
                return;
            }
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw StreamChecks.misfit(p, context, "an array");
            }
            g.writeStartArray();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                item.run(p, g, null);
            }
            g.writeEndArray();
        };
    }

    private static Step headStep(StreamPlan.Head head, String context) {
        boolean nullable = head.type().isNullable();
        int captures = StreamPlan.captures(head.first()).size();
        Step first = compile(head.first(), context);
        TypeStream others = TypeStream.of(((Type.ArrayType) Type.nonNull(head.type())).items(), context);
        JsonNode ifEmpty = head.ifEmpty();
        return (p, g, captured) -> {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_ARRAY) {
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    first.run(p, g, captured);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        others.skip(p);
                    }
                    return;
                }
            } else if (!nullable || t != JsonToken.VALUE_NULL) {
                throw StreamChecks.misfit(p, context, "an array");
            }
            nullCaptures(captured, captures);
            StreamChecks.write(ifEmpty, g); // an empty or null array has no first item
        };
    }

    private static Step convertStep(StreamPlan.Convert convert, String context) {
        LensOp.Convert c = convert.op();
        ConvertStream stream = ConvertStream.of(convert.type(), context, value -> {
            // the op on an object holding only its field: the interpreter's code and messages
            ObjectNode holder = NODES.objectNode();
            holder.set(c.name(), value);
            return Interpreter.apply(c, holder, null, "").get(c.name());
        });
        return (p, g, captured) -> stream.stream(p, g);
    }

    private static Step wrapStep(StreamPlan.Wrap wrap, String context) {
        boolean nullable = wrap.type().isNullable();
        int captures = StreamPlan.captures(wrap).size();
        Step inner = compile(wrap.inner(), context);
        return (p, g, captured) -> {
            g.writeStartArray();
            if (!nullable || p.currentToken() != JsonToken.VALUE_NULL) {
                inner.run(p, g, captured);
            } else {
                nullCaptures(captured, captures); // null wraps as an empty array
            }
            g.writeEndArray();
        };
    }

    private static Step treeStep(StreamPlan.Tree tree, String context) {
        TreeStream stream = TreeStream.of(tree.type(), context, value -> runHere(tree.ops(), value),
                tree.output(), tree.outputContext(), tree.culprit());
        return (p, g, captured) -> stream.stream(p, g);
    }
}
