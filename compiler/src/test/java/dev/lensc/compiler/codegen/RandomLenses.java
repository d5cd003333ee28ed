package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.SchemaProblems;
import dev.lensc.runtime.lens.SchemaTransform;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random document types: a random object schema and a chain of versions, each derived by a
 * few random ops that {@link SchemaTransform} accepts (ops it rejects are drawn again).
 */
final class RandomLenses {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e", "f", "g", "h");

    private final Random random;

    RandomLenses(long seed) {
        this.random = new Random(seed);
    }

    DocumentType documentType(String name, int versions) {
        Type.ObjectType v1 = objectType(2);
        DocumentType.Builder b = DocumentType.builder(name).version(1, v1);
        Type current = v1;
        for (int v = 2; v <= versions; v++) {
            List<LensOp> ops = ops(current, 1 + random.nextInt(4), 2);
            b.lens(v - 1, v, new Lens(ops), "random step " + (v - 1));
            current = SchemaTransform.apply(ops, current);
        }
        return b.build();
    }

    private Type.ObjectType objectType(int depth) {
        List<Field> fields = new ArrayList<>();
        int n = 2 + random.nextInt(4);
        for (String name : NAMES.subList(0, n)) {
            fields.add(new Field(name, type(depth)));
        }
        return new Type.ObjectType(fields);
    }

    private Type type(int depth) {
        int pick = random.nextInt(depth > 0 ? 9 : 5);
        Type t = switch (pick) {
            case 0 -> new Type.StringType();
            case 1 -> new Type.IntType();
            case 2, 3 -> new Type.BooleanType();
            case 4 -> new Type.EnumType(List.of("x", "y"));
            case 5, 6 -> objectType(depth - 1);
            case 7 -> new Type.ArrayType(objectType(depth - 1));
            default -> new Type.ArrayType(new Type.StringType());
        };
        return random.nextInt(4) == 0 ? new Type.NullableType(t) : t;
    }

    private List<LensOp> ops(Type type, int count, int depth) {
        List<LensOp> ops = new ArrayList<>();
        Type current = type;
        for (int tries = 0; ops.size() < count && tries < 50; tries++) {
            LensOp op = op(current, depth);
            if (op == null) {
                continue;
            }
            try {
                current = SchemaTransform.apply(op, current, SchemaProblems.throwing());
                ops.add(op);
            } catch (LensException e) {
                // not valid here: draw another
            }
        }
        return ops;
    }

    private LensOp op(Type type, int depth) {
        if (!(Type.nonNull(type) instanceof Type.ObjectType obj) || obj.fields().isEmpty()) {
            return type instanceof Type.ObjectType o ? new LensOp.Add(fresh(o), new Type.StringType(), NODES.textNode("new")) : null;
        }
        Field f = obj.fields().get(random.nextInt(obj.fields().size()));
        Type ft = Type.nonNull(f.type());
        switch (random.nextInt(10)) {
            case 0:
                return new LensOp.Rename(f.name(), fresh(obj));
            case 1:
                return new LensOp.Add(fresh(obj), new Type.IntType(), NODES.numberNode(random.nextInt(3)));
            case 2:
                return new LensOp.Remove(f.name(), f.type(), Types.defaultValue(f.type()));
            case 3:
                return ft instanceof Type.ArrayType ? new LensOp.Head(f.name()) : new LensOp.Wrap(f.name());
            case 4:
                if (ft instanceof Type.BooleanType) {
                    return new LensOp.Convert(f.name(), new Type.BooleanType(), new Type.StringType(), List.of(
                            ValueMapping.both(BooleanNode.TRUE, NODES.textNode("yes")),
                            ValueMapping.both(BooleanNode.FALSE, NODES.textNode("no")),
                            new ValueMapping(BooleanNode.FALSE, NODES.textNode("x"), ValueMapping.Direction.BACKWARD)),
                            null, null);
                }
                if (ft instanceof Type.IntType) {
                    return new LensOp.Convert(f.name(), new Type.IntType(), new Type.StringType(), List.of(), null, null);
                }
                return new LensOp.Rename(f.name(), fresh(obj));
            case 5:
                if (depth > 0 && ft instanceof Type.ObjectType) {
                    return new LensOp.In(f.name(), ops(ft, 1 + random.nextInt(2), depth - 1));
                }
                if (depth > 0 && ft instanceof Type.ArrayType a && a.items() instanceof Type.ObjectType) {
                    return new LensOp.In(f.name(), List.of(new LensOp.Map(ops(a.items(), 1 + random.nextInt(2), depth - 1))));
                }
                return null;
            case 6:
                if (ft instanceof Type.ObjectType host && !host.fields().isEmpty()) {
                    return new LensOp.Hoist(f.name(), host.fields().get(random.nextInt(host.fields().size())).name());
                }
                return null;
            case 7: {
                Field other = obj.fields().get(random.nextInt(obj.fields().size()));
                return other.name().equals(f.name()) ? null : new LensOp.Plunge(other.name(), f.name());
            }
            case 8:
                // a rename and its undoing in one chain, so fusion has something to cancel
                return new LensOp.Rename(f.name(), f.name() + "_tmp");
            default:
                return new LensOp.Rename(f.name(), fresh(obj));
        }
    }

    private String fresh(Type.ObjectType obj) {
        for (int i = 0;; i++) {
            String candidate = NAMES.get(random.nextInt(NAMES.size())) + (i == 0 ? "" : Integer.toString(i));
            if (!obj.has(candidate)) {
                return candidate;
            }
        }
    }

}
