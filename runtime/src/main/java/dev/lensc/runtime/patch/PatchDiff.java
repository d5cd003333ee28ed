package dev.lensc.runtime.patch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The ops that turn one document into another, as local as the documents allow: equal subtrees
 * are left alone, objects differ member by member, arrays by the stretch between their common
 * prefix and suffix (so one inserted or removed item is one add or remove).
 */
public final class PatchDiff {
    private PatchDiff() {}

    public static List<PatchOp> diff(JsonNode from, JsonNode to) {
        List<PatchOp> out = new ArrayList<>();
        diff(from, to, "", out);
        return out;
    }

    static void diff(JsonNode a, JsonNode b, String at, List<PatchOp> out) {
        if (JsonValues.equal(a, b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            for (Iterator<String> it = a.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (!b.has(key)) {
                    out.add(new PatchOp.Remove(JsonPointers.child(at, key)));
                }
            }
            for (Iterator<String> it = b.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (a.has(key)) {
                    diff(a.get(key), b.get(key), JsonPointers.child(at, key), out);
                } else {
                    out.add(new PatchOp.Add(JsonPointers.child(at, key), b.get(key).deepCopy()));
                }
            }
        } else if (a.isArray() && b.isArray()) {
            int na = a.size();
            int nb = b.size();
            int prefix = 0;
            while (prefix < Math.min(na, nb) && JsonValues.equal(a.get(prefix), b.get(prefix))) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < Math.min(na, nb) - prefix
                    && JsonValues.equal(a.get(na - 1 - suffix), b.get(nb - 1 - suffix))) {
                suffix++;
            }
            int lenA = na - prefix - suffix;
            int lenB = nb - prefix - suffix;
            int common = Math.min(lenA, lenB);
            for (int i = 0; i < common; i++) {
                diff(a.get(prefix + i), b.get(prefix + i), JsonPointers.child(at, prefix + i), out);
            }
            for (int i = lenA - 1; i >= common; i--) {
                out.add(new PatchOp.Remove(JsonPointers.child(at, prefix + i)));
            }
            for (int i = common; i < lenB; i++) {
                out.add(new PatchOp.Add(JsonPointers.child(at, prefix + i), b.get(prefix + i).deepCopy()));
            }
        } else {
            out.add(new PatchOp.Replace(at, b.deepCopy()));
        }
    }
}
