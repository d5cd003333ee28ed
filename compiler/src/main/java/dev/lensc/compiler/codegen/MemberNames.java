package dev.lensc.compiler.codegen;

import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Record component names for one document type, chosen across all its versions so that one Java
 * name never means two JSON names: when v1 has {@code created_at} and v2 {@code createdAt}, v2's
 * accessor is {@code createdAt()} and v1's {@code createdAt2()}, in every record of the type.
 * Objects are told apart by their path from the root ({@code items[].owner}); a JSON name that is
 * already a Java name gets it first.
 */
final class MemberNames {
    /** Path markers for what is inside an array or a map: they cannot be JSON field names of a path. */
    static final String ITEMS = "\u0000[]";
    static final String VALUES = "\u0000{}";

    private final Map<List<String>, Map<String, String>> byPath = new HashMap<>();

    private MemberNames() {}

    static MemberNames of(List<Type> versions) {
        Map<List<String>, Set<String>> jsonNames = new HashMap<>();
        for (Type t : versions) {
            collect(t, List.of(), jsonNames);
        }
        MemberNames names = new MemberNames();
        jsonNames.forEach((path, json) -> names.byPath.put(path, Naming.allocate(json, Naming::member)));
        return names;
    }

    /** The component name of JSON field {@code name} of the object at {@code path}. */
    String member(List<String> path, String name) {
        String member = byPath.getOrDefault(path, Map.of()).get(name);
        if (member == null) {
            throw new IllegalArgumentException("no member name for '" + name + "' at " + path);
        }
        return member;
    }

    static List<String> child(List<String> path, String step) {
        List<String> out = new ArrayList<>(path);
        out.add(step);
        return List.copyOf(out);
    }

    private static void collect(Type type, List<String> path, Map<List<String>, Set<String>> out) {
        if (type instanceof Type.NullableType n) {
            collect(n.inner(), path, out);
        } else if (type instanceof Type.ArrayType a) {
            collect(a.items(), child(path, ITEMS), out);
        } else if (type instanceof Type.MapType m) {
            collect(m.values(), child(path, VALUES), out);
        } else if (type instanceof Type.ObjectType o) {
            Set<String> names = out.computeIfAbsent(path, p -> new LinkedHashSet<>());
            for (Field f : o.fields()) {
                names.add(f.name());
                collect(f.type(), child(path, f.name()), out);
            }
        }
    }
}
