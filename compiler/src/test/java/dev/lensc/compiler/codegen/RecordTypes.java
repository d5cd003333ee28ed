package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.INT;
import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.nullable;
import static dev.lensc.compiler.codegen.SampleTypes.object;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;

/** Types whose records must read only valid documents of their version (compiled in {@link Fixtures}). */
final class RecordTypes {
    static final Type DOUBLE = new Type.DoubleType();

    private RecordTypes() {}

    static Field required(String name, Type type) {
        return new Field(name, type, null, false);
    }

    /** Presence spelled out for every field: required, required but nullable, defaulted, optional without default. */
    static DocumentType reading() {
        return DocumentType.builder("Reading").version(1, object(
                required("title", STRING),
                required("count", INT),
                required("maybe", nullable(INT)),
                new Field("score", DOUBLE, JsonNodeFactory.instance.numberNode(1.5), true),
                required("kind", new Type.EnumType(List.of("", "VALUE", "value"))),
                new Field("note", STRING, null, true),
                required("inner", object(required("name", STRING))),
                required("tags", new Type.ArrayType(nullable(INT))),
                required("weights", new Type.MapType(object(
                        new Field("w", DOUBLE, JsonNodeFactory.instance.numberNode(2.0), true))))))
                .build();
    }

    /**
     * Lists and maps inside lists and maps, at depths 2 and 4, with and without nulls allowed at
     * each level: their records must check and copy every level.
     */
    static DocumentType nested() {
        Type.ArrayType grid = new Type.ArrayType(new Type.ArrayType(STRING));
        return DocumentType.builder("Nested").version(1, object(
                required("grid", grid),
                required("groups", new Type.MapType(new Type.ArrayType(INT))),
                required("rows", new Type.ArrayType(new Type.MapType(STRING))),
                required("sparse", new Type.ArrayType(nullable(new Type.ArrayType(STRING)))),
                required("loose", new Type.ArrayType(new Type.ArrayType(nullable(STRING)))),
                required("deep", new Type.ArrayType(new Type.MapType(new Type.ArrayType(new Type.ArrayType(INT))))),
                new Field("maybe", grid, null, true)))
                .build();
    }

    /**
     * Trees ({@code any}) as a component, list items, map values and inside a nested record, in
     * two versions one rename apart: records must hold their own copies, and translators hand
     * them over without the tree path.
     */
    static DocumentType payload() {
        Type any = new Type.AnyType();
        return DocumentType.builder("Payload").version(1, object(
                required("id", STRING),
                required("body", any),
                required("parts", new Type.ArrayType(any)),
                required("bag", new Type.MapType(any)),
                required("meta", object(required("extra", any))),
                new Field("maybe", any, null, true)))
                .lens(1, 2, Lens.of(new LensOp.Rename("id", "key"))).build();
    }

    /**
     * An enum and a list of records that a plunge moves into a new object, unchanged: version 2
     * uses version 1's classes at their new paths.
     */
    static DocumentType moved() {
        return DocumentType.builder("Moved").version(1, object(
                required("id", STRING),
                required("channel", new Type.EnumType(List.of("web", "app"))),
                required("lines", new Type.ArrayType(object(required("sku", STRING), required("qty", INT))))))
                .lens(1, 2, Lens.of(new LensOp.Add("meta", object(), JsonNodeFactory.instance.objectNode()),
                        new LensOp.Plunge("meta", "channel"), new LensOp.Plunge("meta", "lines")))
                .build();
    }

    /** One name, two packages: {@code gen.one.Note} (versions 1, 2) and {@code gen.two.Note} (version 1). */
    static DocumentType noteWithTwoVersions() {
        return DocumentType.builder("Note").version(1, object(required("text", STRING)))
                .lens(1, 2, Lens.of(new LensOp.Rename("text", "body"))).build();
    }

    static DocumentType noteWithOneVersion() {
        return DocumentType.builder("Note").version(1, object(required("words", new Type.ArrayType(STRING)))).build();
    }
}
