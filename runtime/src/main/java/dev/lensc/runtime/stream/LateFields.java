package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.lensc.runtime.lens.LensContext;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensScope;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The fields a streamed object appends, gathered when its keys have been read, for the ops that do
 * not stream in one pass over them (a plunge into an added field, a change of a hoisted one): the
 * added constants, the hoisted values and the inputs those ops consume are put into a small object
 * in op order, the ops run on it as tree code, and its fields are written after the object's own,
 * in its order, as the tree translator appends them. Only these values are held, not the object.
 */
public final class LateFields {
    private LateFields() {}

    /** An empty object to gather the late fields in. */
    public static ObjectNode begin() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Puts {@code value} (a value read or hoisted; null: absent) as {@code name}. */
    public static void put(ObjectNode late, String name, JsonNode value) {
        if (value != null) {
            late.set(name, value);
        }
    }

    /** Puts a copy of constant {@code value} as {@code name} (the ops may change it). */
    public static void constant(ObjectNode late, String name, JsonNode value) {
        late.set(name, value.deepCopy());
    }

    /**
     * Runs {@code ops} on the late fields; a failure is named by the pointer of the object being
     * read (the parser is at its end) plus the one the failure gives inside it.
     */
    public static ObjectNode run(ObjectNode late, UnaryOperator<JsonNode> ops, JsonParser p) {
        return run(late, ops, StreamChecks.pointer(p));
    }

    /** {@link #run(ObjectNode, UnaryOperator, JsonParser)} for the object at {@code pointer}. */
    static ObjectNode run(ObjectNode late, UnaryOperator<JsonNode> ops, String pointer) {
        // a custom lens inside an in is told the object's place, as the tree translator tells it
        LensContext outer = LensScope.current() == LensContext.NONE ? null
                : LensScope.enter(LensScope.current().at(pointer));
        try {
            return (ObjectNode) ops.apply(late);
        } catch (LensException e) {
            HeldFailure.fail(StreamChecks.at(e, pointer));
            return late; // the level reads on; what it writes is not a result
        } finally {
            if (outer != null) {
                LensScope.restore(outer);
            }
        }
    }

    /** Takes field {@code name} out, for the level holding this object (null when absent). */
    public static JsonNode take(ObjectNode late, String name) {
        return late.remove(name);
    }

    /** Where a level writes while a held input that stays in its place waits to be written. */
    public static Stays stays(JsonGenerator out) {
        return new Stays(out);
    }

    /**
     * The held inputs of one object that stay in their places: what the object writes after such an
     * input is held as tokens until the late ops have changed it, at the object's end or, once every
     * value the late ops take has been read ({@link Program#flush}), at once; from then on the object
     * writes straight out.
     */
    public static final class Stays {
        private final JsonGenerator out;
        private final java.util.List<Integer> held = new java.util.ArrayList<>();
        private final java.util.List<TokenBuffer> after = new java.util.ArrayList<>();
        /** The late fields left to append at the object's end once flushed, else null. */
        private ObjectNode flushed;

        private Stays(JsonGenerator out) {
            this.out = out;
        }

        /** Whether the held inputs still wait for the late ops ({@link Program#flush} has not run). */
        public boolean waiting() {
            return flushed == null;
        }

        /** After held input {@code held} was read: returns where the object writes from now on. */
        public JsonGenerator stay(int held) {
            TokenBuffer next = new TokenBuffer(null, false);
            this.held.add(held);
            after.add(next);
            return next;
        }

        /**
         * Writes each held input that stays, as the late ops left it ({@code names}: its name then, by
         * held index), followed by what came after it, and takes it out of {@code late}.
         *
         * @return the object's generator, for the rest of the late fields and its end
         */
        public JsonGenerator end(ObjectNode late, String... names) throws IOException {
            for (int i = 0; i < held.size(); i++) {
                String name = names[held.get(i)];
                JsonNode value = late.remove(name);
                if (value != null) {
                    out.writeFieldName(name);
                    StreamChecks.write(value, out);
                }
                after.get(i).serialize(out);
            }
            return out;
        }
    }

    /** An empty {@link Program}, to add steps to. */
    public static Program program() {
        return new Program(List.of(), new String[0], null);
    }

