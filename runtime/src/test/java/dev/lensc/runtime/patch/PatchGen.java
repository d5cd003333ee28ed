package dev.lensc.runtime.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random documents of a type, and random patch ops that are valid on a document and keep it
 * a value of the type. (Private to these tests until the runtime has a shared generator.)
 */
final class PatchGen {
    enum Kind { ADD, REMOVE, REPLACE, MOVE, COPY, TEST }

    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final String[] STRINGS = {"", "a", "hello", "x/y", "t~0", "~1", "Zo\u00eb", "b"};
    private static final String[] KEYS = {"k", "k2", "a/b", "t~x", "-", "0"};

    private final Random random;
    private final boolean removeFields;
    private final boolean sparse;

    PatchGen(long seed, boolean removeFields) {
        this(seed, removeFields, false);
    }

    /** @param sparse whether documents leave optional fields out (a quarter of the time) */
    PatchGen(long seed, boolean removeFields, boolean sparse) {
        this.random = new Random(seed);
        this.removeFields = removeFields;
        this.sparse = sparse;
    }

    Random random() {
        return random;
    }

    JsonNode value(Type type) {
        return value(type, 0);
    }

    private JsonNode value(Type type, int depth) {
        if (type instanceof Type.NullableType n) {
            return random.nextInt(4) == 0 ? N.nullNode() : value(n.inner(), depth);
        } else if (type instanceof Type.StringType) {
            return N.textNode(STRINGS[random.nextInt(STRINGS.length)]);
        } else if (type instanceof Type.IntType) {
            return N.numberNode(random.nextInt(20) - 5);
        } else if (type instanceof Type.LongType) {
            return N.numberNode((long) random.nextInt(1000));
        } else if (type instanceof Type.DoubleType) {
            return N.numberNode(random.nextInt(40) / 4.0);
        } else if (type instanceof Type.BooleanType) {
            return N.booleanNode(random.nextBoolean());
        } else if (type instanceof Type.EnumType e) {
            return N.textNode(e.values().get(random.nextInt(e.values().size())));
        } else if (type instanceof Type.ArrayType a) {
            ArrayNode out = N.arrayNode();
            int n = depth > 3 ? 0 : random.nextInt(4);
            for (int i = 0; i < n; i++) {
                out.add(value(a.items(), depth + 1));
            }
            return out;
        } else if (type instanceof Type.MapType m) {
            ObjectNode out = N.objectNode();
            int n = depth > 3 ? 0 : random.nextInt(4);
            for (int i = 0; i < n; i++) {
                out.set(KEYS[random.nextInt(KEYS.length)], value(m.values(), depth + 1));
            }
            return out;
        } else if (type instanceof Type.ObjectType o) {
            ObjectNode out = N.objectNode();
            for (Field f : o.fields()) {
                if (!(sparse && f.optional() && random.nextInt(4) == 0)) {
                    out.set(f.name(), value(f.type(), depth + 1));
                }
            }
            return out;
        }
        // any
        return random.nextBoolean() ? N.textNode(STRINGS[random.nextInt(STRINGS.length)]) : N.numberNode(random.nextInt(9));
    }

    /** An existing value: where it is, its type, whether removing it keeps the document valid. */
    record Location(List<String> tokens, Type type, JsonNode node, boolean removable) {
        String pointer() {
            return JsonPointers.join(tokens);
        }
    }

    /** A place a value can be added: a pointer and the type the value must have. */
    record Slot(String pointer, Type type) {}

    List<Location> locations(JsonNode doc, Type type) {
        List<Location> out = new ArrayList<>();
        walk(doc, type, new ArrayList<>(), false, out, null);
        return out;
    }

    List<Slot> slots(JsonNode doc, Type type) {
        List<Slot> out = new ArrayList<>();
        walk(doc, type, new ArrayList<>(), false, new ArrayList<>(), out);
        return out;
    }

