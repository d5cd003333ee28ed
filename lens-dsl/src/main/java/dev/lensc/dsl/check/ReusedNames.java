package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.Location;
import dev.lensc.dsl.ast.LensNode;
import dev.lensc.dsl.ast.ReuseDeclaration;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A field name that one lens removes and a later lens (on the same branch of the chain) brings back
 * with another type: code written for the older versions still takes the name for the old field, the
 * way a reused flag did at Knight Capital in 2012. A warning, unless the lens declares the reuse
 * ({@code reuse flag "why"}); a declaration that names no such field is an error.
 *
 * <p>Fields are named by their path: {@code addr.city}, items of arrays transparent ({@code items.n}).
 */
final class ReusedNames {
    private record Removal(Type type, LensNode lens) {}

    private final Diagnostics diagnostics;

    ReusedNames(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param chain the lenses in derivation order (each after the lens into its source version)
     * @param types every reached version's type
     * @param uncertain versions derived through errors: their lenses are not judged
     */
    void check(Iterable<LensNode> chain, Map<Integer, Type> types, Set<Integer> uncertain) {
        Map<Integer, Map<String, Removal>> removedBefore = new HashMap<>();
        for (LensNode l : chain) {
            Map<String, Removal> removed = new HashMap<>(removedBefore.getOrDefault(l.from(), Map.of()));
            Map<String, Type> before = paths(types.get(l.from()));
            Map<String, Type> after = paths(types.get(l.to()));
            if (!uncertain.contains(l.to())) {
                check(l, before, after, removed);
            }
            before.forEach((path, type) -> {
                if (!after.containsKey(path)) {
                    removed.put(path, new Removal(type, l));
                }
            });
            after.keySet().forEach(removed::remove);
            removedBefore.put(l.to(), removed);
        }
    }

    private void check(LensNode l, Map<String, Type> before, Map<String, Type> after, Map<String, Removal> removed) {
        Map<String, ReuseDeclaration> declared = new LinkedHashMap<>();
        l.reuses().forEach(r -> declared.putIfAbsent(r.pathText(), r));
        Map<String, Location> introducedAt = NameIntroductions.of(l.ops());
        for (Map.Entry<String, Type> e : after.entrySet()) {
            String path = e.getKey();
            Removal gone = removed.get(path);
            if (before.containsKey(path) || gone == null) {
                continue;
            }
            ReuseDeclaration declaration = declared.remove(path);
            if (declaration != null || gone.type().equals(e.getValue()) || parentComesBack(path, before, after)) {
                continue;
            }
            diagnostics.warning(introducedAt.getOrDefault(path, l.location()), DiagnosticCode.REUSED_NAME, "field '"
                    + path + "' comes back as " + TypeText.display(e.getValue()) + ", but lens " + gone.lens().from()
                    + " -> " + gone.lens().to() + " removed it as " + TypeText.display(gone.type())
                    + ": code that knows the old field takes the new one for it",
                    "use a new name, or declare the reuse with its reason: reuse " + path + " \"why\"");
        }
        for (ReuseDeclaration r : declared.values()) {
            boolean comesBack = after.containsKey(r.pathText()) && !before.containsKey(r.pathText());
            diagnostics.error(r.location(), DiagnosticCode.INVALID_OP, "'reuse " + r.pathText() + "': "
                    + (comesBack ? "no earlier lens removed a field '" + r.pathText() + "'"
                            : "lens " + l.from() + " -> " + l.to() + " brings no field '" + r.pathText() + "' back"),
                    "declare a reuse in the lens that brings a removed field name back; remove this one");
        }
    }

    /** Whether a field around this one comes back too: the warning belongs to the outermost. */
    private static boolean parentComesBack(String path, Map<String, Type> before, Map<String, Type> after) {
        for (int dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
            String parent = path.substring(0, dot);
            if (after.containsKey(parent) && !before.containsKey(parent)) {
                return true;
            }
        }
        return false;
    }

    /** Every field at every depth by path; array items are transparent. */
    static Map<String, Type> paths(Type t) {
        Map<String, Type> out = new TreeMap<>();
        collect("", t, out);
        return out;
    }

    private static void collect(String prefix, Type t, Map<String, Type> out) {
        Type bare = t == null ? null : Type.nonNull(t);
        if (bare instanceof Type.ArrayType a) {
            collect(prefix, a.items(), out);
        } else if (bare instanceof Type.ObjectType o) {
            for (Field f : o.fields()) {
                out.put(prefix + f.name(), f.type());
                collect(prefix + f.name() + ".", f.type(), out);
            }
        }
    }
}
