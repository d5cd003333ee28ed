package dev.lensc.runtime.lens;

import static dev.lensc.runtime.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Type.ArrayType;
import dev.lensc.runtime.schema.Type.ObjectType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every op does to a field's presence and default (SchemaTransform), and to an absent field. */
class PresenceThroughOpsTest {
    static final JsonNodeFactory N = JsonNodeFactory.instance;
    static final Type STRING = new Type.StringType();

    private static Field after(LensOp op, Field before, String name) {
        ObjectType out = (ObjectType) SchemaTransform.apply(List.of(op), new ObjectType(List.of(before)));
        return out.field(name).orElseThrow();
    }

    @Test
    void wrap_mapsTheDefaultToAOneItemArray_orNullToEmpty_andKeepsPresence() {
        assertEquals(new Field("t", new ArrayType(STRING), json("['x']")),
                after(new LensOp.Wrap("t"), new Field("t", STRING, N.textNode("x")), "t"));
        assertEquals(new Field("t", new ArrayType(STRING), json("[]")),
                after(new LensOp.Wrap("t"), new Field("t", Type.nullable(STRING), N.nullNode()), "t"));
        assertEquals(Field.optional("t", new ArrayType(STRING)), after(new LensOp.Wrap("t"), Field.optional("t", STRING), "t"));
        assertEquals(new Field("t", new ArrayType(STRING)), after(new LensOp.Wrap("t"), new Field("t", Type.nullable(STRING)), "t"));
    }

    @Test
    void head_mapsTheDefaultToItsFirstItem_orNull() {
        assertEquals(new Field("t", Type.nullable(STRING), N.textNode("a")),
                after(new LensOp.Head("t"), new Field("t", new ArrayType(STRING), json("['a','b']")), "t"));
        assertEquals(new Field("t", Type.nullable(STRING), N.nullNode()),
                after(new LensOp.Head("t"), new Field("t", new ArrayType(STRING), json("[]")), "t"));
    }

    @Test
    void convert_mapsTheDefaultThroughTheTable_orDropsItLeavingTheFieldOptional() {
        LensOp.Convert c = new LensOp.Convert("b", new Type.BooleanType(), new Type.EnumType(List.of("yes", "no")),
                List.of(ValueMapping.both(N.booleanNode(true), N.textNode("yes"))), null, null);
        assertEquals(new Field("b", new Type.EnumType(List.of("yes", "no")), N.textNode("yes")),
                after(c, new Field("b", new Type.BooleanType(), N.booleanNode(true)), "b"));
        assertEquals(Field.optional("b", new Type.EnumType(List.of("yes", "no"))),
                after(c, new Field("b", new Type.BooleanType(), N.booleanNode(false)), "b"), "false has no image");
    }

    @Test
    void in_mapsAnObjectDefaultThroughItsOps() {
        Field meta = new Field("m", new ObjectType(List.of(new Field("a", STRING))), json("{'a':'x'}"));
        assertEquals(new Field("m", new ObjectType(List.of(new Field("b", STRING))), json("{'b':'x'}")),
                after(new LensOp.In("m", List.of(new LensOp.Rename("a", "b"))), meta, "m"));
    }

    @Test
    void hoistOutOfAnOptionalHost_isOptional_andPlungeKeepsTheHostsPresence() {
        ObjectType in = new ObjectType(List.of(Field.optional("h", new ObjectType(List.of(new Field("f", STRING))))));
        ObjectType up = (ObjectType) SchemaTransform.apply(List.of(new LensOp.Hoist("h", "f")), in);
        assertEquals(new ObjectType(List.of(Field.optional("h", new ObjectType(List.of())), Field.optional("f", STRING))), up);
        // going back, f may be absent from h: B cannot say "f is there exactly when h is" (a stated loss)
        assertEquals(new ObjectType(List.of(Field.optional("h", new ObjectType(List.of(Field.optional("f", STRING)))))),
                SchemaTransform.apply(List.of(new LensOp.Plunge("h", "f")), up));
    }

    @Test
    void absentFields_stayAbsent_throughEveryValueOp() {
        for (LensOp op : List.of(new LensOp.Wrap("f"), new LensOp.Head("f"), new LensOp.Rename("f", "g"),
                new LensOp.Plunge("h", "f"), new LensOp.Hoist("h", "f"), new LensOp.In("f", List.of()),
                new LensOp.Convert("f", null, null, List.of(), N.textNode("z"), null))) {
            assertEquals(json("{'h':{}}"), Lens.of(op).forward(json("{'h':{}}")), op::toString);
        }
    }
}
