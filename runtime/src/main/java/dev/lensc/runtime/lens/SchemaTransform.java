package dev.lensc.runtime.lens;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Hints;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Type.AnyType;
import dev.lensc.runtime.schema.Type.ArrayType;
import dev.lensc.runtime.schema.Type.NullableType;
import dev.lensc.runtime.schema.Type.ObjectType;
import dev.lensc.runtime.schema.Types;
import dev.lensc.runtime.schema.Violation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What ops do to schemas: the type of the next version, derived from the type of the previous one.
 *
 * <p>Presence travels with the field: an op that changes a field's value leaves an absent field
 * absent, so the field stays optional (or required) as it was, and its default is mapped through
 * the op (wrap: {@code d} to {@code [d]}, null to {@code []}; head: the first item; convert:
 * through the table; in, custom: through the ops or the lens) or dropped when it has no image,
 * leaving the field optional without a default. Ops on a nullable object run on the object and
 * leave null alone, so the result is nullable again. Problems (a rename of a field that does not exist) go to a {@link SchemaProblems}; the transform
 * then carries on with the input unchanged, so a checker sees every problem in one pass.
 */
public final class SchemaTransform {
    private SchemaTransform() {}

    /** The type after all ops; fails with a {@link LensException} at the first problem. */
    public static Type apply(List<LensOp> ops, Type in) {
        return derive(ops, in, SchemaProblems.throwing()).target();
    }

    public static Type apply(List<LensOp> ops, Type in, SchemaProblems problems) {
        return derive(ops, in, problems).target();
    }

    public static Type apply(LensOp op, Type in, SchemaProblems problems) {
        return step(op, in, problems).after();
    }

    /** The ops run on {@code in}, op by op (nested ops included), each problem reported once. */
    public static Derivation derive(List<LensOp> ops, Type in, SchemaProblems problems) {
        List<Derivation.Step> steps = new java.util.ArrayList<>(ops.size());
        Type t = in;
        for (LensOp op : ops) {
            Derivation.Step s = step(op, t, problems);
            steps.add(s);
            t = s.after();
        }
        return new Derivation(in, steps, t);
    }

    /** The ops run on {@code in}; fails with a {@link LensException} at the first problem. */
    public static Derivation derive(List<LensOp> ops, Type in) {
        return derive(ops, in, SchemaProblems.throwing());
    }

    /** One op run on {@code in} (its nested ops derived with it), for callers that build ops as they go. */
    public static Derivation.Step step(LensOp op, Type in, SchemaProblems problems) {
        if (in instanceof AnyType) {
            return new Derivation.Step(op, in, in, null);
        }
        Derivation[] nested = {null};
        Type out = op.accept(new LensOp.Visitor<Type>() {
            public Type rename(Rename r) { return onObject(r, in, problems, o -> SchemaTransform.rename(r, o, problems)); }
            public Type add(Add a) { return onObject(a, in, problems, o -> SchemaTransform.add(a, o, problems)); }
            public Type remove(Remove r) { return onObject(r, in, problems, o -> SchemaTransform.remove(r, o, problems)); }
            public Type hoist(Hoist h) { return onObject(h, in, problems, o -> SchemaTransform.hoist(h, o, problems)); }
            public Type plunge(Plunge p) { return onObject(p, in, problems, o -> SchemaTransform.plunge(p, o, problems)); }
            public Type wrap(Wrap w) { return onObject(w, in, problems, o -> SchemaTransform.wrap(w, o, problems)); }
            public Type head(Head h) { return onObject(h, in, problems, o -> SchemaTransform.head(h, o, problems)); }
            public Type in(In i) { return onObject(i, in, problems, o -> SchemaTransform.in(i, o, problems, nested)); }
            public Type map(Map m) { return SchemaTransform.map(m, in, problems, nested); }
            public Type convert(Convert c) { return onObject(c, in, problems, o -> SchemaTransform.convert(c, o, problems)); }
            public Type custom(Custom c) { return onObject(c, in, problems, o -> SchemaTransform.custom(c, o, problems)); }
            public Type split(LensOp.Split s) { return onObject(s, in, problems, o -> SchemaTransform.split(s, o, problems)); }
            public Type merge(LensOp.Merge m) { return onObject(m, in, problems, o -> SchemaTransform.merge(m, o, problems)); }
        });
        return new Derivation.Step(op, in, out, nested[0]);
    }

