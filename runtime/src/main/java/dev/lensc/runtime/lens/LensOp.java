package dev.lensc.runtime.lens;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One step of a lens. An op is data: what it does to documents ({@link Interpreter}), to schemas
 * ({@link SchemaTransform}) and to text ({@link LensOps#describe}) lives in one place per concern.
 *
 * <p>Every op is symmetric: {@link #reverse()} is the op that undoes it, so a lens runs backwards
 * by running the reversed ops in reverse order.
 */
public sealed interface LensOp {

    LensOp reverse();

    <R> R accept(Visitor<R> visitor);

    /**
     * One method per op: Java 17 has no pattern switch, so a visitor is how the compiler checks
     * that every concern (running, schemas, patches, code) handles every op.
     */
    interface Visitor<R> {
        R rename(Rename op);
        R add(Add op);
        R remove(Remove op);
        R hoist(Hoist op);
        R plunge(Plunge op);
        R wrap(Wrap op);
        R head(Head op);
        R in(In op);
        R map(Map op);
        R convert(Convert op);
        R custom(Custom op);
        R split(Split op);
        R merge(Merge op);
    }

    /** {@code rename from -> to}. */
    record Rename(String from, String to) implements LensOp {
        public Rename {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rename(this);
        }

        @Override
        public Rename reverse() {
            return new Rename(to, from);
        }
    }

    /** {@code add name: type = default}: the field appears; going back it is removed. */
    record Add(String name, Type type, JsonNode defaultValue) implements LensOp {
        public Add {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(defaultValue, "defaultValue (use NullNode for null)");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.add(this);
        }

        @Override
        public Remove reverse() {
            return new Remove(name, type, defaultValue);
        }
    }

    /** {@code remove name: type = default}: carries what is needed to bring the field back. */
    record Remove(String name, Type type, JsonNode defaultValue) implements LensOp {
        public Remove {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(defaultValue, "defaultValue (use NullNode for null)");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.remove(this);
        }

        @Override
        public Add reverse() {
            return new Add(name, type, defaultValue);
        }
    }

    /** {@code hoist host.name}: moves {@code name} out of the object {@code host} to its parent. */
    record Hoist(String host, String name) implements LensOp {
        public Hoist {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hoist(this);
        }

        @Override
        public Plunge reverse() {
            return new Plunge(host, name);
        }
    }

    /** {@code plunge name -> host}: moves {@code name} into the object {@code host}. */
    record Plunge(String host, String name) implements LensOp {
        public Plunge {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.plunge(this);
        }

        @Override
        public Hoist reverse() {
            return new Hoist(host, name);
        }
    }

    /** {@code wrap name}: a value becomes a one-item array. */
    record Wrap(String name) implements LensOp {
        public Wrap {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.wrap(this);
        }

        @Override
        public Head reverse() {
            return new Head(name);
        }
    }

    /** {@code head name}: an array becomes its first item (null when empty). */
    record Head(String name) implements LensOp {
        public Head {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.head(this);
        }

        @Override
        public Wrap reverse() {
            return new Wrap(name);
        }
    }

    /** {@code in name { ops }}: runs ops on the value of field {@code name}. */
    record In(String name, List<LensOp> ops) implements LensOp {
        public In {
            Objects.requireNonNull(name, "name");
            ops = List.copyOf(ops);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.in(this);
        }

        @Override
        public In reverse() {
            return new In(name, reverseAll(ops));
        }
    }

    /**
     * {@code map [by key] { ops }}: runs ops on every item of the current array. Onto a base, items
     * are aligned with the base's items by index, or with {@code key} by the value of that field
     * (which the ops leave alone): see {@link ItemAlignment}.
     *
     * @param key the field of the items that identifies them, or null to align by index
     */
    record Map(List<LensOp> ops, String key) implements LensOp {
        public Map {
            ops = List.copyOf(ops);
        }

        /** A map whose items line up with the base by index. */
        public Map(List<LensOp> ops) {
            this(ops, null);
        }

        public boolean keyed() {
            return key != null;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.map(this);
        }

        @Override
        public Map reverse() {
            return new Map(reverseAll(ops), key);
        }
    }

    /**
     * {@code convert name: from -> to { table }}: maps values through a table; entries may be
     * one-way. Values not in the table fall back to {@code forwardFallback} (going forward) or
     * {@code backwardFallback}; with no fallback, a value whose type changes is coerced where that
     * loses nothing (int 7 to string "7") and is an error otherwise.
     *
     * @param fromType the field's type before the op, null when unknown (inferred Cambria lenses)
     * @param toType the field's type after the op, null when unknown
     */
    record Convert(String name, Type fromType, Type toType, List<ValueMapping> table,
            JsonNode forwardFallback, JsonNode backwardFallback) implements LensOp {
        public Convert {
            Objects.requireNonNull(name, "name");
            table = List.copyOf(table);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.convert(this);
        }

        @Override
        public Convert reverse() {
            return new Convert(name, toType, fromType, table.stream().map(ValueMapping::reverse).toList(),
                    backwardFallback, forwardFallback);
        }
    }

    /** {@code custom name using class}: a hand-written lens on the value of one field. */
    record Custom(String name, String className, CustomLens lens, boolean reversed) implements LensOp {
        public Custom {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(lens, "lens");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.custom(this);
        }

        @Override
        public Custom reverse() {
            return new Custom(name, className, lens, !reversed);
        }
    }

    /**
     * {@code split name -> parts by splitting}: a string field becomes several string fields, in its
     * place; going back they are merged onto the base's text.
     */
    record Split(String name, List<Splitting.Part> parts, Splitting splitting) implements LensOp {
        public Split {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(splitting, "splitting");
            parts = List.copyOf(parts);
            splitting.requireFits(parts);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.split(this);
        }

        @Override
        public Merge reverse() {
            return new Merge(parts, name, splitting);
        }
    }

    /** {@code merge parts -> name by splitting}: the inverse of {@link Split}. */
    record Merge(List<Splitting.Part> parts, String name, Splitting splitting) implements LensOp {
        public Merge {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(splitting, "splitting");
            parts = List.copyOf(parts);
            splitting.requireFits(parts);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.merge(this);
        }

        @Override
        public Split reverse() {
            return new Split(name, parts, splitting);
        }
    }

    static List<LensOp> reverseAll(List<LensOp> ops) {
        List<LensOp> out = new ArrayList<>(ops.size());
        for (int i = ops.size() - 1; i >= 0; i--) {
            out.add(ops.get(i).reverse());
        }
        return List.copyOf(out);
    }
}
