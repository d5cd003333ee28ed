package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Type;
import java.util.List;

/**
 * How a streaming translator moves one value from a {@code JsonParser} to a {@code JsonGenerator},
 * planned at compile time from a {@link TranslationPlan}'s fused ops ({@link StreamPlanner}) and
 * immutable. Every value is checked against its type in the source version as it is read; only
 * {@link Tree}, a hoisted field's value and a plunge's field (or host) are held in memory.
 */
sealed interface StreamPlan {
    /** The type of the value read: what it is checked against. */
    Type type();

    /** The value as it is, checked and copied (or only checked, where it is dropped). */
    record Copy(Type type) implements StreamPlan {}

    /**
     * An object whose fields are renamed, removed and changed in one pass over its keys, followed
     * by the fields the ops append (added or hoisted), in op order; null stays null where the type
     * allows it.
     *
     * @param object the object type (the type without its nullability)
     * @param inputs one per field of {@code object}, in declared order
     * @param appended what follows the input's fields
     * @param captures fields a parent level hoists out of this object, by their name here
     * @param plunge the plunge of one input into another, or null
     */
    record Level(Type type, Type.ObjectType object, List<Input> inputs, List<Appended> appended,
            List<String> captures, Plunge plunge) implements StreamPlan {
        public Level {
            inputs = List.copyOf(inputs);
            appended = List.copyOf(appended);
            captures = List.copyOf(captures);
        }
    }

    /**
     * {@code plunge}: input {@code field}'s value goes into input {@code host}'s object, as
     * {@code name}; the host is written as {@code hostName} (see {@code PlungeStream}). Both inputs
     * are copies; a host that is absent is written where {@link NewHost} stands.
     */
    record Plunge(int field, int host, String name, String hostName) {}

    /**
     * A field of the input: written as {@code name} (null: dropped, only checked), or handed to the
     * parent as capture {@code capture} (-1: none), or read whole and held as {@code held} (-1:
     * not held) for the level's {@link Late} fields.
     */
    record Input(String key, String name, StreamPlan value, int capture, int held) {
        Input(String key, String name, StreamPlan value, int capture) {
            this(key, name, value, capture, -1);
        }
    }

    /** A field appended after the input's fields. */
    sealed interface Appended {}

    /** An added field's value, or capture {@code capture} for the parent (-1: written here). */
    record Constant(String name, JsonNode value, int capture) implements Appended {}

    /** Where a plunge appends its new host when the object has none ({@link Plunge}). */
    record NewHost() implements Appended {}

    /** A field hoisted out of input {@code input}'s value: capture {@code capture} of it. */
    record Hoisted(String name, int input, int capture) implements Appended {}

    /**
     * Marks the appended fields of a level as late: they are gathered into an object when the level
     * ends ({@link Constant}s, {@link Hoisted} values, {@link Held} inputs) and {@link Ops} run on
     * it as tree code, in op order, before its fields are written (or handed to the parent by name).
     * The ops that do not stream on one pass over the keys (a plunge into an added field, a change
     * of a hoisted one) run there, on what the level appends and the inputs they consume alone.
     */
    sealed interface Late extends Appended {}

    /**
     * Input {@code input}'s value, read whole ({@link Input#held}), put into the late fields as
     * {@code name}. When the input stays in its place ({@code stays}: its name at the end, else
     * null), what the level writes after it is held as tokens, and it is written there, changed.
     */
    record Held(String name, int input, int held, String stays) implements Late {}

    /** Tree ops run on the late fields. */
    record Ops(List<LensOp> ops) implements Late {
        public Ops {
            ops = List.copyOf(ops);
        }
    }

    /** The bits (in a level's {@code seen}) of the inputs whose values its late fields are given. */
    static long lateInputs(Level level) {
        long bits = 0;
        for (Appended a : level.appended()) {
            if (a instanceof Hoisted h) {
                bits |= 1L << h.input();
            } else if (a instanceof Held h) {
                bits |= 1L << h.input();
            }
        }
        return bits;
    }

    /** Whether a level's appended fields are gathered and changed as a tree at its end ({@link Late}). */
    static boolean late(Level level) {
        return level.appended().stream().anyMatch(a -> a instanceof Late);
    }

    /** {@code map}: every item of an array through {@code item}. */
    record Items(Type type, StreamPlan item) implements StreamPlan {}

    /**
     * {@code head}: the first item through {@code first}, the others only checked; an empty or null
     * array gives {@code ifEmpty}, the rest of the field's changes run on null at compile time.
     */
    record Head(Type type, StreamPlan first, JsonNode ifEmpty) implements StreamPlan {}

    /** {@code convert}: the value read, mapped through the op's table or coercion. */
    record Convert(Type type, LensOp.Convert op) implements StreamPlan {}

    /** {@code wrap}: {@code [value]}, null becomes {@code []}; {@code inner} keeps null as null. */
    record Wrap(StreamPlan inner) implements StreamPlan {
        @Override
        public Type type() {
            return inner.type();
        }
    }

    /**
     * The value read into a tree and run through the tree translator's code for {@code ops}: what
     * the streaming plan does not know (plunge, custom lenses, ops added later). When
     * {@code output} is not null the result is checked against it; a misfit's message starts with
     * {@code outputContext} and names {@code culprit} as the op.
     */
    record Tree(Type type, List<LensOp> ops, Type output, String outputContext, String culprit)
            implements StreamPlan {
        public Tree {
            ops = List.copyOf(ops);
        }
    }

    /**
     * {@code value} streamed with what it writes checked against {@code output} token by token
     * (see {@code CheckedStream}): a translation whose ops may yield more than the target declares.
     */
    record Checked(StreamPlan value, Type output, String outputContext, String culprit) implements StreamPlan {
        @Override
        public Type type() {
            return value.type();
        }
    }

    /** The captures a value hands to the level holding it (a hoist's host). */
    static List<String> captures(StreamPlan value) {
        if (value instanceof Level l) {
            return l.captures();
        }
        if (value instanceof Head h) {
            return captures(h.first());
        }
        if (value instanceof Wrap w) {
            return captures(w.inner());
        }
        return List.of();
    }
}
