package dev.lensc.runtime.lens;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonValues;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * Which base item each item of a mapped array is translated onto. An item's identity is its key
 * (the value of the key field) and its occurrence: the n-th item with key {@code k} lines up with
 * the base's n-th item with key {@code k}. Items without a key (the field absent or null, or not an
 * object) share one identity, so they line up in order among themselves; a map without a key is
 * the case where no item has one, which is alignment by index. Items whose identity the base lacks
 * get no base (they are new: their target-only fields come from the defaults).
 *
 * <p>So deleting or moving items on one side keeps every other item on its own base item, and
 * translating up and straight back (GetPut) lines every item up with itself, duplicates included.
 */
public final class ItemAlignment {
    private static final Object NO_KEY = new Object();

    private ItemAlignment() {}

    /**
     * @param key the key field, or null for alignment by index
     * @return item {@code i} is the base of {@code items}' item {@code i}, or null when it has none
     */
    public static JsonNode[] bases(JsonNode base, JsonNode items, String key) {
        JsonNode[] out = new JsonNode[items.size()];
        if (base == null || !base.isArray()) {
            return out;
        }
        if (key == null) {
            for (int i = 0; i < out.length && i < base.size(); i++) {
                out[i] = base.get(i);
            }
            return out;
        }
        HashMap<Object, ArrayDeque<JsonNode>> byIdentity = new HashMap<>();
        for (JsonNode item : base) {
            byIdentity.computeIfAbsent(identity(item, key), k -> new ArrayDeque<>()).add(item);
        }
        for (int i = 0; i < out.length; i++) {
            ArrayDeque<JsonNode> queue = byIdentity.get(identity(items.get(i), key));
            out[i] = queue == null ? null : queue.poll();
        }
        return out;
    }

    /** The item's key value, or null when it has none (absent, null, or the item is no object). */
    public static JsonNode keyOf(JsonNode item, String key) {
        JsonNode value = item != null && item.isObject() ? item.get(key) : null;
        return value == null || value.isNull() ? null : value;
    }

    /** Whether the keys of the items (those that have one) are all different. */
    public static boolean distinctKeys(List<JsonNode> items, String key) {
        HashSet<Object> seen = new HashSet<>();
        for (JsonNode item : items) {
            JsonNode k = keyOf(item, key);
            if (k != null && !seen.add(new Key(k))) {
                return false;
            }
        }
        return true;
    }

    private static Object identity(JsonNode item, String key) {
        JsonNode k = keyOf(item, key);
        return k == null ? NO_KEY : new Key(k);
    }

    /** A key value compared as JSON compares it (1 and 1.0 are one key). */
    private record Key(JsonNode value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && JsonValues.equal(value, other.value);
        }

        @Override
        public int hashCode() {
            if (value.isNumber()) {
                return value.decimalValue().stripTrailingZeros().hashCode();
            }
            return value.isValueNode() ? value.hashCode() : 0;
        }
    }
}