    private static Type onObject(LensOp op, Type in, SchemaProblems problems, java.util.function.Function<ObjectType, Type> f) {
        if (in instanceof ObjectType obj) {
            return f.apply(obj);
        }
        if (in instanceof NullableType n && n.inner() instanceof ObjectType obj) {
            // a null object stays null (as Cambria reads a null host): the op changes the object
            Type out = f.apply(obj);
            return out.isNullable() ? out : Type.nullable(out);
        }
        problems.report(new Problem(Problem.Kind.WRONG_SHAPE, op, null, "'" + LensOps.describe(op) + "' needs an object here, but the value is "
                + Types.display(in), null));
        return in;
    }

    private static Type wrap(Wrap w, ObjectType obj, SchemaProblems problems) {
        Field f = field(w, w.name(), obj, problems);
        return f == null ? obj : replaceType(obj, f, new ArrayType(Type.nonNull(f.type())),
                f.defaultValue() == null ? null : Steps.wrapValue(f.defaultValue()));
    }

    private static Type rename(Rename r, ObjectType obj, SchemaProblems problems) {
        if (field(r, r.from(), obj, problems) == null) {
            return obj;
        }
        if (!r.from().equals(r.to()) && obj.has(r.to())) {
            problems.report(new Problem(Problem.Kind.FIELD_EXISTS, r, r.to(), "cannot rename '" + r.from() + "' to '" + r.to() + "': a field '" + r.to()
                    + "' already exists", "remove or rename '" + r.to() + "' first"));
            return obj;
        }
        return obj.renamed(r.from(), r.to());
    }

    private static Type add(Add a, ObjectType obj, SchemaProblems problems) {
        if (obj.has(a.name())) {
            problems.report(new Problem(Problem.Kind.FIELD_EXISTS, a, a.name(), "cannot add '" + a.name() + "': the field already exists", null));
            return obj;
        }
        checkDefault(a, a.name(), a.defaultValue(), a.type(), problems);
        return obj.with(new Field(a.name(), a.type(), a.defaultValue()));
    }

    private static Type remove(Remove r, ObjectType obj, SchemaProblems problems) {
        Field f = field(r, r.name(), obj, problems);
        if (f == null) {
            return obj;
        }
        if (!(r.type() instanceof AnyType) && !Types.assignable(Type.nonNull(f.type()), Type.nonNull(r.type()))) {
            problems.report(new Problem(Problem.Kind.DECLARED_TYPE_DIFFERS, r, r.name(), "remove declares '" + r.name() + "' as " + Types.display(r.type())
                    + ", but it is " + Types.display(f.type()), "declare it as " + Types.display(f.type())));
        }
        checkDefault(r, r.name(), r.defaultValue(), f.type(), problems);
        return obj.without(r.name());
    }

    private static Type hoist(Hoist h, ObjectType obj, SchemaProblems problems) {
        Field host = field(h, h.host(), obj, problems);
        if (host == null) {
            return obj;
        }
        Type hostType = Type.nonNull(host.type());
        if (hostType instanceof AnyType) {
            return obj.with(Field.optional(h.name(), hostType));
        }
        if (!(hostType instanceof ObjectType hostObject)) {
            problems.report(new Problem(Problem.Kind.WRONG_SHAPE, h, h.host(), "cannot hoist out of '" + h.host() + "': it is " + Types.display(host.type())
                    + ", not an object", null));
            return obj;
        }
        Field inner = field(h, h.name(), hostObject, problems);
        if (inner == null) {
            return obj;
        }
        if (obj.has(h.name())) {
            problems.report(new Problem(Problem.Kind.FIELD_EXISTS, h, h.name(), "cannot hoist '" + h.name() + "': a field '" + h.name() + "' already exists here", null));
            return obj;
        }
        boolean nullableHost = host.type().isNullable();
        Type innerType = nullableHost ? Type.nullable(inner.type()) : inner.type();
        Type newHost = hostObject.without(h.name());
        JsonNode hostDefault = host.defaultValue();
        // an absent host leaves the field absent; a reader then sees what the host's default holds
        JsonNode def = hostDefault == null ? inner.defaultValue()
                : hostDefault.isObject() ? hostDefault.get(h.name()) : hostDefault;
        return obj.with(host.with(nullableHost ? Type.nullable(newHost) : newHost,
                        hostDefault == null ? null : without(hostDefault, h.name())))
                .with(new Field(h.name(), innerType, def != null && SchemaValidator.fits(def, innerType) ? def : null,
                        inner.optional() || host.optional()));
    }

