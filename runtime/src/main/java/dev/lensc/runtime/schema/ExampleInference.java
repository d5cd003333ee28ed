package dev.lensc.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The type of a collection of example documents: {@link SchemaInference} over all of them (a field
 * missing from some is optional, a field holding null in some is nullable), then refined with
 * what only the values show:
 *
 * <ul>
 *   <li>a string field whose values come from a small closed set is an enum: at most
 *       {@link Settings#enumLimit} distinct values, each short and word-like, each seen at least
 *       twice on average and three values at least (three documents saying "ann", "bob", "cy" are names, not an enum);</li>
 *   <li>an object whose keys look like data rather than field names (numbers, dates, ids, keys
 *       with spaces or punctuation), or that has more than {@link Settings#mapKeys} distinct keys
 *       over all examples, is a {@code map} of the type its values share;</li>
 *   <li>values nested deeper than {@link Settings#maxDepth} objects and arrays are {@code any}: a
 *       schema that deep describes one document, not a kind of document.</li>
 * </ul>
 */
public final class ExampleInference {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(-[A-Za-z0-9_$]+)*");
    private static final Pattern ENUM_VALUE = Pattern.compile("[\\p{L}\\p{N}_.+-]{1,40}");

    /**
     * @param enumLimit the most distinct values a string field may have to become an enum (0: no enums)
     * @param mapKeys the distinct keys over which an object is a map whatever its keys look like
     * @param maxDepth the levels of objects and arrays described; deeper values are {@code any}
     */
    public record Settings(int enumLimit, int mapKeys, int maxDepth) {
        public static final Settings DEFAULTS = new Settings(8, 40, 32);
    }

    private final Settings settings;

    private ExampleInference(Settings settings) {
        this.settings = settings;
    }

    /** The type every one of {@code examples} fits. */
    public static Type infer(List<JsonNode> examples, Settings settings) {
        return new ExampleInference(settings).typeOf(examples, 0);
    }

    /** The fields of examples that are all objects (a version's documents): the top level is never a map. */
    public static Type.ObjectType inferObject(List<JsonNode> objects, Settings settings) {
        if (!objects.stream().allMatch(JsonNode::isObject)) {
            throw new IllegalArgumentException("the examples are not all objects");
        }
        ExampleInference inference = new ExampleInference(settings);
        Type base = inference.baseType(objects);
        return base instanceof Type.ObjectType o ? inference.record(o, objects, 0) : Type.ObjectType.empty();
    }

    private Type baseType(List<JsonNode> values) {
        ArrayNode all = NODES.arrayNode();
        values.forEach(all::add);
        return ((Type.ArrayType) SchemaInference.infer(all)).items();
    }

    private Type typeOf(List<JsonNode> values, int depth) {
        return refine(baseType(values), nonNull(values), depth);
    }

    private Type refine(Type base, List<JsonNode> values, int depth) {
        boolean nested = base instanceof Type.ArrayType || base instanceof Type.ObjectType;
        if (nested && depth >= settings.maxDepth()) {
            return new Type.AnyType();
        }
        if (base instanceof Type.NullableType n) {
            Type inner = refine(n.inner(), values, depth);
            return inner instanceof Type.AnyType ? inner : Type.nullable(inner);
        } else if (base instanceof Type.StringType && isEnum(values)) {
            Set<String> distinct = new LinkedHashSet<>();
            values.forEach(v -> distinct.add(v.textValue()));
            return new Type.EnumType(List.copyOf(distinct));
        } else if (base instanceof Type.ArrayType a) {
            List<JsonNode> items = new ArrayList<>();
            values.forEach(v -> v.forEach(items::add));
            return new Type.ArrayType(refine(a.items(), nonNull(items), depth + 1));
        } else if (base instanceof Type.ObjectType o) {
            return isMap(o, values, depth) ? map(values, depth) : record(o, values, depth);
        }
        return base;
    }

    private boolean isEnum(List<JsonNode> values) {
        Set<String> distinct = new LinkedHashSet<>();
        for (JsonNode v : values) {
            if (!ENUM_VALUE.matcher(v.textValue()).matches()) {
                return false;
            }
            distinct.add(v.textValue());
        }
        return !distinct.isEmpty() && distinct.size() <= settings.enumLimit() && values.size() >= Math.max(3, 2 * distinct.size());
    }

    private boolean isMap(Type.ObjectType o, List<JsonNode> values, int depth) {
        if (o.fields().isEmpty()) {
            return false;
        }
        if (o.fields().size() > settings.mapKeys()) {
            return true;
        }
        long dataKeys = o.fieldNames().stream().filter(k -> !FIELD_NAME.matcher(k).matches()).count();
        return 2 * dataKeys >= o.fields().size() && !(map(values, depth).values() instanceof Type.AnyType);
    }

    private Type.MapType map(List<JsonNode> objects, int depth) {
        return new Type.MapType(typeOf(members(objects), depth + 1));
    }

    private Type.ObjectType record(Type.ObjectType o, List<JsonNode> objects, int depth) {
        List<Field> fields = new ArrayList<>();
        for (Field f : o.fields()) {
            List<JsonNode> present = new ArrayList<>();
            for (JsonNode obj : objects) {
                JsonNode v = obj.get(f.name());
                if (v != null && !v.isNull()) {
                    present.add(v);
                }
            }
            fields.add(new Field(f.name(), refine(f.type(), present, depth + 1), f.defaultValue(), f.optional()));
        }
        return new Type.ObjectType(fields);
    }

    private static List<JsonNode> members(List<JsonNode> objects) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode obj : objects) {
            for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext();) {
                out.add(it.next().getValue());
            }
        }
        return out;
    }

    private static List<JsonNode> nonNull(List<JsonNode> values) {
        return values.stream().filter(v -> v != null && !v.isNull()).toList();
    }
}
