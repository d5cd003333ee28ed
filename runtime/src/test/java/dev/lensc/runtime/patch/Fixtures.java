package dev.lensc.runtime.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A todo-item schema that every lens op can work on, and one lens per op. */
final class Fixtures {
    static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Type STRING = new Type.StringType();
    static final Type INT = new Type.IntType();
    static final Type BOOL = new Type.BooleanType();
    static final Type STATE = new Type.EnumType(List.of("todo", "doing", "done"));
    static final Type PHASE = new Type.EnumType(List.of("open", "closed"));
    static final Type STATUS = new Type.EnumType(List.of("active", "done", "blocked"));

    static final Type.ObjectType METADATA = new Type.ObjectType(List.of(
            new Field("createdBy", STRING),
            new Field("priority", INT),
            new Field("note", new Type.NullableType(STRING))));

    static final Type.ObjectType ITEM = new Type.ObjectType(List.of(
            new Field("label", STRING),
            new Field("done", BOOL)));

    static final Type.ObjectType V1 = new Type.ObjectType(List.of(
            new Field("title", STRING),
            new Field("isDone", BOOL),
            new Field("state", STATE),
            new Field("assignee", new Type.NullableType(STRING)),
            new Field("tags", new Type.ArrayType(STRING)),
            new Field("metadata", METADATA),
            new Field("items", new Type.ArrayType(ITEM)),
            new Field("legacy", STRING, N.textNode("x")),
            new Field("extras", new Type.MapType(INT)),
            new Field("odd/key~", STRING),
            new Field("owner", STRING)));

    static final LensOp RENAME = new LensOp.Rename("isDone", "status");
    static final LensOp RENAME_ESCAPED = new LensOp.Rename("odd/key~", "plain~/");
    static final LensOp ADD = new LensOp.Add("groupId", STRING, N.textNode("inbox"));
    static final LensOp REMOVE = new LensOp.Remove("legacy", STRING, N.textNode("x"));
    static final LensOp HOIST = new LensOp.Hoist("metadata", "priority");
    static final LensOp PLUNGE = new LensOp.Plunge("metadata", "owner");
    static final LensOp WRAP = new LensOp.Wrap("assignee");
    static final LensOp HEAD = new LensOp.Head("tags");
    static final LensOp IN = new LensOp.In("metadata", List.of(
            new LensOp.Rename("createdBy", "author"),
            new LensOp.Add("reviewed", BOOL, N.booleanNode(false))));
    static final LensOp MAP = new LensOp.In("items", List.of(new LensOp.Map(List.of(
            new LensOp.Rename("label", "text"),
            new LensOp.Add("prio", INT, N.numberNode(3))))));
    static final LensOp CONVERT = new LensOp.Convert("isDone", BOOL, STATUS, List.of(
            ValueMapping.both(N.booleanNode(true), N.textNode("done")),
            ValueMapping.both(N.booleanNode(false), N.textNode("active")),
            new ValueMapping(N.booleanNode(false), N.textNode("blocked"), ValueMapping.Direction.BACKWARD)),
            null, null);
    static final LensOp CONVERT_ENUM = new LensOp.Convert("state", STATE, PHASE, List.of(
            new ValueMapping(N.textNode("todo"), N.textNode("open"), ValueMapping.Direction.FORWARD),
            ValueMapping.both(N.textNode("doing"), N.textNode("open")),
            ValueMapping.both(N.textNode("done"), N.textNode("closed"))),
            null, null);
    /** Ops nested two deep: a head inside map inside in. */
    static final LensOp NESTED = new LensOp.In("items", List.of(new LensOp.Map(List.of(
            new LensOp.Convert("done", BOOL, STATUS, List.of(
                    ValueMapping.both(N.booleanNode(true), N.textNode("done")),
                    ValueMapping.both(N.booleanNode(false), N.textNode("active"))), null, null),
            new LensOp.Wrap("label")))));

    /** Every lens op of the catalogue, by name. */
    static Map<String, Lens> singleOps() {
        Map<String, Lens> out = new LinkedHashMap<>();
        out.put("rename", Lens.of(RENAME));
        out.put("rename escaped", Lens.of(RENAME_ESCAPED));
        out.put("add", Lens.of(ADD));
        out.put("remove", Lens.of(REMOVE));
        out.put("hoist", Lens.of(HOIST));
        out.put("plunge", Lens.of(PLUNGE));
        out.put("wrap", Lens.of(WRAP));
        out.put("head", Lens.of(HEAD));
        out.put("in", Lens.of(IN));
        out.put("map", Lens.of(MAP));
        out.put("convert", Lens.of(CONVERT));
        out.put("convert enum", Lens.of(CONVERT_ENUM));
        out.put("nested in/map/convert/wrap", Lens.of(NESTED));
        return out;
    }

    /** All the ops above in one consistent chain. */
    static Lens chain() {
        return Lens.of(CONVERT, RENAME, REMOVE, HOIST, PLUNGE, WRAP, HEAD, IN, MAP, CONVERT_ENUM, ADD,
                RENAME_ESCAPED);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static JsonPatch patch(String text) {
        return JsonPatch.parse(json(text));
    }

    /** A v1 document with some of everything. */
    static JsonNode doc() {
        return json("{'title':'t','isDone':false,'state':'todo','assignee':'ann','tags':['a','b'],"
                + "'metadata':{'createdBy':'cy','priority':2,'note':null},"
                + "'items':[{'label':'one','done':false},{'label':'two','done':true}],"
                + "'legacy':'x','extras':{'k':1},'odd/key~':'o','owner':'ow'}");
    }

    private Fixtures() {}
}