    private static Type plunge(Plunge p, ObjectType obj, SchemaProblems problems) {
        Field moved = field(p, p.name(), obj, problems);
        if (moved == null) {
            return obj;
        }
        Field host = obj.field(p.host()).orElse(null);
        if (host == null) {
            problems.report(new Problem(Problem.Kind.UNKNOWN_FIELD, p, p.host(), "cannot plunge into '" + p.host() + "': no such field here",
                    "add " + p.host() + ": {} = {} first, then plunge into it"));
            return obj;
        }
        Type hostType = Type.nonNull(host.type());
        if (!(hostType instanceof ObjectType hostObject)) {
            problems.report(new Problem(Problem.Kind.WRONG_SHAPE, p, p.host(), "cannot plunge into '" + p.host() + "': it is " + Types.display(host.type())
                    + ", not an object", null));
            return obj;
        }
        if (hostObject.has(p.name())) {
            problems.report(new Problem(Problem.Kind.FIELD_EXISTS, p, p.name(), "cannot plunge '" + p.name() + "': '" + p.host() + "' already has a field '"
                    + p.name() + "'", null));
            return obj;
        }
        ObjectType newHost = hostObject.with(moved);
        ObjectType out = obj.without(p.name());
        Type newHostType = host.type().isNullable() ? Type.nullable(newHost) : newHost;
        return out.with(host.with(newHostType, plungedDefault(host.defaultValue(), moved)));
    }

    /** The host's default with the moved field's default in it, or none when that would not fit. */
    private static JsonNode plungedDefault(JsonNode hostDefault, Field moved) {
        if (hostDefault == null || !hostDefault.isObject()) {
            return hostDefault;
        }
        if (moved.defaultValue() == null) {
            return moved.optional() ? hostDefault : null;
        }
        com.fasterxml.jackson.databind.node.ObjectNode d = ((com.fasterxml.jackson.databind.node.ObjectNode) hostDefault).deepCopy();
        d.set(moved.name(), moved.defaultValue().deepCopy());
        return d;
    }

    private static Type head(Head h, ObjectType obj, SchemaProblems problems) {
        Field f = field(h, h.name(), obj, problems);
        if (f == null) {
            return obj;
        }
        Type t = Type.nonNull(f.type());
        if (t instanceof AnyType) {
            return obj;
        }
        if (!(t instanceof ArrayType a)) {
            problems.report(new Problem(Problem.Kind.WRONG_SHAPE, h, h.name(), "cannot take the head of '" + h.name() + "': it is " + Types.display(f.type())
                    + ", not an array", "use 'wrap' to turn a value into an array"));
            return obj;
        }
        JsonNode def = f.defaultValue() == null || !f.defaultValue().isArray() ? null
                : Steps.headValue(f.defaultValue(), h.name(), null);
        return replaceType(obj, f, Type.nullable(a.items()), def);
    }

    private static Type in(In in, ObjectType obj, SchemaProblems problems, Derivation[] nested) {
        Field f = field(in, in.name(), obj, problems);
        if (f == null) {
            return obj;
        }
        nested[0] = derive(in.ops(), Type.nonNull(f.type()), problems);
        Type inner = nested[0].target();
        return replaceType(obj, f, f.type().isNullable() && !(f.type() instanceof AnyType)
                ? Type.nullable(inner) : inner, image(f.defaultValue(), d -> Interpreter.run(in.ops(), d, null, "")));
    }

