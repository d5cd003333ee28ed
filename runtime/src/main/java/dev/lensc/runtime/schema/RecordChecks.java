package dev.lensc.runtime.schema;

import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.lens.LensException;
import java.util.List;
import java.util.Map;

/**
 * What the constructors of generated records check, so that every record is a valid value of its
 * version however it was made: no null where the schema has none, in a component, a list item or a
 * map value, and in lists and maps inside lists and maps at any depth (nested records check their
 * own); the first null in document order is the one named. The failures read as {@code fromJson}'s
 * do, in the validator's words ({@link SchemaValidator#expected}): {@code at /title: not a valid
 * TodoItem version 3: expected a string, found null} (pointers from the record the constructor
 * builds).
 */
public final class RecordChecks {
    private RecordChecks() {}

    /**
     * Refuses a null component.
     *
     * @param what the record, as messages name it ({@code TodoItem version 3})
     * @param pointer the component's JSON pointer within the record ({@code /title})
     * @param expected a value of the field's type, as {@link SchemaValidator#expected} words it
     *     ({@code a string})
     */
    public static void nonNull(Object value, String what, String pointer, String expected) {
        if (value == null) {
            throw nullAt(what, pointer, expected);
        }
    }

    /**
     * Refuses a null item of {@code list} (a null list has none); a frozen list answers once.
     * {@code expected} words an item as {@link #nonNull}'s does a component.
     */
    public static void items(List<?> list, String what, String pointer, String expected) {
        if (Frozen.nullFree(list)) {
            return;
        }
        throw nullAt(what, JsonPointers.child(pointer, list.indexOf(null)), expected);
    }

    /** Refuses a null value of {@code map} (a null map has none); a frozen map answers once. */
    public static void values(Map<String, ?> map, String what, String pointer, String expected) {
        if (Frozen.nullFree(map)) {
            return;
        }
        throw nullAt(what, JsonPointers.child(pointer, firstNullKey(map)), expected);
    }

    /**
     * Refuses a null that {@code type} forbids inside {@code value} (a null value has none), at any
     * depth: for a list or map whose items are lists or maps ({@link #items} and {@link #values}
     * check flat ones). Frozen lists and maps answer for their own level once, so a valid value
     * costs a walk over its inner lists and maps, not over their items.
     *
     * @param type the component's type, a list or map type
     */
    public static void contents(Object value, Type type, String what, String pointer) {
        Misplaced m = firstNull(value, Type.nonNull(type));
        if (m != null) {
            throw nullAt(what, pointer + m.pointer(), SchemaValidator.expected(m.expected()));
        }
    }

    /** A null where {@code expected} is not nullable, at {@code pointer} below the value walked. */
    private record Misplaced(String pointer, Type expected) {
        Misplaced under(String token) {
            return new Misplaced(JsonPointers.child("", token) + pointer, expected);
        }
    }

    private static Misplaced firstNull(Object value, Type type) {
        if (value instanceof List<?> list && type instanceof Type.ArrayType a) {
            Type items = Type.nonNull(a.items());
            boolean nested = items instanceof Type.ArrayType || items instanceof Type.MapType;
            if (!nested) {
                return a.items().isNullable() || Frozen.nullFree(list) ? null
                        : new Misplaced(JsonPointers.child("", list.indexOf(null)), a.items());
            }
            for (int i = 0; i < list.size(); i++) {
                Misplaced m = itemOrInside(list.get(i), a.items());
                if (m != null) {
                    return m.under(Integer.toString(i));
                }
            }
        } else if (value instanceof Map<?, ?> map && type instanceof Type.MapType t) {
            Type values = Type.nonNull(t.values());
            boolean nested = values instanceof Type.ArrayType || values instanceof Type.MapType;
            if (!nested) {
                return t.values().isNullable() || Frozen.nullFree(stringKeyed(map)) ? null
                        : new Misplaced(JsonPointers.child("", firstNullKey(map)), t.values());
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Misplaced m = itemOrInside(e.getValue(), t.values());
                if (m != null) {
                    return m.under((String) e.getKey());
                }
            }
        }
        return null;
    }

    /** A list item or map value of {@code type}: itself a null it may not be, or one inside it. */
    private static Misplaced itemOrInside(Object item, Type type) {
        if (item == null) {
            return type.isNullable() ? null : new Misplaced("", type);
        }
        return firstNull(item, Type.nonNull(type));
    }

    /** The key of the first null value of {@code map}, which has one. */
    private static String firstNullKey(Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getValue() == null) {
                return (String) e.getKey();
            }
        }
        throw new IllegalArgumentException("no null value");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeyed(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    private static LensException nullAt(String what, String pointer, String expected) {
        return new LensException("not a valid " + what + ": expected " + expected + ", found null", pointer, null);
    }
}
