package dev.lensc.dsl.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.Splitting;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;
import java.util.List;

/**
 * Types, fields, values and ops written as a {@code .lens} file writes them, in the layout
 * {@link dev.lensc.dsl.parser.LensFormatter} gives (so that generated files are already formatted). Names that are not
 * plain identifiers are quoted; values are JSON with numbers as read.
 */
public final class LensText {
    /** Objects with more fields than this are written one field a line. */
    private static final int INLINE_FIELDS = 3;
    public static final String INDENT = "  ";

    private LensText() {}

    public static String name(String name) {
        return plain(name) ? name : new TextNode(name).toString();
    }

    // keywords are plain names too: the grammar accepts them wherever a name is expected
    private static boolean plain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!Character.isLetter(first) && first != '_') {
            return false;
        }
        return name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    /** JSON as the formatter writes values: {@code [1, 2]}, {@code {"a": 1}}, numbers as read. */
    public static String value(JsonNode value) {
        StringBuilder out = new StringBuilder();
        value(value, out);
        return out.toString();
    }

    private static void value(JsonNode value, StringBuilder out) {
        if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                value(value.get(i), out);
            }
            out.append(']');
        } else if (value.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            for (int i = 0; fields.hasNext(); i++) {
                Map.Entry<String, JsonNode> e = fields.next();
                out.append(i == 0 ? "" : ", ").append(new TextNode(e.getKey())).append(": ");
                value(e.getValue(), out);
            }
            out.append('}');
        } else {
            out.append(StrictJson.compact(value));
        }
    }

    /** The type on one line when it is small, its objects one field a line otherwise (at {@code indent}). */
    public static String type(Type type, String indent) {
        StringBuilder out = new StringBuilder();
        type(type, indent, out);
        return out.toString();
    }

    /**
     * {@code name[?]: T [= default]}: the {@code ?} after the name only where presence needs it (a
     * field with a default is optional through its default).
     */
    public static String field(Field f, String indent) {
        StringBuilder out = new StringBuilder();
        field(f, indent, out);
        return out.toString();
    }

    // appends, so that the text of a deep type costs its length, not its length times its depth
    private static void type(Type type, String indent, StringBuilder out) {
        if (type instanceof Type.NullableType n) {
            type(n.inner(), indent, out);
            out.append('?');
        } else if (type instanceof Type.ArrayType a) {
            out.append('[');
            type(a.items(), indent, out);
            out.append(']');
        } else if (type instanceof Type.MapType m) {
            out.append("map<");
            type(m.values(), indent, out);
            out.append('>');
        } else if (type instanceof Type.EnumType e) {
            out.append("enum(").append(String.join(", ", e.values().stream().map(LensText::name).toList())).append(')');
        } else if (type instanceof Type.ObjectType o) {
            object(o, indent, out);
        } else {
            out.append(Types.display(type));
        }
    }

    private static void object(Type.ObjectType o, String indent, StringBuilder out) {
        if (o.fields().isEmpty()) {
            out.append("{}");
            return;
        }
        boolean inline = o.fields().size() <= INLINE_FIELDS
                && o.fields().stream().noneMatch(f -> Type.nonNull(f.type()) instanceof Type.ObjectType inner
                        && !inner.fields().isEmpty());
        if (inline) {
            out.append("{ ");
            for (int i = 0; i < o.fields().size(); i++) {
                out.append(i == 0 ? "" : ", ");
                field(o.fields().get(i), indent, out);
            }
            out.append(" }");
            return;
        }
        out.append("{\n");
        for (Field f : o.fields()) {
            out.append(indent).append(INDENT);
            field(f, indent + INDENT, out);
            out.append('\n');
        }
        out.append(indent).append('}');
    }

    private static void field(Field f, String indent, StringBuilder out) {
        boolean optionalMark = f.optional() && f.defaultValue() == null;
        out.append(name(f.name())).append(optionalMark ? "?: " : ": ");
        type(f.type(), indent, out);
        if (f.defaultValue() != null) {
            out.append(" = ").append(value(f.defaultValue()));
        }
    }

    /** The fields of a version block, one a line, each line ending in a newline. */
    public static String versionBlock(int version, Type.ObjectType type, String indent) {
        StringBuilder out = new StringBuilder(indent).append("version ").append(version).append(" {\n");
        for (Field f : type.fields()) {
            out.append(indent).append(INDENT);
            field(f, indent + INDENT, out);
            out.append('\n');
        }
        return out.append(indent).append("}\n").toString();
    }

    /** The ops, one a line (nested ops and table entries indented), each line ending in a newline. */
    public static String ops(List<LensOp> ops, String indent) {
        StringBuilder out = new StringBuilder();
        for (LensOp op : ops) {
            out.append(op(op, indent));
        }
        return out.toString();
    }

    public static String op(LensOp op, String indent) {
        return op.accept(new LensOp.Visitor<String>() {
            public String rename(LensOp.Rename r) { return line(indent, "rename " + name(r.from()) + " -> " + name(r.to())); }
            public String add(LensOp.Add a) {
                return line(indent, "add " + name(a.name()) + ": " + type(a.type(), indent) + " = " + value(a.defaultValue()));
            }
            public String remove(LensOp.Remove r) {
                return line(indent, "remove " + name(r.name()) + ": " + type(r.type(), indent) + " = "
                        + value(r.defaultValue()));
            }
            public String hoist(LensOp.Hoist h) { return line(indent, "hoist " + name(h.host()) + "." + name(h.name())); }
            public String plunge(LensOp.Plunge p) { return line(indent, "plunge " + name(p.name()) + " -> " + name(p.host())); }
            public String wrap(LensOp.Wrap w) { return line(indent, "wrap " + name(w.name())); }
            public String head(LensOp.Head h) { return line(indent, "head " + name(h.name())); }
            public String in(LensOp.In i) { return block(indent, "in " + name(i.name()), ops(i.ops(), indent + INDENT)); }
            public String map(LensOp.Map m) {
                return block(indent, "map" + (m.key() == null ? "" : " by " + name(m.key())), ops(m.ops(), indent + INDENT));
            }
            public String convert(LensOp.Convert c) {
                String types = c.fromType() != null && c.toType() != null
                        ? ": " + type(c.fromType(), indent) + " -> " + type(c.toType(), indent) : "";
                return block(indent, "convert " + name(c.name()) + types, table(c, indent + INDENT));
            }
            public String custom(LensOp.Custom c) {
                return line(indent, "custom " + name(c.name()) + " using " + c.className());
            }
            public String split(LensOp.Split sp) {
                return line(indent, "split " + name(sp.name()) + " -> " + parts(sp.parts()) + " "
                        + splitting(sp.splitting(), sp.parts(), sp.name()));
            }
            public String merge(LensOp.Merge m) {
                return line(indent, "merge " + parts(m.parts()) + " -> " + name(m.name()) + " "
                        + splitting(m.splitting(), m.parts(), m.name()));
            }
        });
    }

    /** {@code first, last = "?"}: a part's value for a missing part is written when it is not "". */
    private static String parts(List<Splitting.Part> parts) {
        List<String> out = new ArrayList<>();
        for (Splitting.Part p : parts) {
            out.add(name(p.name()) + (p.missing().isEmpty() ? "" : " = " + value(TextNode.valueOf(p.missing()))));
        }
        return String.join(", ", out);
    }

    /**
     * {@code by " "}, or {@code by /regex/ format "..."} with its else rule, which gives each part
     * a string or the whole text of {@code whole}, the field split or merged into.
     */
    private static String splitting(Splitting s, List<Splitting.Part> parts, String whole) {
        String text = LensOps.splitting(s);
        if (s instanceof Splitting.Pattern p && p.elseRule() != null) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < p.elseRule().size(); i++) {
                Splitting.ElseValue v = p.elseRule().get(i);
                values.add(name(parts.get(i).name()) + ": "
                        + (v.isWhole() ? name(whole) : value(TextNode.valueOf(v.literal()))));
            }
            text += " else -> " + String.join(", ", values);
        }
        return text;
    }

    /** Table entries with their arrows in one column, as {@link dev.lensc.dsl.parser.LensFormatter} aligns them. */
    private static String table(LensOp.Convert c, String indent) {
        List<String[]> rows = new ArrayList<>();
        for (ValueMapping m : c.table()) {
            String arrow = switch (m.direction()) {
                case BOTH -> "<->";
                case FORWARD -> "->";
                case BACKWARD -> "<-";
            };
            rows.add(new String[] {value(m.from()), arrow, value(m.to())});
        }
        if (c.forwardFallback() != null) {
            rows.add(new String[] {"else", "->", value(c.forwardFallback())});
        }
        if (c.backwardFallback() != null) {
            rows.add(new String[] {"else", "<-", value(c.backwardFallback())});
        }
        return Columns.align(rows, indent);
    }

    private static String line(String indent, String text) {
        return indent + text + "\n";
    }

    private static String block(String indent, String head, String body) {
        return indent + head + " {\n" + body + indent + "}\n";
    }

    /**
     * A whole file: comment lines, then {@code schema NAME { ... }} with the items (blocks already
     * indented one level, each ending in a newline) separated by blank lines.
     */
    public static String file(List<String> comments, String schemaName, List<String> items) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append("// ").append(c).append('\n'));
        out.append("schema ").append(name(schemaName)).append(" {\n");
        out.append(String.join("\n", items));
        return out.append("}\n").toString();
    }
}
