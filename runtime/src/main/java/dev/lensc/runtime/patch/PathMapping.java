package dev.lensc.runtime.patch;

import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a location of the source version is in the target version: the reference tokens there, or
 * the reason it has no counterpart. Coarse where the lens rewrites a whole value (convert, custom,
 * a whole wrapped field): the mapped path is then the smallest enclosing value that the op owns.
 */
record PathMapping(List<String> tokens, String goneReason, boolean coarse) {

    static PathMapping to(List<String> tokens) {
        return new PathMapping(List.copyOf(tokens), null, false);
    }

    /** A location inside a value the op rewrites whole: the mapping is that whole value. */
    static PathMapping whole(List<String> tokens) {
        return new PathMapping(List.copyOf(tokens), null, true);
    }

    static PathMapping gone(String reason) {
        return new PathMapping(null, reason, false);
    }

    boolean isGone() {
        return tokens == null;
    }

    /** Maps {@code tokens} (relative to the value the ops run on) through the ops in order. */
    static PathMapping through(List<LensOp> ops, List<String> tokens) {
        PathMapping at = to(tokens);
        boolean coarse = false;
        for (LensOp op : ops) {
            if (at.isGone()) {
                return at;
            }
            at = one(op, at.tokens());
            coarse |= at.coarse();
        }
        return at.isGone() || !coarse ? at : whole(at.tokens());
    }

    private static PathMapping one(LensOp op, List<String> t) {
        if (t.isEmpty()) {
            return to(t);
        }
        String first = t.get(0);
        return op.accept(new LensOp.Visitor<PathMapping>() {
            public PathMapping rename(LensOp.Rename r) {
                return to(first.equals(r.from()) ? prepend(List.of(r.to()), t, 1) : t);
            }

            public PathMapping add(LensOp.Add a) {
                return to(t);
            }

            public PathMapping remove(LensOp.Remove r) {
                return first.equals(r.name())
                        ? gone("the target version has no field '" + r.name() + "' ('" + LensOps.describe(r) + "')")
                        : to(t);
            }

            public PathMapping hoist(LensOp.Hoist h) {
                return to(first.equals(h.host()) && t.size() >= 2 && t.get(1).equals(h.name())
                        ? prepend(List.of(h.name()), t, 2) : t);
            }

            public PathMapping plunge(LensOp.Plunge p) {
                return to(first.equals(p.name()) ? prepend(List.of(p.host(), p.name()), t, 1) : t);
            }

            public PathMapping wrap(LensOp.Wrap w) {
                // A write of the whole value is a write of the one item: the tail a base keeps stays.
                return to(first.equals(w.name()) ? prepend(List.of(w.name(), "0"), t, 1) : t);
            }

            public PathMapping head(LensOp.Head h) {
                if (!first.equals(h.name()) || t.size() < 2) {
                    return to(t);
                }
                if (t.get(1).equals("0")) {
                    return to(prepend(List.of(h.name()), t, 2));
                }
                return gone("the target version keeps only the first item of '" + h.name() + "' ('"
                        + LensOps.describe(h) + "')");
            }

            public PathMapping in(LensOp.In in) {
                if (!first.equals(in.name())) {
                    return to(t);
                }
                return nested(List.of(in.name()), in.ops(), t.subList(1, t.size()));
            }

            public PathMapping map(LensOp.Map m) {
                return nested(List.of(first), m.ops(), t.subList(1, t.size()));
            }

            public PathMapping convert(LensOp.Convert c) {
                return first.equals(c.name()) && t.size() > 1 ? whole(List.of(first)) : to(t);
            }

            public PathMapping custom(LensOp.Custom c) {
                return first.equals(c.name()) && t.size() > 1 ? whole(List.of(first)) : to(t);
            }

            // The text spreads over the parts: a location of it is, first of all, the first part
            // (a test or write there is rebuilt from the target, with the other parts' changes).
            public PathMapping split(LensOp.Split s) {
                return first.equals(s.name()) ? whole(List.of(s.parts().get(0).name())) : to(t);
            }

            public PathMapping merge(LensOp.Merge m) {
                return m.parts().stream().anyMatch(p -> p.name().equals(first)) ? whole(List.of(m.name())) : to(t);
            }
        });
    }

    private static PathMapping nested(List<String> head, List<LensOp> ops, List<String> rest) {
        PathMapping inner = through(ops, rest);
        return inner.isGone() ? inner : new PathMapping(prepend(head, inner.tokens(), 0), null, inner.coarse());
    }

    private static List<String> prepend(List<String> head, List<String> tokens, int drop) {
        List<String> out = new ArrayList<>(head);
        out.addAll(tokens.subList(drop, tokens.size()));
        return out;
    }
}