    private static Type map(Map m, Type in, SchemaProblems problems, Derivation[] nested) {
        Type t = Type.nonNull(in);
        if (t instanceof ArrayType a) {
            if (m.keyed()) {
                checkKey(m, a.items(), problems);
            }
            nested[0] = derive(m.ops(), a.items(), problems);
            Type items = nested[0].target();
            ArrayType out = new ArrayType(items);
            return in instanceof NullableType ? Type.nullable(out) : out;
        }
        problems.report(new Problem(Problem.Kind.WRONG_SHAPE, m, null, "'map' needs an array here, but the value is " + Types.display(in),
                "use 'in <field> { map { ... } }' or 'map <field> { ... }' on an array field"));
        return in;
    }

    /**
     * The key of {@code map by key} must identify the items on both sides: a required field of
     * scalar type (nullable allowed: null is "no key") that the map's ops leave alone.
     */
    private static void checkKey(Map m, Type items, SchemaProblems problems) {
        String key = m.key();
        if (items instanceof AnyType) {
            return;
        }
        if (!(Type.nonNull(items) instanceof ObjectType obj)) {
            problems.report(new Problem(Problem.Kind.INVALID_KEY, m, key, "'" + LensOps.describe(m)
                    + "' needs items that are objects, but they are " + Types.display(items),
                    "key only arrays of objects; align other arrays by index: map { ... }"));
            return;
        }
        Field f = obj.field(key).orElse(null);
        if (f == null) {
            problems.report(new Problem(Problem.Kind.INVALID_KEY, m, key, "the key '" + key
                    + "' is not a field of the items" + (obj.fields().isEmpty() ? ""
                    : " (fields: " + String.join(", ", obj.fieldNames()) + ")"), Hints.didYouMean(key, obj.fieldNames())));
            return;
        }
        if (!Types.isScalar(Type.nonNull(f.type()))) {
            problems.report(new Problem(Problem.Kind.INVALID_KEY, m, key, "the key '" + key + "' is of type "
                    + Types.display(f.type()) + "; a key must be a string, number, boolean or enum",
                    "key the items by a scalar field that identifies them"));
        } else if (f.optional()) {
            problems.report(new Problem(Problem.Kind.INVALID_KEY, m, key, "the key '" + key
                    + "' is optional; an item without it could not be told apart from the others",
                    "make it required (a nullable key may be null: such items line up in order among themselves)"));
        }
        for (LensOp op : m.ops()) {
            for (List<String> path : OpTraits.touched(op)) {
                if (path.get(0).equals(key)) {
                    problems.report(new Problem(Problem.Kind.INVALID_KEY, m, key, "'" + LensOps.describe(op)
                            + "' changes the key '" + key + "' inside '" + LensOps.describe(m)
                            + "'; the items are told apart by it on both sides, so it must stay as it is",
                            "change the key in a lens of its own, outside the keyed map"));
                    return;
                }
            }
        }
    }

    private static Type convert(Convert c, ObjectType obj, SchemaProblems problems) {
        Field f = field(c, c.name(), obj, problems);
        if (f == null) {
            return obj;
        }
        if (c.fromType() != null && !Types.assignable(f.type(), c.fromType())
                && !Types.assignable(f.type(), Type.nullable(c.fromType()))) {
            problems.report(new Problem(Problem.Kind.DECLARED_TYPE_DIFFERS, c, c.name(), "convert declares '" + c.name() + "' as " + Types.display(c.fromType())
                    + ", but it is " + Types.display(f.type()), "declare it as " + Types.display(f.type())));
        }
        for (ValueMapping m : c.table()) {
            if (c.fromType() != null && !SchemaValidator.fits(m.from(), Type.nullable(c.fromType()))) {
                problems.report(new Problem(Problem.Kind.CONVERT_ENTRY, c, c.name(), "convert table entry " + m.from() + " is not a " + Types.display(c.fromType()), null));
            }
            if (c.toType() != null && !SchemaValidator.fits(m.to(), Type.nullable(c.toType()))) {
                problems.report(new Problem(Problem.Kind.CONVERT_ENTRY, c, c.name(), "convert table entry " + m.to() + " is not a " + Types.display(c.toType()), null));
            }
        }
        Type to = c.toType() != null ? c.toType() : inferTarget(c);
        if (yieldsNull(c, f.type()) && !(to instanceof AnyType)) {
            to = Type.nullable(to);
        }
        return replaceType(obj, f, to, image(f.defaultValue(), d -> ValueConverter.tryConvert(c, d)));
    }