    private void walk(JsonNode node, Type type, List<String> at, boolean removable, List<Location> locations,
            List<Slot> slots) {
        locations.add(new Location(List.copyOf(at), type, node, removable));
        Type t = Type.nonNull(type);
        if (node.isNull()) {
            return;
        }
        if (t instanceof Type.ObjectType o && node.isObject()) {
            for (Field f : o.fields()) {
                List<String> child = with(at, f.name());
                if (slots != null) {
                    slots.add(new Slot(JsonPointers.join(child), f.type()));
                }
                if (node.has(f.name())) {
                    boolean canGo = removeFields && f.optional();
                    walk(node.get(f.name()), f.type(), child, canGo, locations, slots);
                }
            }
        } else if (t instanceof Type.ArrayType a && node.isArray()) {
            for (int i = 0; i <= node.size(); i++) {
                if (slots != null) {
                    slots.add(new Slot(JsonPointers.join(with(at, String.valueOf(i))), a.items()));
                }
                if (i < node.size()) {
                    walk(node.get(i), a.items(), with(at, String.valueOf(i)), true, locations, slots);
                }
            }
            if (slots != null) {
                slots.add(new Slot(JsonPointers.join(with(at, "-")), a.items()));
            }
        } else if (t instanceof Type.MapType m && node.isObject()) {
            for (String key : KEYS) {
                if (slots != null) {
                    slots.add(new Slot(JsonPointers.join(with(at, key)), m.values()));
                }
                if (node.has(key)) {
                    walk(node.get(key), m.values(), with(at, key), true, locations, slots);
                }
            }
        }
    }

    private static List<String> with(List<String> at, String token) {
        List<String> out = new ArrayList<>(at);
        out.add(token);
        return out;
    }

    /** A random op of the kind, valid on {@code doc}, or null when the document offers none. */
    PatchOp op(Kind kind, JsonNode doc, Type type) {
        switch (kind) {
            case ADD: {
                Slot s = pick(slots(doc, type));
                return s == null ? null : new PatchOp.Add(s.pointer(), value(s.type()));
            }
            case REPLACE: {
                if (random.nextInt(30) == 0) {
                    return new PatchOp.Replace("", value(type));
                }
                Location l = pick(locations(doc, type).subList(1, locations(doc, type).size()));
                return l == null ? null : new PatchOp.Replace(l.pointer(), value(l.type()));
            }
            case REMOVE: {
                Location l = pick(removable(doc, type));
                return l == null ? null : new PatchOp.Remove(l.pointer());
            }
            case MOVE: {
                Location from = pick(removable(doc, type));
                if (from == null) {
                    return null;
                }
                JsonNode rest = JsonPatch.of(new PatchOp.Remove(from.pointer())).applyTo(doc);
                Slot to = pick(fitting(slots(rest, type), from));
                return to == null ? null : new PatchOp.Move(from.pointer(), to.pointer());
            }
            case COPY: {
                List<Location> all = locations(doc, type);
                Location from = pick(all.subList(1, all.size()));
                Slot to = from == null ? null : pick(fitting(slots(doc, type), from));
                return to == null ? null : new PatchOp.Copy(from.pointer(), to.pointer());
            }
            default: {
                Location l = pick(locations(doc, type));
                return new PatchOp.Test(l.pointer(), l.node().deepCopy());
            }
        }
    }

    /** A patch of up to {@code maxOps} ops of random kinds, each valid after the ones before. */
    JsonPatch patch(JsonNode doc, Type type, int maxOps, List<Kind> kinds) {
        List<PatchOp> ops = new ArrayList<>();
        JsonNode at = doc;
        int n = 1 + random.nextInt(maxOps);
        for (int tries = 0; ops.size() < n && tries < n * 5; tries++) {
            PatchOp op = op(kinds.get(random.nextInt(kinds.size())), at, type);
            if (op != null) {
                ops.add(op);
                at = JsonPatch.of(op).applyTo(at);
            }
        }
        return new JsonPatch(ops);
    }

    private List<Location> removable(JsonNode doc, Type type) {
        return locations(doc, type).stream().filter(Location::removable).toList();
    }

    private static List<Slot> fitting(List<Slot> slots, Location from) {
        String prefix = from.pointer() + "/";
        return slots.stream()
                .filter(s -> Types.assignable(from.type(), s.type()) && !s.pointer().startsWith(prefix))
                .toList();
    }

    private <T> T pick(List<T> list) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }
}
