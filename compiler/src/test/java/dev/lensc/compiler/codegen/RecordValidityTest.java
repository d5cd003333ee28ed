package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Records take exactly the documents their version's schema takes: on seeded documents, each
 * either left alone or broken in one place (a field removed, null, of another kind, or one more),
 * {@code fromJson} succeeds where the runtime's SchemaValidator finds nothing, and otherwise fails
 * at the validator's first pointer.
 */
class RecordValidityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> OTHER_KINDS = List.of(NODES.textNode("x"), NODES.numberNode(1),
            NODES.numberNode(0.5), NODES.numberNode(1L << 40), NODES.booleanNode(true), NODES.objectNode(),
            NODES.arrayNode(), NODES.nullNode());

    @Test
    void fromJson_agreesWithTheSchemaValidator_onValidAndBrokenDocuments() throws Exception {
        int valid = 0;
        int invalid = 0;
        for (Map.Entry<String, List<DocumentType>> pkg : Map.of("gen.samples", Fixtures.samples(),
                "gen.hostile", HostileTypes.all(), "gen.reading", List.of(RecordTypes.reading(), RecordTypes.nested()),
                "gen.random", Fixtures.random()).entrySet()) {
            for (DocumentType type : pkg.getValue()) {
                Random random = new Random(type.name().hashCode());
                DocGen gen = new DocGen(type.name().hashCode() + 1L);
                for (int v : type.versions()) {
                    Type schema = type.schema(v).orElseThrow();
                    Method fromJson = Fixtures.loader().loadClass(pkg.getKey() + "." + Naming.type(type.name())
                            + Naming.version(v)).getMethod("fromJson", JsonNode.class);
                    for (int i = 0; i < 40; i++) {
                        JsonNode doc = gen.doc(schema);
                        if (i % 4 != 0) {
                            breakOnePlace(doc, random);
                        }
                        List<Violation> violations = SchemaValidator.validate(doc, schema);
                        if (violations.isEmpty()) {
                            valid++;
                            Object record = call(fromJson, doc, type.name() + " v" + v);
                            assertEquals(record, call(fromJson, JSON.valueToTree(record), "written back"), doc.toString());
                        } else {
                            invalid++;
                            LensException e = failure(fromJson, doc);
                            assertEquals(violations.get(0).pointer(), e.pointer(), doc + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        assertTrue(valid > 300 && invalid > 300, "valid " + valid + ", invalid " + invalid);
    }

    /** Changes one field of some object in the document, if there is one. */
    private static void breakOnePlace(JsonNode doc, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(doc, objects);
        if (objects.isEmpty()) {
            return;
        }
        ObjectNode o = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        int what = random.nextInt(3);
        if (names.isEmpty() || what == 0) {
            o.set("undeclared " + random.nextInt(3), OTHER_KINDS.get(random.nextInt(OTHER_KINDS.size())));
        } else if (what == 1) {
            o.remove(names.get(random.nextInt(names.size())));
        } else {
            o.set(names.get(random.nextInt(names.size())), OTHER_KINDS.get(random.nextInt(OTHER_KINDS.size())));
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
            collect(it.next(), out);
        }
    }

    private static Object call(Method fromJson, JsonNode doc, String what) throws Exception {
        try {
            return fromJson.invoke(null, doc);
        } catch (InvocationTargetException e) {
            throw new AssertionError(what + ": a valid document was refused: " + doc, e.getCause());
        }
    }

    private static LensException failure(Method fromJson, JsonNode doc) throws Exception {
        try {
            fromJson.invoke(null, doc);
        } catch (InvocationTargetException e) {
            return assertInstanceOf(LensException.class, e.getCause(), doc.toString());
        }
        return fail("an invalid document was read: " + doc);
    }
}
