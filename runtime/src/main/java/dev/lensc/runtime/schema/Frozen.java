package dev.lensc.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The lists and maps of generated records: copied when a caller hands them in (so a record never
 * changes under its owner), unmodifiable, nested lists and maps too, nulls kept where the schema
 * allows them. A collection that is already frozen is taken as it is, so reading a document
 * ({@link RecordReads}) and then constructing the record copies nothing twice.
 *
 * <p>The values of {@code any} fields are Jackson trees, which have no unmodifiable form: a record
 * holds its own deep copy ({@link #node}, and the items of lists and maps handed in) and gives out
 * copies (its accessor, and {@code get} and iteration of its frozen lists and maps), so no caller
 * can change what it holds.
 */
public final class Frozen {
    private Frozen() {}

    /** A frozen copy of {@code list} (null stays null). */
    public static <T> List<T> list(List<T> list) {
        if (list == null || list instanceof FrozenList) {
            return list;
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T item : list) {
            copy.add(freeze(item));
        }
        return new FrozenList<>(copy);
    }

    /** A frozen copy of {@code map}, in its order (null stays null). */
    public static <V> Map<String, V> map(Map<String, V> map) {
        if (map == null || map instanceof FrozenMap) {
            return map;
        }
        Map<String, V> copy = new LinkedHashMap<>();
        for (Map.Entry<String, V> e : map.entrySet()) {
            copy.put(e.getKey(), freeze(e.getValue()));
        }
        return new FrozenMap<>(copy);
    }

    /** A deep copy of {@code node} (null stays null): the value of an {@code any} field, its record's own. */
    public static JsonNode node(JsonNode node) {
        return node == null ? null : node.deepCopy();
    }

    /**
     * A deep copy of {@code node}, JSON null for a Java null: the value of an {@code any} field
     * whose Java null stands for neither an absent field nor a nullable's null.
     */
    public static JsonNode value(JsonNode node) {
        return node == null ? NullNode.getInstance() : node.deepCopy();
    }

    /** A frozen list of no items. */
    public static <T> List<T> empty() {
        return new FrozenList<>(List.of());
    }

    /** A frozen list of one item ({@code wrap} in generated code): no copy left for the record to make. */
    public static <T> List<T> one(T item) {
        // through list(), as a hand-written List.of handed to a record's constructor goes: measured faster
        // than filling an ArrayList here (RecordOneCase todoGenerated 59 -> 48 ns/op, load 8)
        return list(Collections.singletonList(item));
    }

    /**
     * Whether no item of {@code list} is null (a null list has none). A frozen list answers once
     * and remembers: it never changes.
     */
    public static boolean nullFree(List<?> list) {
        if (list instanceof FrozenList<?> frozen) {
            return frozen.nullFree();
        }
        return list == null || scan(list);
    }

    /** Whether no value of {@code map} is null (a null map has none); a frozen map answers once. */
    public static boolean nullFree(Map<String, ?> map) {
        if (map instanceof FrozenMap<?> frozen) {
            return frozen.nullFree();
        }
        return map == null || scan(map.values());
    }

    private static boolean scan(Iterable<?> values) {
        for (Object v : values) {
            if (v == null) {
                return false;
            }
        }
        return true;
    }

    /** {@code list}, which the caller built and hands over, frozen without a copy. */
    static <T> List<T> adopt(ArrayList<T> list) {
        return new FrozenList<>(list);
    }

    /** {@code map}, which the caller built and hands over, frozen without a copy. */
    static <V> Map<String, V> adopt(LinkedHashMap<String, V> map) {
        return new FrozenMap<>(map);
    }

    @SuppressWarnings("unchecked")
    private static <T> T freeze(T value) {
        if (value instanceof List<?> l) {
            return (T) list((List<Object>) l);
        } else if (value instanceof Map<?, ?> m) {
            return (T) map((Map<String, Object>) m);
        } else if (value instanceof JsonNode n) {
            return (T) n.deepCopy();
        }
        return value;
    }

    /** {@code value}, or a copy of it when it is a tree: what a frozen list or map gives out. */
    @SuppressWarnings("unchecked")
    private static <T> T out(T value) {
        return value instanceof JsonNode n ? (T) n.deepCopy() : value;
    }

    private static final class FrozenList<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> items;
        /** 0 until asked, then 1 when no item is null, 2 when one is (racing threads compute the same). */
        private int nullFree;

        FrozenList(List<T> items) {
            this.items = items;
        }

        boolean nullFree() {
            if (nullFree == 0) {
                nullFree = scan(items) ? 1 : 2;
            }
            return nullFree == 1;
        }

        @Override
        public T get(int index) {
            return out(items.get(index));
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    private static final class FrozenMap<V> extends AbstractMap<String, V> {
        private final Map<String, V> entries;
        /** Whether a value is a tree: then what the map gives out are copies. */
        private final boolean nodes;
        /** As {@link FrozenList#nullFree}. */
        private int nullFree;

        FrozenMap(Map<String, V> entries) {
            this.entries = Collections.unmodifiableMap(entries);
            boolean trees = false;
            for (V v : entries.values()) {
                trees |= v instanceof JsonNode;
            }
            this.nodes = trees;
        }

        boolean nullFree() {
            if (nullFree == 0) {
                nullFree = scan(entries.values()) ? 1 : 2;
            }
            return nullFree == 1;
        }

        @Override
        public Set<Map.Entry<String, V>> entrySet() {
            if (!nodes) {
                return entries.entrySet();
            }
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, V>> iterator() {
                    Iterator<Map.Entry<String, V>> it = entries.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Map.Entry<String, V> next() {
                            Map.Entry<String, V> e = it.next();
                            return new AbstractMap.SimpleImmutableEntry<>(e.getKey(), out(e.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return entries.size();
                }
            };
        }

        @Override
        public V get(Object key) {
            return out(entries.get(key));
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }
}
