package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** One op of a lens as written. */
public sealed interface OpNode extends LensItem {
    /** The field names the op mentions, for placing "no field" errors on the right name. */
    List<Name> names();

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R accept(LensItem.Visitor<R> visitor) {
        return visitor.op(this);
    }

    /** One method per op, so the compiler checks that every consumer of the AST handles each. */
    interface Visitor<R> {
        R rename(RenameOp op);
        R add(AddOp op);
        R remove(RemoveOp op);
        R hoist(HoistOp op);
        R plunge(PlungeOp op);
        R wrap(WrapOp op);
        R head(HeadOp op);
        R in(InOp op);
        R map(MapOp op);
        R convert(ConvertOp op);
        R custom(CustomOp op);
        R split(SplitOp op);
        R merge(MergeOp op);
        R semantic(SemanticOp op);
    }

    record RenameOp(Name from, Name to, Location location) implements OpNode {
        public List<Name> names() { return List.of(from, to); }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rename(this);
        }
    }

    record AddOp(Name name, TypeNode type, ValueNode defaultValue, Location location) implements OpNode {
        public List<Name> names() { return List.of(name); }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.add(this);
        }
    }

    record RemoveOp(Name name, TypeNode type, ValueNode defaultValue, Location location) implements OpNode {
        public List<Name> names() { return List.of(name); }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.remove(this);
        }
    }

    record HoistOp(Name host, Name name, Location location) implements OpNode {
        public List<Name> names() { return List.of(host, name); }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hoist(this);
        }
    }

    record PlungeOp(Name name, Name host, Location location) implements OpNode {
        public List<Name> names() { return List.of(name, host); }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.plunge(this);
        }
    }

    /** {@code wrap f [-> g]}; {@code renameTo} is null without the arrow. */
    record WrapOp(Name name, Name renameTo, Location location) implements OpNode {
        public List<Name> names() { return List.of(name); }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.wrap(this);
        }
    }

    /** {@code head f [-> g]}. */
    record HeadOp(Name name, Name renameTo, Location location) implements OpNode {
        public List<Name> names() { return List.of(name); }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.head(this);
        }
    }

    record InOp(Name name, List<OpNode> ops, Location location) implements OpNode {
        public InOp {
            ops = List.copyOf(ops);
        }

        public List<Name> names() { return List.of(name); }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.in(this);
        }
    }

    /**
     * {@code map f { ops }} ({@code name} set) or {@code map { ops }} inside {@code in};
     * {@code key} is the field of {@code map f by key}, null without {@code by}.
     */
    record MapOp(Name name, Name key, List<OpNode> ops, Location location) implements OpNode {
        public MapOp {
            ops = List.copyOf(ops);
        }

        public List<Name> names() { return name == null ? List.of() : List.of(name); }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.map(this);
        }
    }

    /** {@code convert f[: T -> U] { entries }}; the types are null when not written. */
    record ConvertOp(Name name, TypeNode fromType, TypeNode toType, List<ConvertEntry> entries,
            Location location) implements OpNode {
        public ConvertOp {
            entries = List.copyOf(entries);
        }

        public List<Name> names() { return List.of(name); }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.convert(this);
        }
    }

    /** Direction of a table entry or fallback: {@code <->}, {@code ->}, {@code <-}. */
    enum Direction { BOTH, FORWARD, BACKWARD }

    /**
     * {@code old <-> new}, {@code old -> new} (one way forward), {@code old <- new} (one way back): the
     * left value is always of the older version. A fallback has no left value ({@code left == null}):
     * {@code else -> v} turns every other value into {@code v} going forward, {@code else <- v} going back.
     */
    record ConvertEntry(ValueNode left, Direction direction, ValueNode right, Location location) {
        public boolean isFallback() {
            return left == null;
        }
    }

    record CustomOp(Name name, String className, Location classLocation, Location location) implements OpNode {
        public List<Name> names() { return List.of(name); }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.custom(this);
        }
    }

    /** {@code split f -> a, b = "?" by ...}: one string field becomes several. */
    record SplitOp(Name name, List<SplitPart> parts, SplitRule rule, Location location) implements OpNode {
        public SplitOp {
            parts = List.copyOf(parts);
        }

        public List<Name> names() {
            List<Name> out = new java.util.ArrayList<>();
            out.add(name);
            parts.forEach(p -> out.add(p.name()));
            return out;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.split(this);
        }
    }

    /** {@code merge a, b = "?" -> f by ...}: the inverse of a split. */
    record MergeOp(List<SplitPart> parts, Name name, SplitRule rule, Location location) implements OpNode {
        public MergeOp {
            parts = List.copyOf(parts);
        }

        public List<Name> names() {
            List<Name> out = new java.util.ArrayList<>();
            parts.forEach(p -> out.add(p.name()));
            out.add(name);
            return out;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.merge(this);
        }
    }

    /** A part of a split or merge, with the value it takes when the text has none (null: ""). */
    record SplitPart(Name name, String missing, Location missingLocation) {}

    /**
     * {@code by "sep"} ({@code separator}), or {@code by /regex/ format "..." else -> ...}; null
     * where the op writes none (then {@code by " "}).
     */
    record SplitRule(String separator, String regex, Location regexLocation, String format, Location formatLocation,
            List<SplitElse> elseRule, Location location) {
        public SplitRule {
            elseRule = elseRule == null ? null : List.copyOf(elseRule);
        }
    }

    /** {@code part: "literal"} or {@code part: field} (the whole text) of an else rule. */
    record SplitElse(Name part, String literal, Name source) {}

    /** {@code semantic f} inside a lens: parsed to be reported, it belongs in the schema block. */
    record SemanticOp(FieldPathNode field, Location location) implements OpNode {
        public List<Name> names() { return field.names(); }

        @Override
        public <R> R accept(OpNode.Visitor<R> visitor) {
            return visitor.semantic(this);
        }
    }
}
