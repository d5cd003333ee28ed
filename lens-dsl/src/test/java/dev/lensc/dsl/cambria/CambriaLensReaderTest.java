package dev.lensc.dsl.cambria;

import static dev.lensc.dsl.cambria.Json.json;
import static dev.lensc.dsl.cambria.Json.lens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.lens.ValueMapping.Direction;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class CambriaLensReaderTest {

    @Test
    void everyOp_readsIntoTheRuntimeModel() {
        CambriaLens l = lens(
                "lens:",
                "  - rename: { source: title, destination: name }",
                "  - add: { name: done, type: boolean }",
                "  - add: { name: tags, type: array, items: { type: string } }",
                "  - remove: { name: note, type: [string, 'null'] }",
                "  - hoist: { host: meta, name: author }",
                "  - plunge: { host: meta, name: title }",
                "  - wrap: { name: assignee }",
                "  - head: { name: labels }",
                "  - in: { name: labels, lens: [ { rename: { source: name, destination: category } } ] }",
                "  - map: { lens: [ { head: { name: x } } ] }",
                "  -",
                "  - remove: { name: legacy }");
        assertEquals(List.of(
                new LensOp.Rename("title", "name"),
                new LensOp.Add("done", new Type.BooleanType(), BooleanNode.FALSE),
                new LensOp.Add("tags", new Type.ArrayType(new Type.StringType()), json("[]")),
                new LensOp.Remove("note", Type.nullable(new Type.StringType()), NullNode.getInstance()),
                new LensOp.Hoist("meta", "author"),
                new LensOp.Plunge("meta", "title"),
                new LensOp.Wrap("assignee"),
                new LensOp.Head("labels"),
                new LensOp.In("labels", List.of(new LensOp.Rename("name", "category"))),
                new LensOp.Map(List.of(new LensOp.Head("x"))),
                new LensOp.Remove("legacy", new Type.AnyType(), NullNode.getInstance())), l.ops());
    }

    @Test
    void addDefault_keepsFalsyValuesAsWritten() {
        CambriaLens l = lens("lens:",
                "  - add: { name: n, type: number, default: 0 }",
                "  - add: { name: s, type: [string, 'null'], default: '' }",
                "  - add: { name: b, type: boolean, default: false }");
        assertEquals(IntNode.valueOf(0), ((LensOp.Add) l.ops().get(0)).defaultValue());
        assertEquals(TextNode.valueOf(""), ((LensOp.Add) l.ops().get(1)).defaultValue());
        assertEquals(BooleanNode.FALSE, ((LensOp.Add) l.ops().get(2)).defaultValue());
    }

    @Test
    void convertTables_typeKeysByTheOtherTablesValues_andEntriesInBothTablesAreTwoWay() {
        CambriaLens l = lens("lens:",
                "  - convert:",
                "      name: complete",
                "      mapping:",
                "        - { false: todo, true: done }",
                "        - { todo: false, inProgress: false, done: true }");
        LensOp.Convert c = (LensOp.Convert) l.ops().get(0);
        assertEquals(List.of(
                new ValueMapping(BooleanNode.FALSE, TextNode.valueOf("todo"), Direction.BOTH),
                new ValueMapping(BooleanNode.TRUE, TextNode.valueOf("done"), Direction.BOTH),
                new ValueMapping(BooleanNode.FALSE, TextNode.valueOf("inProgress"), Direction.BACKWARD)), c.table());
    }

    @Test
    void convertTables_typeKeysByDeclaredTypes() {
        CambriaLens l = lens("lens:",
                "  - convert:",
                "      name: level",
                "      sourceType: number",
                "      destinationType: string",
                "      mapping:",
                "        - { 1: low, 2: high }",
                "        - { low: 1 }");
        LensOp.Convert c = (LensOp.Convert) l.ops().get(0);
        assertEquals(new Type.DoubleType(), c.fromType());
        assertEquals(new Type.StringType(), c.toType());
        assertEquals(List.of(
                new ValueMapping(json("1"), TextNode.valueOf("low"), Direction.BOTH),
                new ValueMapping(json("2"), TextNode.valueOf("high"), Direction.FORWARD)), c.table());
        assertEquals("low", l.applyToDoc(json("{'level':1}")).get("level").textValue());
    }

    @Test
    void missingArgument_isReportedWithFileAndPointer() {
        CambriaLensException e = assertThrows(CambriaLensException.class, () -> lens("lens:",
                "  - rename: { source: a }", "  - rename: { source: b, destination: c }"));
        assertEquals("test.lens.yml: at /lens/0/rename: missing 'destination'", e.getMessage());
    }

    @Test
    void nestedError_pointsIntoTheNestedLens() {
        CambriaLensException e = assertThrows(CambriaLensException.class, () -> lens("lens:",
                "  - in: { name: a, lens: [ { wrap: { name: x } }, { hed: { name: y } } ] }"));
        assertEquals("test.lens.yml: at /lens/0/in/lens/1/hed: unknown op 'hed' (did you mean 'head'?)", e.getMessage());
    }

    @Test
    void missingTopLevelKey_andBadYaml_areReported() {
        assertEquals("f.yml: at /: expected the top-level key 'lens' (found a key that is close: did you mean 'lens'?)",
                assertThrows(CambriaLensException.class, () -> CambriaLensReader.parse("lenz: []", "f.yml")).getMessage());
        String bad = assertThrows(CambriaLensException.class,
                () -> CambriaLensReader.parse("lens:\n  - rename: { source: a\n", "f.yml")).getMessage();
        assertEquals("f.yml:2:24: not valid YAML: while parsing a flow mapping: expected ',' or '}', but got <stream end>", bad);
    }

    @Test
    void unknownType_isReportedWithAHint() {
        assertEquals("test.lens.yml: at /lens/0/add/type: unknown type 'strin' (did you mean 'string'?)",
                assertThrows(CambriaLensException.class,
                        () -> lens("lens:", "  - add: { name: a, type: strin }")).getMessage());
    }
}
