package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.BOOLEAN;
import static dev.lensc.compiler.codegen.SampleTypes.INT;
import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.field;
import static dev.lensc.compiler.codegen.SampleTypes.nullable;
import static dev.lensc.compiler.codegen.SampleTypes.object;
import static dev.lensc.compiler.codegen.SampleTypes.text;

import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Type;
import java.util.List;

/** Document types whose names try to break the generated Java. */
final class HostileTypes {
    private HostileTypes() {}

    static List<DocumentType> all() {
        return List.of(strings(), record(), locals());
    }

    /** A type named String, with field names that are keywords, symbols, unicode and near-duplicates. */
    static DocumentType strings() {
        Type.ObjectType v1 = object(
                field("class", STRING),
                field("default", INT),
                field("$ref", STRING),
                field("a\"b", STRING),
                field("ünïcödé", BOOLEAN),
                field("_", STRING),
                field("created_at", STRING),
                field("createdAt", STRING),
                field("created-at", nullable(STRING)),
                field("hashCode", INT),
                field("*/ \\u0022", STRING),
                field("string", object(field("String", STRING), field("Object", INT))),
                field("JsonProperty", object(field("value", STRING))),
                field("List", new Type.EnumType(List.of("in-progress", "IN_PROGRESS", "class", "", "1st", "a\"b"))),
                field("list", new Type.ArrayType(object(field("Override", BOOLEAN)))));
        return DocumentType.builder("String")
                .version(1, v1)
                .lens(1, 2, Lens.of(
                        new LensOp.Rename("class", "a\"b\"c"),
                        new LensOp.Convert("ünïcödé", BOOLEAN, STRING, List.of(
                                ValueMapping.both(BooleanNode.TRUE, text("*/ \"yes\" \\u0041")),
                                ValueMapping.both(BooleanNode.FALSE, text("$no"))), null, null),
                        new LensOp.In("string", List.of(new LensOp.Rename("String", "Object2"))),
                        new LensOp.Hoist("JsonProperty", "value"),
                        new LensOp.In("list", List.of(new LensOp.Map(List.of(new LensOp.Rename("Override", "class")))))),
                        "*/ hostile \\u0022 names {@code x} $1")
                .build();
    }

    /** Types named like java.lang types: Record and Object. */
    static DocumentType record() {
        Type.ObjectType v1 = object(field("Record", object(field("Object", STRING))), field("Integer", INT));
        return DocumentType.builder("Record")
                .version(1, v1)
                .lens(1, 2, Lens.of(new LensOp.Hoist("Record", "Object"), new LensOp.Rename("Integer", "int")), null)
                .build();
    }

    /**
     * Field names that record translators also use for their own locals ({@code doc}, {@code base},
     * {@code out}, {@code first1}, {@code x1}, {@code value}) or that cannot name one (no lower-case
     * first letter), on nested records that ops rebuild, so that each becomes a local.
     */
    static DocumentType locals() {
        Type.ObjectType named = object(field("v", STRING));
        Type.ObjectType v1 = object(
                field("doc", named),
                field("base", named),
                field("out", new Type.ArrayType(object(field("x1", named), field("out", named)))),
                field("\u65e5\u4ed8", new Type.ArrayType(named)),
                field("value", named),
                field("first1", new Type.ArrayType(named)));
        List<LensOp> renameV = List.of(new LensOp.Rename("v", "w"));
        return DocumentType.builder("Locals")
                .version(1, v1)
                .lens(1, 2, Lens.of(
                        new LensOp.In("doc", renameV),
                        new LensOp.In("base", renameV),
                        new LensOp.In("out", List.of(new LensOp.Map(List.of(
                                new LensOp.In("x1", renameV), new LensOp.In("out", renameV)), null))),
                        new LensOp.In("\u65e5\u4ed8", List.of(new LensOp.Map(renameV))),
                        new LensOp.In("value", renameV),
                        new LensOp.Head("first1"),
                        new LensOp.In("first1", renameV)), null)
                .build();
    }
}
