package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A value of a document as a record translator sees it at compile time: where its Java value comes
 * from (a record accessor, a constant, an object built of such values, …) instead of the value.
 * Running the ops on these ({@link RecordLensEvaluator}) leaves the target record's components as
 * expressions over the source record; {@link RecordTranslatorEmitter} writes them out.
 */
sealed interface RecordSym {

    /**
     * The value of {@code expr}, a Java value of {@code shape} (a record component or part of one).
     * {@code vouched}: the value is not null unless its shape allows it. Records' constructors make
     * it so for their components and for every list item and map value inside them, at any depth;
     * a component whose Java null stands for an absent field is the exception (its shape is the
     * present value's).
     */
    record Read(CodeBlock expr, JavaShape shape, boolean vouched) implements RecordSym {
        /** A record, a component that is never null for absent, or a list item or map value inside one. */
        Read(CodeBlock expr, JavaShape shape) {
            this(expr, shape, true);
        }
    }

    /** A constant (an add's default). */
    record Const(JsonNode value) implements RecordSym {}

    /**
     * An object of the given fields, or null when {@code nullWhen} holds (null: never). Field order
     * is not kept: records write their version's order whatever the document's.
     */
    record Obj(List<Entry> entries, CodeBlock nullWhen) implements RecordSym {
        public Obj {
            entries = List.copyOf(entries);
        }

        Entry entry(String name) {
            for (Entry e : entries) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
            return null;
        }

        Obj without(String name) {
            List<Entry> out = new ArrayList<>(entries);
            out.removeIf(e -> e.name().equals(name));
            return new Obj(out, nullWhen);
        }

        Obj with(Entry entry) {
            List<Entry> out = new ArrayList<>(entries);
            boolean replaced = false;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).name().equals(entry.name())) {
                    out.set(i, entry);
                    replaced = true;
                }
            }
            if (!replaced) {
                out.add(entry);
            }
            return new Obj(out, nullWhen);
        }
    }

    /** A field: absent when {@code absentWhen} holds (null: always present). */
    record Entry(String name, RecordSym value, CodeBlock absentWhen) {}

    /** {@code wrap}: a one-item list of {@code item}, or the empty list when it is null. */
    record Wrapped(RecordSym item) implements RecordSym {}

    /**
     * {@code wrap} onto a base's list {@code base} (absent when {@code baseAbsentWhen} holds; null:
     * never): the base's list when its first item is {@code item}, else the base's list with
     * {@code item} first, else as {@link Wrapped}.
     */
    record WrappedOnto(RecordSym item, Read base, CodeBlock baseAbsentWhen) implements RecordSym {}

    /** {@code then} when {@code when} holds, else {@code otherwise}. */
    record Cond(CodeBlock when, RecordSym then, RecordSym otherwise) implements RecordSym {}

    /** {@code map}: every item of {@code list} as {@code item}, an expression over the variable {@code var}. */
    record Mapped(Read list, String var, RecordSym item) implements RecordSym {}

    /** {@code head} of a {@code map}: the first item of the mapped list as {@code mapped}'s item, null when there is none. */
    record FirstOf(Mapped mapped) implements RecordSym {}

    /**
     * A value of finitely many possibilities: {@code fn} of the inputs' values (enums, booleans,
     * null; {@code MissingNode} for an absent input), worked out at compile time for every
     * combination; {@code fn} gives null where the lens fails.
     */
    record Table(List<Input> inputs, Function<List<JsonNode>, JsonNode> fn) implements RecordSym {
        public Table {
            inputs = List.copyOf(inputs);
        }
    }

    /** An input of a {@link Table}: a read value, absent when {@code absentWhen} holds (null: never). */
    record Input(Read value, CodeBlock absentWhen) {}
}
