package dev.lensc.compiler.codegen;

import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;

/**
 * Whether every value of one type is a value of another, decided on the types alone (false when
 * unsure): where the ops' derived output type lies within the declared target version, a document
 * that fits the source version translates to one that fits the target, and no output check is due.
 */
final class Subtypes {
    private Subtypes() {}

    static boolean within(Type d, Type t) {
        if (d.equals(t) || t instanceof Type.AnyType) {
            return true;
        }
        if (t instanceof Type.NullableType nt) {
            return within(Type.nonNull(d), nt.inner());
        }
        if (d instanceof Type.NullableType) {
            return false;
        }
        if (d instanceof Type.IntType) {
            return t instanceof Type.LongType || t instanceof Type.DoubleType;
        }
        if (d instanceof Type.LongType) {
            return t instanceof Type.DoubleType;
        }
        if (d instanceof Type.EnumType de) {
            return t instanceof Type.EnumType te && te.values().containsAll(de.values());
        }
        if (d instanceof Type.ArrayType da) {
            return t instanceof Type.ArrayType ta && within(da.items(), ta.items());
        }
        if (d instanceof Type.MapType dm) {
            return t instanceof Type.MapType tm && within(dm.values(), tm.values());
        }
        if (d instanceof Type.ObjectType dobj && t instanceof Type.ObjectType tobj) {
            for (Field f : dobj.fields()) {
                Field target = tobj.field(f.name()).orElse(null);
                if (target == null || (f.optional() && target.required()) || !within(f.type(), target.type())) {
                    return false;
                }
            }
            for (Field target : tobj.fields()) {
                if (target.required() && dobj.field(target.name()).map(Field::optional).orElse(true)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
