package dev.lensc.compiler.codegen;

import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.OpTraits;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a base that a run of ops onto it can tell apart, decided at compile time: a run
 * onto a base walks the base back through the later ops for each op ({@code Steps.basesThrough}),
 * but an op reads only some fields of its base ({@code add f}, {@code wrap f}, {@code convert f},
 * {@code in f} read {@code f}; {@code hoist host.f} reads {@code host}; renames, removes, plunges and
 * heads read nothing). Walking back only those fields, and the fields of every later op that
 * touches one of them (so a rename or a plunge that moves one is walked too), gives each op the
 * same values the whole walk gives. The fields of a later op whose reverse may fail on some base
 * ({@link #mayFailGoingBack}) are walked as well, so the walk fails where the whole one does, with
 * the same message, also on a base that does not fit its version.
 */
final class BaseFields {
    private BaseFields() {}

    /**
     * The top-level fields to keep of a base for {@code ops}, in a stable order; empty when what
     * the ops read cannot be told (a {@code map} or custom lens at this level), so the whole base
     * is walked.
     */
    static Optional<Set<String>> of(List<LensOp> ops) {
        Set<String> keep = new LinkedHashSet<>();
        for (int i = 0; i < ops.size(); i++) {
            Set<String> read = read(ops.get(i));
            if (read == null) {
                return Optional.empty();
            }
            keep.addAll(read);
            if (i > 0 && mayFailGoingBack(ops.get(i))) {
                Set<String> fields = OpTraits.fields(ops.get(i));
                if (fields == null) {
                    return Optional.empty();
                }
                keep.addAll(fields);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (LensOp op : ops.subList(Math.min(1, ops.size()), ops.size())) {
                Set<String> fields = OpTraits.fields(op);
                if (fields == null) {
                    return Optional.empty();
                }
                if (fields.stream().anyMatch(keep::contains) && keep.addAll(fields)) {
                    grew = true;
                }
            }
        }
        return Optional.of(keep);
    }

    /**
     * Whether walking a base back through {@code op} may fail: on a base that fits, a convert with
     * no image; on one that does not, also a rename or remove going back onto a field the base
     * holds, a hoist or plunge whose host holds something else or the field already, a wrap going
     * back over a value that is not an array. Only an add (its field removed) and a head (its value
     * wrapped) never fail on an object.
     */
    static boolean mayFailGoingBack(LensOp op) {
        return !(op instanceof LensOp.Add || op instanceof LensOp.Head) || OpTraits.mayFail(op.reverse());
    }

    /** Whether a later op changes nothing among the kept fields, so walking back through it can be skipped. */
    static boolean untouched(LensOp op, Set<String> keep) {
        Set<String> fields = OpTraits.fields(op);
        return fields != null && fields.stream().noneMatch(keep::contains);
    }

    /** The fields of its base an op reads; null when it may read any (a map's items, a custom lens's code). */
    static Set<String> read(LensOp op) {
        return op.accept(new LensOp.Visitor<Set<String>>() {
            public Set<String> rename(LensOp.Rename r) { return Set.of(); }
            public Set<String> add(LensOp.Add a) { return Set.of(a.name()); }
            public Set<String> remove(LensOp.Remove r) { return Set.of(); }
            public Set<String> hoist(LensOp.Hoist h) { return Set.of(h.host()); }
            public Set<String> plunge(LensOp.Plunge p) { return Set.of(); }
            public Set<String> wrap(LensOp.Wrap w) { return Set.of(w.name()); }
            public Set<String> head(LensOp.Head h) { return Set.of(); }
            public Set<String> in(LensOp.In in) { return Set.of(in.name()); }
            public Set<String> map(LensOp.Map m) { return null; }
            public Set<String> convert(LensOp.Convert c) { return Set.of(c.name()); }
            public Set<String> custom(LensOp.Custom c) { return null; }
            public Set<String> split(LensOp.Split s) { return OpTraits.fields(s); }
            public Set<String> merge(LensOp.Merge m) { return Set.of(m.name()); }
        });
    }
}
