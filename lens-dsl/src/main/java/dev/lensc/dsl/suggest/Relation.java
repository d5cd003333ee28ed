package dev.lensc.dsl.suggest;

import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;

/** How the type of a field in the newer version relates to its type in the older one (both non-null). */
enum Relation {
    SAME(1),
    /** {@code T} became {@code [T]}. */
    WRAP(0.8),
    /** {@code [T]} became {@code T}. */
    HEAD(0.8),
    /** Both objects: their fields are compared in turn. */
    OBJECTS(0.6),
    /** Both arrays of objects: the items' fields are compared in turn. */
    ITEMS(0.6),
    /** Every older value is a newer value: int to long, an enum to a larger one or to string. */
    WIDEN(0.7),
    /** Scalars of other types: a convert table maps them. */
    CONVERT(0.4),
    /** One side is any: nothing to change. */
    UNRELATED_ANY(0.5),
    UNRELATED(0);

    private final double score;

    Relation(double score) {
        this.score = score;
    }

    double score() {
        return score;
    }

    static Relation of(Type older, Type newer) {
        Type a = Type.nonNull(older);
        Type b = Type.nonNull(newer);
        if (a.equals(b)) {
            return SAME;
        }
        if (a instanceof Type.AnyType || b instanceof Type.AnyType) {
            return UNRELATED_ANY;
        }
        if (a instanceof Type.ObjectType && b instanceof Type.ObjectType) {
            return OBJECTS;
        }
        if (a instanceof Type.ArrayType x && b instanceof Type.ArrayType y) {
            return Type.nonNull(x.items()) instanceof Type.ObjectType && Type.nonNull(y.items()) instanceof Type.ObjectType
                    ? ITEMS : Types.assignable(x.items(), y.items()) ? WIDEN : UNRELATED;
        }
        if (b instanceof Type.ArrayType y && of(a, y.items()) == SAME) {
            return WRAP;
        }
        if (a instanceof Type.ArrayType x && of(x.items(), b) == SAME) {
            return HEAD;
        }
        if (a instanceof Type.EnumType && b instanceof Type.EnumType) {
            return CONVERT; // a table: the values both have map to themselves, the others are decisions
        }
        if (Types.assignable(a, b)) {
            return WIDEN;
        }
        return scalar(a) && scalar(b) ? CONVERT : UNRELATED;
    }

    private static boolean scalar(Type t) {
        return t instanceof Type.StringType || t instanceof Type.BooleanType || t instanceof Type.EnumType
                || t instanceof Type.IntType || t instanceof Type.LongType || t instanceof Type.DoubleType;
    }
}
