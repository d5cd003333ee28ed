package dev.lensc.runtime.schema;

import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.lens.LensException;
import java.util.List;
import java.util.Map;

/**
 * What the constructors of generated records check, so that every record is a valid value of its
 * version however it was made: no null where the schema has none, in a component, a list item or a
 * map value. The failures read as {@code fromJson}'s do: {@code at /title: not a valid TodoItem
 * version 3: expected string, found null} (pointers from the record the constructor builds).
 */
public final class RecordChecks {
    private RecordChecks() {}

    /**
     * Refuses a null component.
     *
     * @param what the record, as messages name it ({@code TodoItem version 3})
     * @param pointer the component's JSON pointer within the record ({@code /title})
     * @param type the field's type as the schema writes it ({@code string})
     */
    public static void nonNull(Object value, String what, String pointer, String type) {
        if (value == null) {
            throw nullAt(what, pointer, type);
        }
    }

    /** Refuses a null item of {@code list} (a null list has none); a frozen list answers once. */
    public static void items(List<?> list, String what, String pointer, String type) {
        if (Frozen.nullFree(list)) {
            return;
        }
        throw nullAt(what, JsonPointers.child(pointer, list.indexOf(null)), type);
    }

    /** Refuses a null value of {@code map} (a null map has none); a frozen map answers once. */
    public static void values(Map<String, ?> map, String what, String pointer, String type) {
        if (Frozen.nullFree(map)) {
            return;
        }
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (e.getValue() == null) {
                throw nullAt(what, JsonPointers.child(pointer, e.getKey()), type);
            }
        }
    }

    private static LensException nullAt(String what, String pointer, String type) {
        return new LensException("not a valid " + what + ": expected " + type + ", found null", pointer, null);
    }
}