    /**
     * Whether the converted field may hold null: the declared target type says so, or a value the
     * field may hold goes through as null (null without an entry of its own, an entry or fallback
     * giving null). A table that maps null to a value keeps a non-nullable target non-nullable.
     */
    private static boolean yieldsNull(Convert c, Type fieldType) {
        JsonNode nullImage = ValueConverter.tryConvert(c, com.fasterxml.jackson.databind.node.NullNode.getInstance());
        return (fieldType.isNullable() && nullImage != null && nullImage.isNull())
                || c.table().stream().anyMatch(m -> m.forwards() && m.to().isNull())
                || (c.forwardFallback() != null && c.forwardFallback().isNull());
    }

    /** Without a declared target type: an enum of the table's strings, or any. */
    private static Type inferTarget(Convert c) {
        Set<String> strings = new LinkedHashSet<>();
        for (ValueMapping m : c.table()) {
            if (!m.forwards()) {
                continue;
            }
            if (!m.to().isTextual()) {
                return new AnyType();
            }
            strings.add(m.to().textValue());
        }
        if (c.forwardFallback() != null) {
            if (!c.forwardFallback().isTextual()) {
                return new AnyType();
            }
            strings.add(c.forwardFallback().textValue());
        }
        return strings.isEmpty() ? new AnyType() : new Type.EnumType(List.copyOf(strings));
    }

    private static Type custom(Custom c, ObjectType obj, SchemaProblems problems) {
        Field f = field(c, c.name(), obj, problems);
        if (f == null) {
            return obj;
        }
        Type t = c.reversed() ? c.lens().backwardType(f.type()) : c.lens().forwardType(f.type());
        return replaceType(obj, f, t, image(f.defaultValue(),
                d -> c.reversed() ? c.lens().backward(d, null) : c.lens().forward(d, null)));
    }

    /**
     * The string field becomes its parts, in its place: strings, present exactly when it was, with
     * its default cut into theirs.
     */
    private static Type split(LensOp.Split s, ObjectType obj, SchemaProblems problems) {
        Field f = field(s, s.name(), obj, problems);
        if (f == null || !isText(s, f, problems)) {
            return obj;
        }
        for (Splitting.Part p : s.parts()) {
            if (!p.name().equals(s.name()) && obj.has(p.name())) {
                problems.report(new Problem(Problem.Kind.FIELD_EXISTS, s, p.name(), "cannot split '" + s.name() + "' into '"
                        + p.name() + "': a field '" + p.name() + "' already exists", "name the part otherwise"));
                return obj;
            }
        }
        JsonNode d = f.defaultValue();
        List<String> defaults = null;
        if (d != null && d.isTextual()) {
            try {
                defaults = Steps.splitText(d.textValue(), s.parts(), s.splitting(), s.name(), null);
            } catch (LensException e) {
                defaults = null; // no image: the parts keep the field's presence, without a default
            }
        }
        List<Field> parts = new java.util.ArrayList<>();
        for (int i = 0; i < s.parts().size(); i++) {
            JsonNode def = defaults == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(defaults.get(i));
            parts.add(new Field(s.parts().get(i).name(), new Type.StringType(), def, f.optional()));
        }
        return replaceFields(obj, s.name(), parts, List.of());
    }

