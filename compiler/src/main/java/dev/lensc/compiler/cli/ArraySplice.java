package dev.lensc.compiler.cli;

import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOp.In;
import dev.lensc.runtime.lens.LensOp.Map;
import dev.lensc.runtime.lens.LensOp.Rename;
import dev.lensc.runtime.lens.OpTraits;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Type.ArrayType;
import dev.lensc.runtime.schema.Type.ObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An array of a document that a lens translates item by item, so its items can stream: every op on
 * the way reaches it only through {@code in} (and renames of the fields that lead to it), and the
 * ops that reach it are {@code map}s. The array's translation is then the {@link #itemOps} run on
 * each item, placed where the rest of the document's translation has it ({@link #out}).
 *
 * @param in the keys from the root to the array in the source version
 * @param out the keys from the root to the array in the target version
 * @param itemOps what the lens does to each item, in order
 * @param itemFrom the items' type in the source version
 * @param itemTo the items' type in the target version
 */
record ArraySplice(List<String> in, List<String> out, List<LensOp> itemOps, Type itemFrom, Type itemTo) {

    /** The arrays of non-null objects' fields, from the root, that {@code ops} translate item by item. */
    static List<ArraySplice> find(List<LensOp> ops, Type from, Type to) {
        List<ArraySplice> out = new ArrayList<>();
        collect(ops, from, to, new ArrayList<>(), out);
        return out;
    }

    private static void collect(List<LensOp> ops, Type type, Type to, List<String> path, List<ArraySplice> out) {
        if (!(type instanceof ObjectType object)) {
            return;
        }
        for (Field f : object.fields()) {
            List<String> p = new ArrayList<>(path);
            p.add(f.name());
            if (f.type() instanceof ArrayType array) {
                route(ops, p).flatMap(r -> r.spliceIn(p, array.items(), to)).ifPresent(out::add);
            } else if (f.type() instanceof ObjectType) {
                collect(ops, f.type(), to, p, out);
            }
        }
    }

    /** Where the ops take a path, and what they do to the items of the array there. */
    private record Route(List<String> out, List<LensOp> itemOps) {
        Optional<ArraySplice> spliceIn(List<String> in, Type itemFrom, Type to) {
            Type at = to;
            for (String key : out) {
                if (!(at instanceof ObjectType o)) {
                    return Optional.empty();
                }
                at = o.fields().stream().filter(f -> f.name().equals(key)).map(Field::type).findFirst().orElse(null);
            }
            return at instanceof ArrayType array ? Optional.of(new ArraySplice(List.copyOf(in), out, itemOps,
                    itemFrom, array.items())) : Optional.empty();
        }
    }

    /**
     * The route of {@code path} (non-empty) through {@code ops} that run on the object holding its
     * first key, or empty when an op does anything to it other than rename it, go {@code in} it,
     * or {@code map} the array at its end.
     */
    private static Optional<Route> route(List<LensOp> ops, List<String> path) {
        String head = path.get(0);
        List<String> rest = path.subList(1, path.size());
        List<String> restOut = rest;
        List<LensOp> itemOps = new ArrayList<>();
        for (LensOp op : ops) {
            if (op instanceof Rename r && r.from().equals(head)) {
                head = r.to();
            } else if (op instanceof In in && in.name().equals(head)) {
                if (rest.isEmpty()) {
                    for (LensOp inner : in.ops()) {
                        if (!(inner instanceof Map m)) {
                            return Optional.empty();
                        }
                        itemOps.addAll(m.ops());
                    }
                } else {
                    Optional<Route> inner = route(in.ops(), restOut);
                    if (inner.isEmpty()) {
                        return Optional.empty();
                    }
                    restOut = inner.get().out();
                    itemOps.addAll(inner.get().itemOps());
                }
            } else if (op instanceof Map || touches(op, head)) {
                return Optional.empty();
            }
        }
        List<String> out = new ArrayList<>();
        out.add(head);
        out.addAll(restOut);
        return Optional.of(new Route(List.copyOf(out), List.copyOf(itemOps)));
    }

    /** Whether an op on an object reads, writes or moves its field {@code key} (a custom lens may touch any). */
    private static boolean touches(LensOp op, String key) {
        Set<String> fields = OpTraits.fields(op);
        return fields == null || fields.contains(key);
    }
}
