package dev.lensc.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.dsl.testlenses.ReversedText;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every construct of the language, parsed and linked into the runtime model it stands for. */
class ModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final Type STRING = new Type.StringType();
    static final Type INT = new Type.IntType();
    static final Type BOOLEAN = new Type.BooleanType();

    static LinkedSchema link(String text) {
        LensFileResult r = LensFiles.parse("m.lens", text);
        assertEquals("", r.formatDiagnostics());
        assertEquals(1, r.schemas().size());
        return r.schemas().get(0);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Type obj(Field... fields) {
        return new Type.ObjectType(List.of(fields));
    }

    private static List<LensOp> ops(String firstVersion, String lensBody) {
        LinkedSchema s = link("schema S {\n version 1 {" + firstVersion + "}\n lens 1 -> 2 {" + lensBody + "}\n}");
        return s.lenses().get(0).lens().ops();
    }

    @Test
    void version_declaresEveryKindOfType() {
        LinkedSchema s = link("""
                package com.example.kinds;
                schema Kinds {
                  version 1 {
                    s: string
                    i: int
                    l: long
                    d: double
                    b: boolean
                    a: any
                    e: enum(red, green, blue,)
                    o: { inner: int = 3, deeper: { x: string? } }
                    list: [string]
                    m: map<[int]>
                    n: string? = null
                  }
                }""");
        assertEquals("com.example.kinds", s.packageName());
        assertEquals("Kinds", s.name());
        assertEquals(1, s.firstVersion());
        assertEquals(obj(
                new Field("s", STRING),
                new Field("i", INT),
                new Field("l", new Type.LongType()),
                new Field("d", new Type.DoubleType()),
                new Field("b", BOOLEAN),
                new Field("a", new Type.AnyType()),
                new Field("e", new Type.EnumType(List.of("red", "green", "blue"))),
                new Field("o", obj(new Field("inner", INT, NODES.numberNode(3)),
                        new Field("deeper", obj(new Field("x", new Type.NullableType(STRING)))))),
                new Field("list", new Type.ArrayType(STRING)),
                new Field("m", new Type.MapType(new Type.ArrayType(INT))),
                new Field("n", new Type.NullableType(STRING), NODES.nullNode())), s.type(1));
    }

    @Test
    void defaults_areJsonLiterals() {
        LinkedSchema s = link("""
                schema D { version 1 {
                  t: string = "tab\\tquote\\" \\u00e9"
                  raw: string = "a	b"
                  neg: int = -42
                  exp: double = 1.5e3
                  yes: boolean = true
                  no: boolean = false
                  none: int? = null
                  list: [map<int>] = [{"a": 1}, {}]
                  o: { k: [string] } = {"k": ["x", "y"], }
                } }""");
        Type.ObjectType t = (Type.ObjectType) s.type(1);
        assertEquals(json("\"tab\\tquote\\\" é\""), t.field("t").orElseThrow().defaultValue());
        assertEquals(json("\"a\\tb\""), t.field("raw").orElseThrow().defaultValue());
        assertEquals(json("-42"), t.field("neg").orElseThrow().defaultValue());
        assertEquals(json("1500.0"), t.field("exp").orElseThrow().defaultValue());
        assertEquals(json("true"), t.field("yes").orElseThrow().defaultValue());
        assertEquals(json("false"), t.field("no").orElseThrow().defaultValue());
        assertEquals(json("null"), t.field("none").orElseThrow().defaultValue());
        assertEquals(json("[{\"a\": 1}, {}]"), t.field("list").orElseThrow().defaultValue());
        assertEquals(json("{\"k\": [\"x\", \"y\"]}"), t.field("o").orElseThrow().defaultValue());
    }

    @Test
    void packageIsOptional_andCommentsAndSemicolonsAreIgnored() {
        LinkedSchema s = link("""
                // line comment
                /* block
                   comment */ schema C { version 1 { a: int; b: string, } ; lens 1 -> 2 { rename a -> c; } }""");
        assertNull(s.packageName());
        assertEquals("C", s.qualifiedName());
        assertEquals(obj(new Field("c", INT), new Field("b", STRING)), s.type(2));
    }

    @Test
    void names_mayBeQuotedKeywordsOrUnicode() {
        LinkedSchema s = link("""
                schema Q { version 1 {
                  "a\\"b": int
                  `class`: string
                  `back``tick`: int
                  "with space": int
                  größe: double
                  名前: string
                  version: int
                  map: boolean
                } }""");
        assertEquals(List.of("a\"b", "class", "back`tick", "with space", "größe", "名前", "version", "map"),
                ((Type.ObjectType) s.type(1)).fieldNames());
    }

    @Test
    void renameAddRemove_becomeRuntimeOps() {
        assertEquals(List.of(
                new LensOp.Rename("a", "b"),
                new LensOp.Add("c", STRING, NODES.textNode("x")),
                new LensOp.Add("d", INT, NODES.numberNode(0)),
                new LensOp.Add("n", new Type.NullableType(INT), NODES.nullNode()),
                new LensOp.Remove("e", BOOLEAN, NODES.booleanNode(true)),
                new LensOp.Remove("f", STRING, NODES.textNode("kept"))),
                ops("a: int  e: boolean  f: string = \"kept\"",
                        "rename a -> b  add c: string = \"x\"  add d: int  add n: int?  remove e: boolean = true"
                                + "  remove f: string"));
    }

    @Test
    void hoistPlungeWrapHead_becomeRuntimeOps() {
        assertEquals(List.of(
                new LensOp.Hoist("address", "city"),
                new LensOp.Plunge("meta", "tag"),
                new LensOp.Wrap("owner"),
                new LensOp.Head("tags"),
                new LensOp.Wrap("x"),
                new LensOp.Rename("x", "xs")),
                ops("address: { city: string street: string }  tag: string  meta: {}  owner: string  tags: [string]  x: int",
                        "hoist address.city  plunge tag -> meta  wrap owner  head tags  wrap x -> xs"
                                + "  lossy PutGetBase, PutGet, CreateGet \"only first items\""));
    }

    @Test
    void lossy_declaresTheLawsALensMayBreak_andTheyReachTheGraph() {
        LinkedSchema s = link("schema S { version 1 { owner: string? }\n lens 1 -> 2 { wrap owner\n"
                + " lossy PutGet, createget \"v1 sees one owner\" } }");
        assertEquals(java.util.Set.of(dev.lensc.runtime.laws.Law.PUT_GET, dev.lensc.runtime.laws.Law.CREATE_GET),
                s.lenses().get(0).acceptedLosses());
        assertEquals(List.of(new LensOp.Wrap("owner")), s.lenses().get(0).lens().ops());
        assertEquals(s.lenses().get(0).acceptedLosses(), s.toDocumentType().acceptedLosses(1, 2));
    }

    @Test
    void inAndMap_nestOps() {
        List<LensOp> ops = ops("profile: { first: string }  items: [{ n: int }]  rows: [{ v: int }]",
                "in profile { rename first -> given }  map items { rename n -> count }"
                        + "  in rows { map { add ok: boolean = true } }");
        assertEquals(List.of(
                new LensOp.In("profile", List.of(new LensOp.Rename("first", "given"))),
                new LensOp.In("items", List.of(new LensOp.Map(List.of(new LensOp.Rename("n", "count"))))),
                new LensOp.In("rows", List.of(new LensOp.Map(List.of(
                        new LensOp.Add("ok", BOOLEAN, NODES.booleanNode(true))))))), ops);
    }

    @Test
    void convert_tableEntriesInEveryDirectionAndFallbacks() {
        List<LensOp> ops = ops("level: int", """
                convert level: int -> string {
                  1 <-> "low"
                  2 -> "high"
                  3 <- "urgent"
                  else -> "other"
                  else <- 0
                }""");
        assertEquals(List.of(new LensOp.Convert("level", INT, STRING, List.of(
                new ValueMapping(NODES.numberNode(1), NODES.textNode("low"), ValueMapping.Direction.BOTH),
                new ValueMapping(NODES.numberNode(2), NODES.textNode("high"), ValueMapping.Direction.FORWARD),
                new ValueMapping(NODES.numberNode(3), NODES.textNode("urgent"), ValueMapping.Direction.BACKWARD)),
                NODES.textNode("other"), NODES.numberNode(0))), ops);
    }

    @Test
    void convert_withoutTypes_takesTheFieldTypeAndInfersTheTarget() {
        LinkedSchema s = link("""
                schema C { version 1 { done: boolean? }
                  lens 1 -> 2 { convert done { true <-> "yes"  false <-> "no" } } }""");
        LensOp.Convert c = (LensOp.Convert) s.lenses().get(0).lens().ops().get(0);
        assertEquals(BOOLEAN, c.fromType());
        assertNull(c.toType());
        assertEquals(obj(new Field("done", new Type.NullableType(new Type.EnumType(List.of("yes", "no"))))), s.type(2));
    }

    @Test
    void custom_instantiatesTheNamedClass() {
        LinkedSchema s = link("""
                schema C { version 1 { code: string }
                  lens 1 -> 2 { custom code using dev.lensc.dsl.testlenses.ReversedText } }""");
        LensOp.Custom c = (LensOp.Custom) s.lenses().get(0).lens().ops().get(0);
        assertEquals("code", c.name());
        assertEquals("dev.lensc.dsl.testlenses.ReversedText", c.className());
        assertInstanceOf(ReversedText.class, c.lens());
        assertEquals(json("{\"code\": \"cba\"}"), s.lenses().get(0).lens().forward(json("{\"code\": \"abc\"}")));
    }

    @Test
    void chain_derivesEveryVersionAndTranslatesBothWays() {
        LinkedSchema s = link("""
                schema P {
                  version 1 { name: string }
                  lens 1 -> 2 "add age" { add age: int = 18 }
                  lens 2 -> 3 { rename name -> fullName }
                  lens 2 -> 4 "a branch" { remove age: int = 18 }
                  version 3 { fullName: string  age: int = 18 }
                }""");
        assertEquals(List.of(1, 2, 3, 4), List.copyOf(s.versions()));
        assertEquals(obj(new Field("name", STRING), new Field("age", INT, NODES.numberNode(18))), s.type(2));
        assertEquals(obj(new Field("name", STRING)), s.type(4));
        assertEquals("add age", s.lenses().get(0).description());
        assertNull(s.lenses().get(1).description());
        var type = s.toDocumentType();
        assertEquals(json("{\"fullName\": \"Ada\", \"age\": 18}"), type.translate(json("{\"name\": \"Ada\"}"), 1, 3));
        assertEquals(json("{\"name\": \"Ada\"}"), type.translate(json("{\"fullName\": \"Ada\", \"age\": 40}"), 3, 4));
    }

    @Test
    void severalSchemas_linkIndependently() {
        LensFileResult r = LensFiles.parse("two.lens", """
                package p;
                schema A { version 1 { a: int } }
                schema B { version 5 { b: int } lens 5 -> 6 { rename b -> c } }""");
        assertEquals(List.of("A", "B"), r.schemas().stream().map(LinkedSchema::name).toList());
        assertEquals(5, r.schema("B").orElseThrow().firstVersion());
        assertEquals(obj(new Field("c", INT)), r.schema("B").orElseThrow().type(6));
    }

    @Test
    void lens_isTheRuntimeLensOfItsOps() {
        LinkedSchema s = link("schema L { version 1 { a: int } lens 1 -> 2 { rename a -> b } }");
        assertEquals(new Lens(List.of(new LensOp.Rename("a", "b"))), s.lenses().get(0).lens());
        assertEquals(new Location("m.lens", 1, 33), s.lenses().get(0).location());
    }
}
