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
import dev.lensc.runtime.schema.Types;

/** Text of ops, as the DSL writes them, for messages. */
public final class LensOps {
    private LensOps() {}

    /** One line: the op's head, without nested ops or table entries. */
    public static String describe(LensOp op) {
        return op.accept(new LensOp.Visitor<String>() {
            public String rename(Rename r) { return "rename " + r.from() + " -> " + r.to(); }
            public String add(Add a) {
                return "add " + a.name() + ": " + Types.display(a.type()) + " = " + a.defaultValue();
            }
            public String remove(Remove r) {
                return "remove " + r.name() + ": " + Types.display(r.type()) + " = " + r.defaultValue();
            }
            public String hoist(Hoist h) { return "hoist " + h.host() + "." + h.name(); }
            public String plunge(Plunge p) { return "plunge " + p.name() + " -> " + p.host(); }
            public String wrap(Wrap w) { return "wrap " + w.name(); }
            public String head(Head h) { return "head " + h.name(); }
            public String in(In i) { return "in " + i.name(); }
            public String map(Map m) { return m.keyed() ? "map by " + m.key() : "map"; }
            public String convert(Convert c) {
                return "convert " + c.name() + (c.fromType() != null && c.toType() != null
                        ? ": " + Types.display(c.fromType()) + " -> " + Types.display(c.toType()) : "");
            }
            public String custom(Custom c) {
                return "custom " + c.name() + " using " + c.className() + (c.reversed() ? " (reversed)" : "");
            }
            public String split(LensOp.Split s) {
                return "split " + s.name() + " -> " + partNames(s.parts()) + " " + splitting(s.splitting());
            }
            public String merge(LensOp.Merge m) {
                return "merge " + partNames(m.parts()) + " -> " + m.name() + " " + splitting(m.splitting());
            }
        });
    }

    private static String partNames(java.util.List<Splitting.Part> parts) {
        return String.join(", ", parts.stream().map(Splitting.Part::name).toList());
    }

    /** {@code by " "} or {@code by /regex/ format "..."}, strings quoted as JSON writes them. */
    public static String splitting(Splitting s) {
        if (s instanceof Splitting.Separator sep) {
            return "by " + com.fasterxml.jackson.databind.node.TextNode.valueOf(sep.separator());
        }
        Splitting.Pattern p = (Splitting.Pattern) s;
        return "by /" + p.regex() + "/ format " + com.fasterxml.jackson.databind.node.TextNode.valueOf(p.format());
    }
}
