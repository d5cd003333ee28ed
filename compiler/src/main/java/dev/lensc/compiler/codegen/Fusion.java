package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.Interpreter;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.OpTraits;
import dev.lensc.runtime.lens.ValueMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compile-time fusion of a chain of ops run forward without a base (get and create): renames
 * compose, an add and a later remove of the same field cancel, a rename followed by a remove
 * becomes a remove, wrap then head cancel, converts of one field compose into one table, and
 * neighbouring {@code in}/{@code map} ops merge so their bodies fuse too. A path across many
 * versions thus costs little more than one hop.
 *
 * <p>Two ops are brought together only across ops that touch none of their fields. Fused ops give
 * the interpreter's results on documents valid in their version (no undeclared fields, which is
 * what {@code DocumentType.translate} checks first); runs with a base are never fused.
 */
final class Fusion {
    private Fusion() {}

    static List<LensOp> fuse(List<LensOp> ops) {
        List<LensOp> out = new ArrayList<>(ops);
        boolean changed = true;
        while (changed) {
            changed = fuseOnce(out);
        }
        List<LensOp> nested = new ArrayList<>(out.size());
        for (LensOp op : out) {
            if (op instanceof LensOp.In in) {
                nested.add(new LensOp.In(in.name(), fuse(in.ops())));
            } else if (op instanceof LensOp.Map m) {
                nested.add(new LensOp.Map(fuse(m.ops()), m.key()));
            } else {
                nested.add(op);
            }
        }
        return List.copyOf(nested);
    }

    private static boolean fuseOnce(List<LensOp> ops) {
        for (int i = 0; i < ops.size(); i++) {
            Set<String> first = OpTraits.fields(ops.get(i));
            for (int j = i + 1; j < ops.size(); j++) {
                Set<String> second = OpTraits.fields(ops.get(j));
                if (!overlaps(first, second)) {
                    continue;
                }
                // ops i and j meet; everything between them touches neither
                boolean between = true;
                for (int k = i + 1; k < j && between; k++) {
                    between = !overlaps(OpTraits.fields(ops.get(k)), second);
                }
                Optional<List<LensOp>> fused = between ? combine(ops.get(i), ops.get(j)) : Optional.empty();
                if (fused.isPresent()) {
                    ops.remove(j);
                    ops.remove(i);
                    ops.addAll(i, fused.get());
                    return true;
                }
                break;
            }
        }
        return false;
    }

    private static Optional<List<LensOp>> combine(LensOp a, LensOp b) {
        if (a instanceof LensOp.Rename r1 && b instanceof LensOp.Rename r2 && r1.to().equals(r2.from())) {
            return Optional.of(r1.from().equals(r2.to()) ? List.of() : List.of(new LensOp.Rename(r1.from(), r2.to())));
        }
        if (a instanceof LensOp.Rename r && b instanceof LensOp.Remove rm && r.to().equals(rm.name())) {
            return Optional.of(List.of(new LensOp.Remove(r.from(), rm.type(), rm.defaultValue())));
        }
        if (a instanceof LensOp.Add add && b instanceof LensOp.Remove rm && add.name().equals(rm.name())) {
            return Optional.of(List.of());
        }
        if (a instanceof LensOp.Add add && b instanceof LensOp.Rename r && add.name().equals(r.from())
                && !r.to().equals(add.name())) {
            return Optional.of(List.of(new LensOp.Add(r.to(), add.type(), add.defaultValue())));
        }
        if (a instanceof LensOp.Wrap w && b instanceof LensOp.Head h && w.name().equals(h.name())) {
            return Optional.of(List.of());
        }
        if (a instanceof LensOp.In in1 && b instanceof LensOp.In in2 && in1.name().equals(in2.name())) {
            return Optional.of(List.of(new LensOp.In(in1.name(), concat(in1.ops(), in2.ops()))));
        }
        if (a instanceof LensOp.Map m1 && b instanceof LensOp.Map m2 && Objects.equals(m1.key(), m2.key())) {
            return Optional.of(List.of(new LensOp.Map(concat(m1.ops(), m2.ops()), m1.key())));
        }
        if (a instanceof LensOp.Convert c1 && b instanceof LensOp.Convert c2 && c1.name().equals(c2.name())) {
            return composeConverts(c1, c2).map(List::of);
        }
        return Optional.empty();
    }

    /**
     * One table for two converts of a field: every value the first maps is run through the second
     * now, at compile time. Only when the first's images are all known (a table or a fallback, not
     * a coercion) and the second maps each of them; the result keeps the first's types, so its
     * failures read as the first's.
     */
    private static Optional<LensOp.Convert> composeConverts(LensOp.Convert c1, LensOp.Convert c2) {
        if (c1.table().isEmpty() && c1.forwardFallback() == null) {
            return Optional.empty();
        }
        List<ValueMapping> table = new ArrayList<>();
        List<JsonNode> seen = new ArrayList<>();
        for (ValueMapping m : c1.table()) {
            if (!m.forwards() || seen.stream().anyMatch(s -> JsonValues.equal(s, m.from()))) {
                continue;
            }
            seen.add(m.from());
            JsonNode image = image(c2, m.to());
            if (image == null) {
                return Optional.empty();
            }
            table.add(new ValueMapping(m.from(), image, ValueMapping.Direction.FORWARD));
        }
        JsonNode fallback = null;
        if (c1.forwardFallback() != null) {
            fallback = image(c2, c1.forwardFallback());
            if (fallback == null) {
                return Optional.empty();
            }
        } else if (seen.stream().noneMatch(JsonNode::isNull)) {
            // the first convert leaves null alone; the second decides what it becomes
            JsonNode image = image(c2, NullNode.getInstance());
            if (image == null) {
                return Optional.empty();
            }
            table.add(new ValueMapping(NullNode.getInstance(), image, ValueMapping.Direction.FORWARD));
        }
        return Optional.of(new LensOp.Convert(c1.name(), c1.fromType(), c1.toType(), table, fallback, null));
    }

    private static JsonNode image(LensOp.Convert c, JsonNode value) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.set(c.name(), value);
        try {
            return Interpreter.apply(c, doc, null, "").get(c.name());
        } catch (LensException e) {
            return null;
        }
    }

    private static List<LensOp> concat(List<LensOp> a, List<LensOp> b) {
        List<LensOp> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return true;
        }
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

}