    /**
     * The string parts become one string field in the place of the first: present when any part
     * is, so optional only when every part is; with the parts' defaults merged when they all have one.
     */
    private static Type merge(LensOp.Merge m, ObjectType obj, SchemaProblems problems) {
        List<String> defaults = new java.util.ArrayList<>();
        boolean optional = true;
        for (Splitting.Part p : m.parts()) {
            Field f = field(m, p.name(), obj, problems);
            if (f == null || !isText(m, f, problems)) {
                return obj;
            }
            optional &= f.optional();
            if (defaults != null && f.defaultValue() != null && f.defaultValue().isTextual()) {
                defaults.add(f.defaultValue().textValue());
            } else {
                defaults = null;
            }
        }
        List<String> partNames = m.parts().stream().map(Splitting.Part::name).toList();
        if (obj.has(m.name()) && !partNames.contains(m.name())) {
            problems.report(new Problem(Problem.Kind.FIELD_EXISTS, m, m.name(), "cannot merge into '" + m.name()
                    + "': a field '" + m.name() + "' already exists", "remove or rename '" + m.name() + "' first"));
            return obj;
        }
        JsonNode def = defaults == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(
                Steps.mergeText(defaults, m.parts(), m.splitting(), null));
        Field merged = new Field(m.name(), new Type.StringType(), def, optional);
        return replaceFields(obj, partNames.get(0), List.of(merged), partNames.subList(1, partNames.size()));
    }

    private static boolean isText(LensOp op, Field f, SchemaProblems problems) {
        if (f.type() instanceof Type.StringType || f.type() instanceof AnyType) {
            return true;
        }
        String what = op instanceof LensOp.Split ? "split" : "merge";
        problems.report(new Problem(Problem.Kind.WRONG_SHAPE, op, f.name(), "cannot " + what + " '" + f.name() + "': it is "
                + Types.display(f.type()) + ", not a string", f.type().isNullable()
                        ? "a null has no text: convert null to a string first (convert " + f.name() + " { null -> \"\" })"
                        : "convert it to a string first"));
        return false;
    }

    /** The object with field {@code at} replaced in place by {@code with}, and the {@code dropped} fields left out. */
    private static ObjectType replaceFields(ObjectType obj, String at, List<Field> with, List<String> dropped) {
        List<Field> out = new java.util.ArrayList<>();
        for (Field f : obj.fields()) {
            if (f.name().equals(at)) {
                out.addAll(with);
            } else if (!dropped.contains(f.name()) && with.stream().noneMatch(w -> w.name().equals(f.name()))) {
                out.add(f);
            }
        }
        return new ObjectType(out);
    }

    private static Field field(LensOp op, String name, ObjectType obj, SchemaProblems problems) {
        Field f = obj.field(name).orElse(null);
        if (f == null) {
            problems.report(new Problem(Problem.Kind.UNKNOWN_FIELD, op, name, "no field '" + name + "' here" + (obj.fields().isEmpty() ? ""
                    : " (fields: " + String.join(", ", obj.fieldNames()) + ")"), Hints.didYouMean(name, obj.fieldNames())));
        }
        return f;
    }

    private static void checkDefault(LensOp op, String name, JsonNode value, Type type, SchemaProblems problems) {
        List<Violation> violations = SchemaValidator.validate(value, type);
        if (!violations.isEmpty()) {
            problems.report(new Problem(Problem.Kind.DEFAULT_TYPE, op, name, "the default " + value + " of '" + name + "' is not a " + Types.display(type)
                    + ": " + violations.get(0).message(), type.isNullable() ? null : "make the type nullable ("
                    + Types.display(type) + "?) or give a default of its type"));
        }
    }

    /**
     * The field with a new type, present exactly when it was; {@code mappedDefault} is its default
     * mapped through the op, kept when it fits the new type (else the field has no default).
     */
    private static ObjectType replaceType(ObjectType obj, Field f, Type type, JsonNode mappedDefault) {
        JsonNode def = mappedDefault != null && SchemaValidator.fits(mappedDefault, type) ? mappedDefault : null;
        return obj.with(f.with(type, def));
    }

    /** A default mapped through an op, or null when there is none or the op cannot map it. */
    private static JsonNode image(JsonNode defaultValue, java.util.function.UnaryOperator<JsonNode> op) {
        if (defaultValue == null) {
            return null;
        }
        try {
            return op.apply(defaultValue);
        } catch (RuntimeException e) {
            return null; // no image: the field keeps its presence and loses its default
        }
    }

    private static JsonNode without(JsonNode obj, String name) {
        if (obj instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            com.fasterxml.jackson.databind.node.ObjectNode c = o.deepCopy();
            c.remove(name);
            return c;
        }
        return obj;
    }
}
