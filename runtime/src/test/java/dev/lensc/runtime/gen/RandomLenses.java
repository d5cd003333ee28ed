package dev.lensc.runtime.gen;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.OpTraits;
import dev.lensc.runtime.lens.Splitting;
import dev.lensc.runtime.lens.SchemaTransform;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Type.ArrayType;
import dev.lensc.runtime.schema.Type.ObjectType;
import dev.lensc.runtime.schema.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random schemas and random chains of ops that are valid on them, for testing lens engines (the
 * interpreter, generated code, patch translation) against each other and against the laws.
 */
public final class RandomLenses {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] NAMES = {"title", "done", "tags", "meta", "owner", "count", "tagline", "metadata",
        "a", "b", "x/y", "ü", "class"};

    private final Random random;
    private final boolean splits;
    private int fresh;

    public RandomLenses(Random random) {
        this(random, false);
    }

    /**
     * @param splits whether string fields may also be split or merged (off: the op sequences of
     *     a seed stay those of the tests written before split and merge existed)
     */
    public RandomLenses(Random random, boolean splits) {
        this.random = random;
        this.splits = splits;
    }

    /** A random object type, nesting objects and arrays up to {@code depth}. */
    public ObjectType schema(int depth) {
        List<Field> fields = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String name = freshName(fields.stream().map(Field::name).toList());
            Type t = type(depth);
            // one field in five may be absent: required, optional and nullable vary independently
            fields.add(random.nextInt(5) == 0 ? Field.optional(name, t) : new Field(name, t));
        }
        return new ObjectType(fields);
    }

    public Type type(int depth) {
        int kinds = depth > 0 ? 10 : 7;
        // with splits, two more draws give a string: fields to split and merge are common
        int drawn = random.nextInt(kinds + (splits ? 2 : 0));
        int kind = drawn >= kinds ? 0 : drawn;
        Type t = switch (kind) {
            case 0 -> new Type.StringType();
            case 1 -> new Type.IntType();
            case 2 -> new Type.BooleanType();
            case 3 -> new Type.EnumType(List.of("red", "green", "blue"));
            case 4 -> new Type.DoubleType();
            case 5 -> new Type.LongType();
            case 6 -> new ArrayType(new Type.StringType());
            case 7 -> schema(depth - 1);
            case 8 -> new ArrayType(schema(depth - 1));
            default -> new Type.MapType(new Type.IntType());
        };
        return random.nextInt(4) == 0 ? Type.nullable(t) : t;
    }

    /**
     * A document type of {@code versions} versions: a random first version, each later one derived
     * by one to four random ops (the differential tests compile and compare these).
     */
    public DocumentType documentType(String name, int versions) {
        ObjectType first = schema(2);
        DocumentType.Builder b = DocumentType.builder(name).version(1, first);
        ObjectType current = first;
        for (int v = 2; v <= versions; v++) {
            List<LensOp> ops = chain(current, 1 + random.nextInt(4));
            b.lens(v - 1, v, new Lens(ops), "random step " + (v - 1));
            Type next = SchemaTransform.apply(ops, current);
            current = next instanceof ObjectType o ? o : current;
        }
        return b.build();
    }

    /** {@code length} ops, each valid on the schema the previous ones produce. */
    public List<LensOp> chain(ObjectType source, int length) {
        List<LensOp> ops = new ArrayList<>();
        Type t = source;
        for (int i = 0; i < length && t instanceof ObjectType o; i++) {
            LensOp op = op(o, 2);
            ops.add(op);
            t = SchemaTransform.apply(List.of(op), t);
        }
        return ops;
    }

    /** One op valid on {@code o}. */
    public LensOp op(ObjectType o, int depth) {
        for (int attempt = 0; attempt < 50; attempt++) {
            LensOp op = tryOp(o, depth);
            if (op != null) {
                return op;
            }
        }
        return new LensOp.Add(freshName(o.fieldNames()), new Type.StringType(), NODES.textNode("x"));
    }

    private LensOp tryOp(ObjectType o, int depth) {
        List<Field> fields = o.fields();
        Field f = fields.isEmpty() ? null : fields.get(random.nextInt(fields.size()));
        Type ft = f == null ? null : Type.nonNull(f.type());
        switch (random.nextInt(10)) {
            case 0:
                return f == null ? null : new LensOp.Rename(f.name(), freshName(o.fieldNames()));
            case 1: {
                Type t = type(0);
                return new LensOp.Add(freshName(o.fieldNames()), t, new DocumentGenerator(random,
                        GeneratorSettings.defaults()).generate(t));
            }
            case 2:
                return f == null ? null : new LensOp.Remove(f.name(), f.type(),
                        new DocumentGenerator(random, GeneratorSettings.defaults()).generate(f.type()));
            case 3: {
                if (!(ft instanceof ObjectType host) || host.fields().isEmpty()) {
                    return null;
                }
                Field inner = host.fields().get(random.nextInt(host.fields().size()));
                return o.has(inner.name()) ? null : new LensOp.Hoist(f.name(), inner.name());
            }
            case 4: {
                if (f == null) {
                    return null;
                }
                List<Field> hosts = fields.stream().filter(h -> h != f && Type.nonNull(h.type()) instanceof ObjectType ho
                        && !ho.has(f.name())).toList();
                return hosts.isEmpty() ? null : new LensOp.Plunge(hosts.get(random.nextInt(hosts.size())).name(), f.name());
            }
            case 5:
                return f == null ? null : new LensOp.Wrap(f.name());
            case 6:
                return ft instanceof ArrayType ? new LensOp.Head(f.name()) : null;
            case 7:
                if (depth > 0 && ft instanceof ObjectType inner) {
                    return new LensOp.In(f.name(), List.of(op(inner, depth - 1)));
                }
                if (depth > 0 && ft instanceof ArrayType a && a.items() instanceof ObjectType item) {
                    LensOp inner = op(item, depth - 1);
                    return new LensOp.In(f.name(), List.of(new LensOp.Map(List.of(inner), key(item, inner))));
                }
                return null;
            default:
                return splits && f != null && f.type() instanceof Type.StringType ? splitOrMerge(o, f) : convert(f, ft);
        }
    }

    /**
     * A key for a map over items of type {@code item} running {@code inner}, half the time when
     * there is one (a required scalar field the op leaves alone); else null (by index).
     */
    private String key(ObjectType item, LensOp inner) {
        List<String> touched = OpTraits.touched(inner).stream().map(p -> p.get(0)).toList();
        List<String> candidates = item.fields().stream()
                .filter(k -> k.required() && Types.isScalar(Type.nonNull(k.type())) && !touched.contains(k.name()))
                .map(Field::name).toList();
        return candidates.isEmpty() || random.nextBoolean() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /**
     * A lens {@code map field by key { op }} on an object holding {@code field}, an array of items with
     * a random key field {@code key} (of a random scalar type, nullable one time in four) and random
     * other fields; the op works on the other fields.
     */
    public KeyedLens keyedMap(String field, String key) {
        ObjectType others = schema(1);
        Type keyType = switch (random.nextInt(4)) {
            case 0 -> new Type.StringType();
            case 1 -> new Type.IntType();
            case 2 -> new Type.EnumType(List.of("red", "green", "blue"));
            default -> new Type.LongType();
        };
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(key, random.nextInt(4) == 0 ? Type.nullable(keyType) : keyType));
        fields.addAll(others.fields());
        ObjectType item = new ObjectType(fields);
        List<LensOp> ops = new ArrayList<>();
        Type t = others;
        for (int i = 0, n = 1 + random.nextInt(3); i < n && t instanceof ObjectType o; i++) {
            LensOp op = op(o, 1);
            ops.add(op);
            t = SchemaTransform.apply(List.of(op), t);
        }
        ObjectType source = new ObjectType(List.of(new Field(field, new ArrayType(item))));
        return new KeyedLens(source, new Lens(List.of(new LensOp.In(field, List.of(new LensOp.Map(ops, key))))));
    }

    /** A lens and the type of its source documents. */
    public record KeyedLens(ObjectType source, Lens lens) {}

    /** A split of the string field {@code f}, or a merge of it with another string field. */
    private LensOp splitOrMerge(ObjectType o, Field f) {
        List<String> taken = new ArrayList<>(o.fieldNames());
        List<Field> others = o.fields().stream().filter(g -> g != f && g.type() instanceof Type.StringType).toList();
        Splitting splitting = switch (random.nextInt(3)) {
            case 0 -> new Splitting.Separator(" ");
            case 1 -> new Splitting.Separator(", ");
            default -> new Splitting.Pattern("^(\\d*)-(.*)$", "{p0}-{p1}",
                    random.nextBoolean() ? List.of(Splitting.ElseValue.of(""), Splitting.ElseValue.whole()) : null);
        };
        if (!others.isEmpty() && random.nextInt(4) > 0) {
            Field g = others.get(random.nextInt(others.size()));
            String name = freshName(taken);
            List<Splitting.Part> parts = splitting instanceof Splitting.Pattern
                    ? List.of(new Splitting.Part(f.name(), ""), new Splitting.Part(g.name(), ""))
                    : List.of(new Splitting.Part(f.name(), ""), new Splitting.Part(g.name(), random.nextBoolean() ? "" : "?"));
            return new LensOp.Merge(parts, name, renamedPlaceholders(splitting, parts));
        }
        List<Splitting.Part> parts = new ArrayList<>();
        int n = splitting instanceof Splitting.Pattern ? 2 : 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            String part = freshName(taken);
            taken.add(part);
            parts.add(new Splitting.Part(part, i > 0 && random.nextInt(4) == 0 ? "?" : ""));
        }
        return new LensOp.Split(f.name(), parts, renamedPlaceholders(splitting, parts));
    }

    /** A pattern's format with its placeholders {p0}, {p1} named after the parts. */
    private static Splitting renamedPlaceholders(Splitting splitting, List<Splitting.Part> parts) {
        if (!(splitting instanceof Splitting.Pattern p)) {
            return splitting;
        }
        return new Splitting.Pattern(p.regex(), "{" + parts.get(0).name() + "}-{" + parts.get(1).name() + "}", p.elseRule());
    }

    private LensOp convert(Field f, Type ft) {
        if (ft instanceof Type.BooleanType) {
            List<ValueMapping> table = new ArrayList<>(List.of(
                    ValueMapping.both(NODES.booleanNode(true), NODES.textNode("yes")),
                    ValueMapping.both(NODES.booleanNode(false), NODES.textNode("no"))));
            List<String> values = new ArrayList<>(List.of("yes", "no"));
            if (random.nextBoolean()) {
                table.add(new ValueMapping(NODES.booleanNode(false), NODES.textNode("maybe"),
                        ValueMapping.Direction.BACKWARD));
                values.add("maybe");
            }
            return new LensOp.Convert(f.name(), ft, new Type.EnumType(values), table, null, null);
        }
        if (ft instanceof Type.EnumType e) {
            List<ValueMapping> table = new ArrayList<>();
            for (String v : e.values()) {
                table.add(ValueMapping.both(NODES.textNode(v), NODES.textNode(v.toUpperCase(java.util.Locale.ROOT))));
            }
            return new LensOp.Convert(f.name(), ft, new Type.EnumType(e.values().stream()
                    .map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList()), table, null, null);
        }
        if (ft instanceof Type.IntType) {
            return new LensOp.Convert(f.name(), ft, new Type.LongType(), List.of(), null, null);
        }
        return null;
    }

    private String freshName(List<String> taken) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String n = NAMES[random.nextInt(NAMES.length)];
            if (!taken.contains(n)) {
                return n;
            }
        }
        String n;
        do {
            n = "f" + (fresh++);
        } while (taken.contains(n));
        return n;
    }
}
