package dev.lensc.runtime.lens;

import dev.lensc.runtime.lens.LensOp.Add;
import dev.lensc.runtime.lens.LensOp.Convert;
import dev.lensc.runtime.lens.LensOp.Custom;
import dev.lensc.runtime.lens.LensOp.Head;
import dev.lensc.runtime.lens.LensOp.Hoist;
import dev.lensc.runtime.lens.LensOp.In;
import dev.lensc.runtime.lens.LensOp.Map;
import dev.lensc.runtime.lens.LensOp.Plunge;
import dev.lensc.runtime.lens.LensOp.Remove;
import dev.lensc.runtime.lens.LensOp.Rename;
import dev.lensc.runtime.lens.LensOp.Wrap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an op touches, without running it: the paths whose values it may change, and where a path
 * is after it. Paths are lists of JSON Pointer reference tokens relative to the value the op runs
 * on; {@link #ANY_INDEX} stands for every item of an array. A touched path covers everything below
 * it.
 */
public final class OpTraits {
    /** The token that matches any array index. */
    public static final String ANY_INDEX = "*";

    private OpTraits() {}

    /** The paths the op may change, named as before and as after it (a rename touches both names). */
    public static List<List<String>> touched(LensOp op) {
        return op.accept(new LensOp.Visitor<List<List<String>>>() {
            public List<List<String>> rename(Rename r) { return List.of(List.of(r.from()), List.of(r.to())); }
            public List<List<String>> add(Add a) { return List.of(List.of(a.name())); }
            public List<List<String>> remove(Remove r) { return List.of(List.of(r.name())); }
            public List<List<String>> hoist(Hoist h) { return List.of(List.of(h.host()), List.of(h.name())); }
            public List<List<String>> plunge(Plunge p) { return List.of(List.of(p.name()), List.of(p.host())); }
            public List<List<String>> wrap(Wrap w) { return List.of(List.of(w.name())); }
            public List<List<String>> head(Head h) { return List.of(List.of(h.name())); }
            public List<List<String>> in(In i) { return nested(List.of(i.name()), i.ops()); }
            public List<List<String>> map(Map m) { return nested(List.of(ANY_INDEX), m.ops()); }
            public List<List<String>> convert(Convert c) { return List.of(List.of(c.name())); }
            public List<List<String>> custom(Custom c) { return List.of(List.of(c.name())); }
            public List<List<String>> split(LensOp.Split s) { return splitFields(s.name(), s.parts()); }
            public List<List<String>> merge(LensOp.Merge m) { return splitFields(m.name(), m.parts()); }
        });
    }

    /**
     * The fields of its object an op reads or writes (the first tokens of {@link #touched}), or null
     * for the whole value: a map touches every item, and a custom lens runs code nothing is known of.
     */
    public static Set<String> fields(LensOp op) {
        if (op instanceof Custom) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (List<String> path : touched(op)) {
            if (path.get(0).equals(ANY_INDEX)) {
                return null;
            }
            out.add(path.get(0));
        }
        return out;
    }

    /**
     * The field whose value a built-in value op ({@code convert}, {@code wrap}, {@code head},
     * {@code in}) changes where it stands, from that value alone; null for every other op.
     */
    public static String changedField(LensOp op) {
        return op.accept(new LensOp.Visitor<String>() {
            public String rename(Rename r) { return null; }
            public String add(Add a) { return null; }
            public String remove(Remove r) { return null; }
            public String hoist(Hoist h) { return null; }
            public String plunge(Plunge p) { return null; }
            public String wrap(Wrap w) { return w.name(); }
            public String head(Head h) { return h.name(); }
            public String in(In i) { return i.name(); }
            public String map(Map m) { return null; }
            public String convert(Convert c) { return c.name(); }
            public String custom(Custom c) { return null; }
            public String split(LensOp.Split s) { return null; }
            public String merge(LensOp.Merge m) { return null; }
        });
    }

    /**
     * Whether the op works on named fields of one object level only (rename, add, remove, or a
     * {@link #changedField} value op), so that a run of them can be done in one pass over the fields.
     */
    public static boolean flat(LensOp op) {
        return op instanceof Rename || op instanceof Add || op instanceof Remove || changedField(op) != null;
    }

    /**
     * Whether the op can fail on a document that fits its version (translations check that first,
     * and the DSL checks each op against the schema it runs on): a convert without a fallback (a
     * value with no image), an {@code in} (its ops) and a pattern {@code split} without an else rule
     * (a text the pattern does not match). A {@code head} cannot: its field holds an array or null
     * there.
     */
    public static boolean mayFail(LensOp op) {
        return (op instanceof Convert c && c.forwardFallback() == null) || op instanceof In
                || (op instanceof LensOp.Split s && s.splitting() instanceof Splitting.Pattern p && p.elseRule() == null);
    }

    /** Where the value at {@code path} (before the op) is after it. */
    public static List<String> through(LensOp op, List<String> path) {
        if (path.isEmpty()) {
            return path;
        }
        String first = path.get(0);
        List<String> rest = path.subList(1, path.size());
        return op.accept(new LensOp.Visitor<List<String>>() {
            public List<String> rename(Rename r) { return first.equals(r.from()) ? join(List.of(r.to()), rest) : path; }
            public List<String> add(Add a) { return path; }
            public List<String> remove(Remove r) { return path; }
            public List<String> hoist(Hoist h) {
                return first.equals(h.host()) && !rest.isEmpty() && rest.get(0).equals(h.name())
                        ? join(List.of(h.name()), rest.subList(1, rest.size())) : path;
            }
            public List<String> plunge(Plunge p) { return first.equals(p.name()) ? join(List.of(p.host()), path) : path; }
            public List<String> wrap(Wrap w) {
                return first.equals(w.name()) && !rest.isEmpty() ? join(List.of(first, ANY_INDEX), rest) : path;
            }
            public List<String> head(Head h) {
                return first.equals(h.name()) && !rest.isEmpty() ? join(List.of(first), rest.subList(1, rest.size())) : path;
            }
            public List<String> in(In i) { return first.equals(i.name()) ? join(List.of(first), through(i.ops(), rest)) : path; }
            public List<String> map(Map m) { return join(List.of(first), through(m.ops(), rest)); }
            public List<String> convert(Convert c) { return path; }
            public List<String> custom(Custom c) { return path; }
            // the text of a split's field spreads over its parts: no one path is where it goes
            public List<String> split(LensOp.Split s) { return path; }
            public List<String> merge(LensOp.Merge m) {
                return m.parts().stream().anyMatch(p -> p.name().equals(first)) ? List.of(m.name()) : path;
            }
        });
    }

    /** Where the value at {@code path} is after all {@code ops}. */
    public static List<String> through(List<LensOp> ops, List<String> path) {
        List<String> p = path;
        for (LensOp op : ops) {
            p = through(op, p);
        }
        return p;
    }

    /**
     * Where everything at or below {@code path} (before the ops) is after them: {@link #through}'s
     * path, and the paths of what the ops move out of it (a hoist out of the host, the parts a
     * split makes of a field). A loss at {@code path} may show at any of them.
     */
    public static List<List<String>> spread(List<LensOp> ops, List<String> path) {
        List<List<String>> paths = List.of(path);
        for (LensOp op : ops) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> p : paths) {
                for (List<String> q : spread(op, p)) {
                    if (!next.contains(q)) {
                        next.add(q);
                    }
                }
            }
            paths = next;
        }
        return paths;
    }

    private static List<List<String>> spread(LensOp op, List<String> path) {
        if (path.isEmpty()) {
            return List.of(path);
        }
        String first = path.get(0);
        List<String> rest = path.subList(1, path.size());
        if (op instanceof Hoist h && path.equals(List.of(h.host()))) {
            return List.of(path, List.of(h.name()));
        }
        if (op instanceof LensOp.Split s && path.equals(List.of(s.name()))) {
            return splitFields(s.name(), s.parts());
        }
        if (op instanceof In i && first.equals(i.name())) {
            return spread(i.ops(), rest).stream().map(p -> join(List.of(first), p)).toList();
        }
        if (op instanceof Map m) {
            return spread(m.ops(), rest).stream().map(p -> join(List.of(first), p)).toList();
        }
        return List.of(through(op, path));
    }

    /** The key fields of the keyed maps among {@code ops}, nested ones included. */
    public static Set<String> mapKeys(List<LensOp> ops) {
        Set<String> out = new HashSet<>();
        for (LensOp op : ops) {
            if (op instanceof Map m) {
                if (m.keyed()) {
                    out.add(m.key());
                }
                out.addAll(mapKeys(m.ops()));
            } else if (op instanceof In in) {
                out.addAll(mapKeys(in.ops()));
            }
        }
        return out;
    }

    /** Whether one path lies at or below the other ({@link #ANY_INDEX} matching any token). */
    public static boolean overlaps(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (!x.equals(y) && !x.equals(ANY_INDEX) && !y.equals(ANY_INDEX)) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> splitFields(String name, List<Splitting.Part> parts) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of(name));
        parts.forEach(p -> out.add(List.of(p.name())));
        return out;
    }

    private static List<List<String>> nested(List<String> head, List<LensOp> ops) {
        List<List<String>> out = new ArrayList<>();
        for (LensOp op : ops) {
            for (List<String> t : touched(op)) {
                out.add(join(head, t));
            }
        }
        return out.isEmpty() ? List.of(head) : out;
    }

    private static List<String> join(List<String> head, List<String> tail) {
        List<String> out = new ArrayList<>(head);
        out.addAll(tail);
        return List.copyOf(out);
    }
}
