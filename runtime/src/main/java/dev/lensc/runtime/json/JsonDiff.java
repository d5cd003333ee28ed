package dev.lensc.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.TreeSet;

/** Where two JSON values first differ. */
public final class JsonDiff {
    private JsonDiff() {}

    /** The JSON pointer of the first difference (fields in sorted order), or null when equal. */
    public static String firstDifference(JsonNode a, JsonNode b) {
        return first(a, b, "");
    }

    private static String first(JsonNode a, JsonNode b, String at) {
        if (JsonValues.equal(a, b)) {
            return null;
        }
        if (a == null || b == null) {
            return at;
        }
        if (a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            for (Iterator<String> it = a.fieldNames(); it.hasNext();) {
                names.add(it.next());
            }
            for (Iterator<String> it = b.fieldNames(); it.hasNext();) {
                names.add(it.next());
            }
            for (String n : names) {
                String d = first(a.get(n), b.get(n), JsonPointers.child(at, n));
                if (d != null) {
                    return d;
                }
            }
            return at;
        }
        if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String d = first(a.get(i), b.get(i), JsonPointers.child(at, i));
                if (d != null) {
                    return d;
                }
            }
            return at;
        }
        return at;
    }
}
