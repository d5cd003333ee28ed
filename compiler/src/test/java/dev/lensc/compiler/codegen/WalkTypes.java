package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.INT;
import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.field;
import static dev.lensc.compiler.codegen.SampleTypes.nullable;
import static dev.lensc.compiler.codegen.SampleTypes.object;
import static dev.lensc.compiler.codegen.SampleTypes.text;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.gen.RandomLenses;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Types whose chains a get runs in one walk ({@code WalkEmitter}): values hoisted and plunged into
 * and out of hosts that may be absent, null or present (made by a plunge when absent or null), constants added
 * into such hosts, and converts that may fail at two levels; and random ten-version chains.
 */
final class WalkTypes {
    /** Eight: a chain walks on the routes generated code fuses ({@code Routes}), about one in three. */
    static final int RANDOM = 8;

    private WalkTypes() {}

    static List<DocumentType> all() {
        List<DocumentType> types = new ArrayList<>(List.of(moves()));
        for (int i = 0; i < RANDOM; i++) {
            types.add(new RandomLenses(new Random(Fixtures.SEED + 900 + i)).documentType("RandomWalk" + i, 10));
        }
        return types;
    }

    /** Strings a convert maps: the others (of {@link DocGen}'s) fail. */
    private static LensOp.Convert partial(String name, List<String> mapped) {
        List<ValueMapping> table = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            table.add(ValueMapping.both(text(mapped.get(i)), IntNode.valueOf(i)));
        }
        return new LensOp.Convert(name, STRING, INT, table, null, null);
    }

    static DocumentType moves() {
        Type.ObjectType v1 = object(
                field("id", INT),
                Field.optional("a", nullable(STRING)),
                Field.optional("host", nullable(object(field("x", STRING), Field.optional("y", INT)))),
                Field.optional("other", nullable(object(Field.optional("p", nullable(STRING)), field("q", INT)))),
                field("code", STRING),
                Field.optional("level", nullable(STRING)),
                Field.optional("fresh", nullable(object(Field.optional("w", INT)))));
        return DocumentType.builder("Moves")
                .version(1, v1)
                .lens(1, 2, Lens.of(
                        partial("code", List.of("", "a", "done", "active", "inbox", "ünï", "7", "true")),
                        new LensOp.Plunge("host", "a"),
                        new LensOp.Hoist("other", "p"),
                        new LensOp.In("host", List.of(partial("x", List.of("a", "7", "x y", " x y ", "-", "1-2"))))),
                        "into and out of hosts that may be absent or null; converts that may fail")
                .lens(2, 3, Lens.of(
                        new LensOp.Add("box", Type.ObjectType.empty(), JsonNodeFactory.instance.objectNode()),
                        new LensOp.Plunge("box", "id"),
                        new LensOp.Hoist("host", "a"),
                        new LensOp.Rename("p", "pee"),
                        new LensOp.Plunge("fresh", "pee"),
                        new LensOp.In("other", List.of(new LensOp.Rename("q", "qq"),
                                new LensOp.Add("r", STRING, text("r")))),
                        new LensOp.In("fresh", List.of(new LensOp.Add("made", INT, IntNode.valueOf(1)))),
                        new LensOp.Wrap("host")),
                        "a box, a host made by a plunge, constants in hosts")
                .lens(3, 4, Lens.of(
                        new LensOp.Plunge("other", "level"),
                        new LensOp.Hoist("box", "id"),
                        new LensOp.Rename("host", "hosts"),
                        new LensOp.In("fresh", List.of(new LensOp.Add("z", INT, IntNode.valueOf(0)))),
                        new LensOp.Remove("code", INT, IntNode.valueOf(0))),
                        "moves back out, renames")
                .build();
    }
}
