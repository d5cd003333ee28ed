package dev.lensc.compiler.codegen;

import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.OpTraits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a document that does not fit its version may make fused code and the interpreter part:
 * the keys of the input that an op, run as written, would find where it brings a name in (a
 * rename's target, an add, a hoisted or plunged field, a split's parts, a merge's field). A
 * document that fits holds none of them, or the op would overwrite it; one that holds one makes
 * the interpreter fail, or carry the key along where fused ops (which may have cancelled or
 * composed the op) would not. A get whose input holds none runs fused; one holding any runs the
 * ops one by one, as the interpreter does.
 *
 * <p>Found by playing the ops as written (not fused) on the input's objects, followed through
 * renames, moves between objects, {@code in}, {@code map} and wraps: a name brought into an
 * object read from the input, that no op has touched there before, is a key of the input.
 *
 * @param paths each the input path of an object (JSON Pointer tokens, {@link OpTraits#ANY_INDEX}
 *     for every item of an array) followed by the key
 */
record Guard(List<List<String>> paths) {
    Guard {
        paths = List.copyOf(paths);
    }

    static Guard of(List<LensOp> ops) {
        Set<List<String>> out = new LinkedHashSet<>();
        Level top = new Level(List.of());
        for (LensOp op : ops) {
            play(op, top, out);
        }
        return new Guard(new ArrayList<>(out));
    }

    /** The keys at the input object at {@code path}. */
    Set<String> namesAt(List<String> path) {
        Set<String> names = new LinkedHashSet<>();
        for (List<String> p : paths) {
            if (p.size() == path.size() + 1 && p.subList(0, path.size()).equals(path)) {
                names.add(p.get(path.size()));
            }
        }
        return names;
    }

    /** This guard without {@code covered}'s paths. */
    Guard without(Set<List<String>> covered) {
        return new Guard(paths.stream().filter(p -> !covered.contains(p)).toList());
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }

    /**
     * An object as the ops see it: read from the input at {@code path} (null: made by the ops, or
     * a value nothing is known of), the names ops have touched in it, and the objects its fields
     * hold now, by current name.
     */
    private static final class Level {
        final List<String> path;
        final Set<String> touched = new HashSet<>();
        final Map<String, Level> fields = new HashMap<>();
        Level items;

        Level(List<String> path) {
            this.path = path;
        }

        /** The object field {@code name} holds now. */
        Level field(String name) {
            Level l = fields.get(name);
            if (l == null) {
                l = new Level(path == null || touched.contains(name) ? null : with(path, name));
                fields.put(name, l);
            }
            return l;
        }

        /** The items of the array this is. */
        Level items() {
            if (items == null) {
                items = new Level(path == null ? null : with(path, OpTraits.ANY_INDEX));
            }
            return items;
        }

        /** The value of field {@code name}, taken out: the name is touched. */
        Level take(String name) {
            Level l = field(name);
            fields.remove(name);
            touched.add(name);
            return l;
        }

        /** Brings {@code name} in holding {@code value}: a key of the input there is in the way. */
        void bringIn(String name, Level value, Set<List<String>> out) {
            if (path != null && !touched.contains(name)) {
                out.add(with(path, name));
            }
            touched.add(name);
            fields.put(name, value);
        }

        private static List<String> with(List<String> path, String name) {
            List<String> p = new ArrayList<>(path);
            p.add(name);
            return List.copyOf(p);
        }
    }

    private static Level made() {
        return new Level(null);
    }

    private static void play(LensOp op, Level o, Set<List<String>> out) {
        op.accept(new LensOp.Visitor<Void>() {
            public Void rename(LensOp.Rename r) {
                if (!r.from().equals(r.to())) {
                    o.bringIn(r.to(), o.take(r.from()), out);
                }
                return null;
            }
            public Void add(LensOp.Add a) {
                o.bringIn(a.name(), made(), out);
                return null;
            }
            public Void remove(LensOp.Remove r) {
                o.take(r.name());
                return null;
            }
            public Void hoist(LensOp.Hoist h) {
                Level host = o.field(h.host());
                o.touched.add(h.host());
                o.bringIn(h.name(), host.take(h.name()), out);
                return null;
            }
            public Void plunge(LensOp.Plunge p) {
                Level value = o.take(p.name());
                Level host = o.field(p.host());
                o.touched.add(p.host());
                host.bringIn(p.name(), value, out);
                return null;
            }
            public Void wrap(LensOp.Wrap w) {
                Level array = made();
                array.items = o.take(w.name());
                o.fields.put(w.name(), array);
                return null;
            }
            public Void head(LensOp.Head h) {
                o.fields.put(h.name(), o.take(h.name()).items());
                return null;
            }
            public Void in(LensOp.In in) {
                Level value = o.field(in.name());
                o.touched.add(in.name());
                in.ops().forEach(inner -> play(inner, value, out));
                return null;
            }
            public Void map(LensOp.Map m) {
                Level items = o.items();
                m.ops().forEach(inner -> play(inner, items, out));
                return null;
            }
            public Void convert(LensOp.Convert c) {
                return changed(c.name());
            }
            public Void custom(LensOp.Custom c) {
                return changed(c.name());
            }
            public Void split(LensOp.Split s) {
                o.take(s.name());
                s.parts().forEach(part -> o.bringIn(part.name(), made(), out));
                return null;
            }
            public Void merge(LensOp.Merge m) {
                m.parts().forEach(part -> o.take(part.name()));
                o.bringIn(m.name(), made(), out);
                return null;
            }

            /** A value replaced by another nothing is known of. */
            private Void changed(String name) {
                o.take(name);
                o.fields.put(name, made());
                return null;
            }
        });
    }
}