    /**
     * The end of one kind of level with late fields, as data: the steps that gather and change them
     * ({@link #constant}, a value given to {@link Program#end} put under a name, late ops {@link #run}),
     * the ones taken out for the level that holds this one, the names its held inputs that stay
     * end with, then the rest written. Levels of different translations that end alike share one.
     * Immutable and thread-safe: each method adding a step returns a new program.
     */
    public static final class Program {
        /** A step: a constant ({@code value}), the next value given ({@code ops} and {@code value} null), or ops. */
        private record Step(String name, JsonNode value, UnaryOperator<JsonNode> ops) {}

        private final List<Step> steps;
        private final String[] takes;
        private final String[] stays;

        private Program(List<Step> steps, String[] takes, String[] stays) {
            this.steps = steps;
            this.takes = takes;
            this.stays = stays;
        }

        /** The program then constant {@code value} (copied each time: the ops may change it) as {@code name}. */
        public Program constant(String name, JsonNode value) {
            return step(new Step(name, value, null));
        }

        /** The program then the next value given to {@link #end} (null: absent) as {@code name}. */
        public Program put(String name) {
            return step(new Step(name, null, null));
        }

        /** The program then {@code ops} on the late fields. */
        public Program run(UnaryOperator<JsonNode> ops) {
            return step(new Step(null, null, ops));
        }

        /** The program with the late fields {@code names} taken out into the holder's captures, by index. */
        public Program take(String... names) {
            return new Program(steps, names.clone(), stays);
        }

        /** The program with the names the held inputs that stay end with (null: one that does not stay), by held index. */
        public Program stays(String... names) {
            return new Program(steps, takes, names.clone());
        }

        private Program step(Step step) {
            List<Step> more = new java.util.ArrayList<>(steps);
            more.add(step);
            return new Program(List.copyOf(more), takes, stays);
        }

        /**
         * Runs the program at the end of a level (the parser at its end): {@code values} are put in
         * order, {@code captured} takes what is taken out (null where nothing is), {@code stays}
         * writes the held inputs that stay (null where none does), and the rest is written.
         *
         * @return where the level writes its end
         */
        public JsonGenerator end(JsonParser p, JsonGenerator g, Stays stays, JsonNode[] captured,
                JsonNode... values) throws IOException {
            if (stays != null && !stays.waiting()) {
                LateFields.write(stays.flushed, g); // g writes straight out since the flush
                return g;
            }
            ObjectNode late = gather(StreamChecks.pointer(p), captured, values);
            JsonGenerator out = this.stays == null ? g : stays.end(late, this.stays);
            LateFields.write(late, out);
            return out;
        }

        /**
         * Runs the program inside a level with held inputs that stay (the parser at the end of one
         * of its values), once every value it is given has been read: the held inputs are written in
         * their places and what followed them, and {@link #end} only appends the rest. The late ops
         * see only these values and constants, so running them now changes nothing they give.
         *
         * @return where the level writes from now on
         */
        public JsonGenerator flush(JsonParser p, Stays stays, JsonNode[] captured, JsonNode... values)
                throws IOException {
            ObjectNode late = gather(StreamChecks.objectPointer(p), captured, values);
            JsonGenerator out = stays.end(late, this.stays);
            stays.flushed = late;
            return out;
        }

        private ObjectNode gather(String pointer, JsonNode[] captured, JsonNode... values) {
            ObjectNode late = LateFields.begin();
            int next = 0;
            for (Step step : steps) {
                if (step.ops != null) {
                    late = LateFields.run(late, step.ops, pointer);
                } else if (step.value != null) {
                    LateFields.constant(late, step.name, step.value);
                } else {
                    LateFields.put(late, step.name, values[next++]);
                }
            }
            for (int i = 0; i < takes.length; i++) {
                if (takes[i] != null) {
                    captured[i] = LateFields.take(late, takes[i]);
                }
            }
            return late;
        }
    }

    /** Writes the late fields, in their order. */
    public static void write(ObjectNode late, JsonGenerator g) throws IOException {
        for (Iterator<Map.Entry<String, JsonNode>> it = late.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            g.writeFieldName(field.getKey());
            StreamChecks.write(field.getValue(), g);
        }
    }
}
