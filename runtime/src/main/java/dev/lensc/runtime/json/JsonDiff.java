package dev.lensc.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.TreeSet;

/** Where two JSON values differ. */
public final class JsonDiff {
    private JsonDiff() {}

    /** The JSON pointer of the first difference (fields in sorted order), or null when equal. */
    public static String firstDifference(JsonNode a, JsonNode b) {
        return first(a, b, "");
    }

    /**
     * The pointers of every difference, deepest first found (fields in sorted order): a field or
     * item present on one side only, or values of different kinds or values.
     */
    public static java.util.List<String> differences(JsonNode a, JsonNode b) {
        java.util.List<String> out = new java.util.ArrayList<>();
        all(a, b, "", out);
        return out;
    }

    private static void all(JsonNode a, JsonNode b, String at, java.util.List<String> out) {
        if (JsonValues.equal(a, b)) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                all(a.get(n), b.get(n), JsonPointers.child(at, n), out);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                all(a.get(i), b.get(i), JsonPointers.child(at, i), out);
            }
        } else {
            out.add(at);
        }
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
