package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.JsonValues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A version's record reads and writes that version's JSON: seeded documents with every field
 * written come back equal (numbers by value) after JSON -> record -> JSON.
 */
class RecordRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyVersionRecord_roundTripsDocumentsOfItsSchema() throws Exception {
        List<String[]> checked = new ArrayList<>();
        List<DocumentType> samples = Fixtures.samples();
        List<DocumentType> random = Fixtures.random();
        for (DocumentType type : samples) {
            checked.addAll(roundTrips(type, "gen.samples"));
        }
        for (DocumentType type : random) {
            checked.addAll(roundTrips(type, "gen.random"));
        }
        assertTrue(checked.size() > 1000, "round trips: " + checked.size());
    }

    private static List<String[]> roundTrips(DocumentType type, String packageName) throws Exception {
        DocGen gen = new DocGen(type.name().hashCode(), true);
        List<String[]> done = new ArrayList<>();
        for (int v : type.versions()) {
            Class<?> record = Fixtures.loader().loadClass(packageName + "." + Naming.type(type.name()) + Naming.version(v));
            for (int i = 0; i < 25; i++) {
                JsonNode doc = gen.doc(type.schema(v).orElseThrow());
                JsonNode back = JSON.valueToTree(JSON.treeToValue(doc, record));
                assertTrue(JsonValues.equal(doc, back), type.name() + " v" + v + ": " + doc + " came back as " + back);
                done.add(new String[] {type.name(), Integer.toString(v)});
            }
        }
        return done;
    }
}
