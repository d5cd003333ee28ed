package dev.lensc.dsl.cambria;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.lens.ValueMapping.Direction;
import dev.lensc.runtime.schema.Hints;
import dev.lensc.runtime.schema.Type;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Cambria's YAML lens format into runtime ops:
 *
 * <pre>
 * lens:
 *   - rename: { source: title, destination: name }
 *   - add: { name: description, type: string, default: "" }
 *   - in: { name: labels, lens: [ { rename: { source: name, destination: category } } ] }
 *   - convert: { name: status, mapping: [ { true: done }, { done: true } ] }
 * </pre>
 *
 * Errors name the file and the JSON pointer of the entry ({@code at /lens/2/rename}).
 */
public final class CambriaLensReader {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<String> OPS = List.of(
            "rename", "add", "remove", "hoist", "plunge", "wrap", "head", "in", "map", "convert");

    private final String source;

    private CambriaLensReader(String source) {
        this.source = source;
    }

    public static CambriaLens read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new CambriaLensException(file + ": no such file");
        } catch (IOException e) {
            throw new CambriaLensException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** @param source the file name for messages */
    public static CambriaLens parse(String yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new CambriaLensException(source + where + ": not valid YAML: " + yamlProblem(e.getOriginalMessage()), e);
        }
        return new CambriaLensReader(source).lens(root);
    }

    /** SnakeYAML's message without its multi-line source excerpts. */
    private static String yamlProblem(String message) {
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\n")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                parts.add(line.trim());
            }
        }
        return parts.isEmpty() ? message : String.join(": ", parts);
    }

    private CambriaLens lens(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw error("", "a Cambria lens file is a YAML mapping with a top-level key 'lens'");
        }
        if (!root.has("lens")) {
            throw error("", "expected the top-level key 'lens'" + hint(root, List.of("lens")));
        }
        return new CambriaLens(ops(root.get("lens"), "/lens"));
    }

    private List<LensOp> ops(JsonNode list, String at) {
        if (list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw error(at, "expected a list of ops, found " + kind(list));
        }
        List<LensOp> ops = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.isNull()) { // Cambria skips empty list entries
                ops.add(op(entry, JsonPointers.child(at, i)));
            }
        }
        return ops;
    }

    private LensOp op(JsonNode entry, String at) {
        if (!entry.isObject() || entry.size() != 1) {
            throw error(at, "an op is a mapping with one key, the op's name (one of " + String.join(", ", OPS) + ")");
        }
        String name = entry.fieldNames().next();
        JsonNode args = entry.get(name);
        String here = JsonPointers.child(at, name);
        if (!args.isObject()) {
            throw error(here, "expected the op's arguments as a mapping, found " + kind(args));
        }
        switch (name) {
            case "rename":
                return new LensOp.Rename(text(args, "source", here), text(args, "destination", here));
            case "add":
                return new LensOp.Add(text(args, "name", here), type(args, here, true), defaultOf(args, here));
            case "remove":
                return args.has("type")
                        ? new LensOp.Remove(text(args, "name", here), type(args, here, false), defaultOf(args, here))
                        : new LensOp.Remove(text(args, "name", here), new Type.AnyType(),
                                args.has("default") ? args.get("default") : NullNode.getInstance());
            case "hoist":
                return new LensOp.Hoist(text(args, "host", here), text(args, "name", here));
            case "plunge":
                return new LensOp.Plunge(text(args, "host", here), text(args, "name", here));
            case "wrap":
                return new LensOp.Wrap(text(args, "name", here));
            case "head":
                return new LensOp.Head(text(args, "name", here));
            case "in":
                return new LensOp.In(text(args, "name", here), ops(required(args, "lens", here), here + "/lens"));
            case "map":
                return new LensOp.Map(ops(required(args, "lens", here), here + "/lens"));
            case "convert":
                return convert(args, here);
            default:
                String hint = Hints.didYouMean(name, OPS);
                throw error(here, "unknown op '" + name + "'" + (hint == null ? " (ops: " + String.join(", ", OPS) + ")"
                        : " (" + hint + ")"));
        }
    }

    /** Cambria's type names: a name or a list of names, "null" among them making the type nullable. */
    private Type type(JsonNode args, String at, boolean forAdd) {
        JsonNode node = required(args, "type", at);
        String typeAt = at + "/type";
        List<String> names = new ArrayList<>();
        if (node.isTextual()) {
            names.add(node.textValue());
        } else if (node.isArray()) {
            node.forEach(n -> names.add(n.isNull() ? "null" : n.asText()));
        } else {
            throw error(typeAt, "expected a type name or a list of type names, found " + kind(node));
        }
        boolean nullable = names.remove("null");
        if (names.size() != 1) {
            throw error(typeAt, names.isEmpty() ? "a field of type null alone carries no data"
                    : "a field has one type (besides null), found " + names);
        }
        Type inner = typeName(names.get(0), args.get("items"), typeAt, at);
        return nullable ? Type.nullable(inner) : inner;
    }

    private Type typeName(String name, JsonNode items, String typeAt, String at) {
        switch (name) {
            case "string": return new Type.StringType();
            case "number": return new Type.DoubleType();
            case "integer": return new Type.LongType();
            case "boolean": return new Type.BooleanType();
            case "object": return Type.ObjectType.empty();
            case "array":
                if (items == null || items.isNull()) {
                    return new Type.ArrayType(new Type.AnyType());
                }
                return new Type.ArrayType(type(items, at + "/items", true));
            default:
                throw error(typeAt, "unknown type '" + name + "'"
                        + hint(name, List.of("string", "number", "integer", "boolean", "object", "array", "null")));
        }
    }

    /** The declared default (even 0, false or ""), else Cambria's default for the type. */
    private JsonNode defaultOf(JsonNode args, String at) {
        if (args.has("default")) {
            return args.get("default").deepCopy();
        }
        return CambriaDefaults.ofTypeName(type(args, at, true));
    }

    private LensOp convert(JsonNode args, String at) {
        String name = text(args, "name", at);
        Type sourceType = args.has("sourceType") ? scalarType(args.get("sourceType"), at + "/sourceType") : null;
        Type destinationType = args.has("destinationType")
                ? scalarType(args.get("destinationType"), at + "/destinationType") : null;
        JsonNode mapping = required(args, "mapping", at);
        String mappingAt = at + "/mapping";
        if (!mapping.isArray() || mapping.size() != 2 || !mapping.get(0).isObject() || !mapping.get(1).isObject()) {
            throw error(mappingAt, "expected a list of two tables: [ {forward table}, {reverse table} ]");
        }
        JsonNode forward = mapping.get(0);
        JsonNode backward = mapping.get(1);
        // YAML keys are text: type each key by the declared type, else by the other table's values.
        Map<String, JsonNode> forwardKeys = typedKeys(forward, sourceType, backward, mappingAt + "/0");
        Map<String, JsonNode> backwardKeys = typedKeys(backward, destinationType, forward, mappingAt + "/1");
        List<ValueMapping> table = new ArrayList<>();
        List<String> twoWayBack = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : forwardKeys.entrySet()) {
            JsonNode from = e.getValue();
            JsonNode to = forward.get(e.getKey());
            String back = keyText(to);
            boolean both = back != null && backward.has(back) && sameValue(backward.get(back), from)
                    && !twoWayBack.contains(back);
            if (both) {
                twoWayBack.add(back);
            }
            table.add(new ValueMapping(from, to.deepCopy(), both ? Direction.BOTH : Direction.FORWARD));
        }
        for (Map.Entry<String, JsonNode> e : backwardKeys.entrySet()) {
            if (!twoWayBack.contains(e.getKey())) {
                table.add(new ValueMapping(backward.get(e.getKey()).deepCopy(), e.getValue(), Direction.BACKWARD));
            }
        }
        return new LensOp.Convert(name, sourceType, destinationType, table, null, null);
    }

    private Map<String, JsonNode> typedKeys(JsonNode table, Type declared, JsonNode other, String at) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<String> it = table.fieldNames(); it.hasNext();) {
            String key = it.next();
            out.put(key, typedKey(key, declared, other, JsonPointers.child(at, key)));
        }
        return out;
    }

    private JsonNode typedKey(String key, Type declared, JsonNode otherTable, String at) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (declared != null) {
            Type t = Type.nonNull(declared);
            if (t instanceof Type.StringType) {
                return nodes.textNode(key);
            }
            if (t instanceof Type.BooleanType) {
                if (key.equals("true") || key.equals("false")) {
                    return nodes.booleanNode(Boolean.parseBoolean(key));
                }
            } else {
                JsonNode number = number(key);
                if (number != null) {
                    return number;
                }
            }
            throw error(at, "the key '" + key + "' is not a " + dev.lensc.runtime.schema.Types.display(declared));
        }
        for (JsonNode value : otherTable) {
            if (value.isValueNode() && !value.isNull() && key.equals(value.asText())) {
                return value.deepCopy();
            }
        }
        return nodes.textNode(key);
    }

    private static JsonNode number(String text) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        try {
            long l = Long.parseLong(text);
            return l == (int) l ? nodes.numberNode((int) l) : nodes.numberNode(l);
        } catch (NumberFormatException e) {
            try {
                return nodes.numberNode(Double.parseDouble(text));
            } catch (NumberFormatException e2) {
                return null;
            }
        }
    }

    private Type scalarType(JsonNode node, String at) {
        if (!node.isTextual()) {
            throw error(at, "expected a type name, found " + kind(node));
        }
        switch (node.textValue()) {
            case "string": return new Type.StringType();
            case "number": return new Type.DoubleType();
            case "integer": return new Type.LongType();
            case "boolean": return new Type.BooleanType();
            default: throw error(at, "convert tables hold string, number, integer or boolean values, not '"
                    + node.textValue() + "'");
        }
    }

    /** The text a value has as a YAML key, or null for values that cannot be keys. */
    private static String keyText(JsonNode value) {
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        return dev.lensc.runtime.json.JsonValues.equal(a, b);
    }

    private String text(JsonNode args, String key, String at) {
        JsonNode v = required(args, key, at);
        if (!v.isValueNode() || v.isNull()) {
            throw error(at + "/" + key, "expected a field name, found " + kind(v));
        }
        return v.asText();
    }

    private JsonNode required(JsonNode args, String key, String at) {
        JsonNode v = args.get(key);
        if (v == null) {
            throw error(at, "missing '" + key + "'" + hint(args, List.of(key)));
        }
        return v;
    }

    private static String hint(JsonNode args, List<String> wanted) {
        for (Iterator<String> it = args.fieldNames(); it.hasNext();) {
            String h = Hints.didYouMean(it.next(), wanted);
            if (h != null) {
                return " (found a key that is close: " + h + ")";
            }
        }
        return "";
    }

    private static String hint(String name, List<String> candidates) {
        String h = Hints.didYouMean(name, candidates);
        return h == null ? "" : " (" + h + ")";
    }

    private static String kind(JsonNode v) {
        return dev.lensc.runtime.json.JsonValues.kind(v);
    }

    private CambriaLensException error(String pointer, String message) {
        return new CambriaLensException(source + ": at " + (pointer.isEmpty() ? "/" : pointer) + ": " + message);
    }
}
