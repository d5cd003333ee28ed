package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** One op of a lens as written. */
public sealed interface OpNode {
    Location location();

    /** The field names the op mentions, for placing "no field" errors on the right name. */
    List<Name> names();

    record RenameOp(Name from, Name to, Location location) implements OpNode {
        public List<Name> names() { return List.of(from, to); }
    }

    record AddOp(Name name, TypeNode type, ValueNode defaultValue, Location location) implements OpNode {
        public List<Name> names() { return List.of(name); }
    }

    record RemoveOp(Name name, TypeNode type, ValueNode defaultValue, Location location) implements OpNode {
        public List<Name> names() { return List.of(name); }
    }

    record HoistOp(Name host, Name name, Location location) implements OpNode {
        public List<Name> names() { return List.of(host, name); }
    }

    record PlungeOp(Name name, Name host, Location location) implements OpNode {
        public List<Name> names() { return List.of(name, host); }
    }

    /** {@code wrap f [-> g]}; {@code renameTo} is null without the arrow. */
    record WrapOp(Name name, Name renameTo, Location location) implements OpNode {
        public List<Name> names() { return List.of(name); }
    }

    /** {@code head f [-> g]}. */
    record HeadOp(Name name, Name renameTo, Location location) implements OpNode {
        public List<Name> names() { return List.of(name); }
    }

    record InOp(Name name, List<OpNode> ops, Location location) implements OpNode {
        public InOp {
            ops = List.copyOf(ops);
        }

        public List<Name> names() { return List.of(name); }
    }

    /** {@code map f { ops }} ({@code name} set) or {@code map { ops }} inside {@code in}. */
    record MapOp(Name name, List<OpNode> ops, Location location) implements OpNode {
        public MapOp {
            ops = List.copyOf(ops);
        }

        public List<Name> names() { return name == null ? List.of() : List.of(name); }
    }

    /** {@code convert f[: T -> U] { entries }}; the types are null when not written. */
    record ConvertOp(Name name, TypeNode fromType, TypeNode toType, List<ConvertEntry> entries,
            Location location) implements OpNode {
        public ConvertOp {
            entries = List.copyOf(entries);
        }

        public List<Name> names() { return List.of(name); }
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
    }

    /** {@code split f -> a, b [by "sep"]}: parsed, not supported yet. */
    record SplitOp(Name name, List<Name> parts, String separator, Location location) implements OpNode {
        public SplitOp {
            parts = List.copyOf(parts);
        }

        public List<Name> names() { return List.of(name); }
    }

    /** {@code merge a, b -> f [by "sep"]}: parsed, not supported yet. */
    record MergeOp(List<Name> parts, Name name, String separator, Location location) implements OpNode {
        public MergeOp {
            parts = List.copyOf(parts);
        }

        public List<Name> names() { return parts; }
    }

    /** {@code semantic f}: parsed, not supported yet. */
    record SemanticOp(Name name, Location location) implements OpNode {
        public List<Name> names() { return List.of(name); }
    }

    /**
     * {@code lossy PutGet, CreateGet "why"}: the lens's author accepts that the lens breaks these
     * laws; {@code reason} is null when not given. Not an op on documents.
     */
    record LossyOp(List<Name> laws, String reason, Location location) implements OpNode {
        public LossyOp {
            laws = List.copyOf(laws);
        }

        public List<Name> names() { return laws; }
    }
}
