package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.compiler.cli.LenscTest.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lensc apply} reading the version from a document's envelope, and {@code lensc patch} deciding
 * operation envelopes, on the Chesterfield todo item of {@code examples/chesterfield}.
 */
class SyncCommandsTest {
    static final Path EXAMPLE = Path.of("..", "examples", "chesterfield");
    static final String LENS = EXAMPLE.resolve("todo-item.lens").toString();
    static final String OPS = EXAMPLE.resolve("ops.jsonl").toString();
    static final String KEY = "ab8e5f1c-47a2-4d0e-9d3c-6f2b8a1e0c77";
    static final String EPOCH_3_REASON = "items have several assignees since epoch 3; upgrade to edit them, and resync";

    @TempDir
    Path dir;

    static String doc(int version) {
        return EXAMPLE.resolve("chesterfield-v" + version + ".json").toString();
    }

    static String text(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content.replace('\'', '"'));
        return p;
    }

    /** The decisions printed on stdout, one JSON object a line. */
    static List<JsonNode> decisions(Run r) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }

    // --- apply ---

    @Test
    void apply_withOnlyTo_readsTheVersionFromTheEnvelope_1To2To3To1_byteForByte() throws IOException {
        Run two = lensc("", "apply", "--lens", LENS, "--to", "2", doc(1));
        assertEquals(0, two.code(), two.err());
        assertEquals(text(doc(2)), two.out());
        Run three = lensc(two.out(), "apply", "--lens", LENS, "--to", "3");
        assertEquals(text(doc(3)), three.out());
        Path v3 = write("v3.json", three.out());
        assertEquals(text(doc(1)), lensc("", "apply", "--lens", LENS, "--to", "1", v3.toString()).out());
        assertEquals(text(doc(1)), lensc("", "apply", "--lens", LENS, "--to", "1", "--base", doc(1), v3.toString()).out());
        Run given = lensc("", "apply", "--lens", LENS, "--from", "1", "--to", "2", doc(1));
        assertEquals(text(doc(2)), given.out());
    }

    @Test
    void apply_anEnvelopeNamingAnUnknownTypeOrVersion_orAnotherVersionThanFrom_exits1() throws IOException {
        String v1 = text(doc(1));
        Run version = lensc(v1.replace("\"version\": 1", "\"version\": 9").replace("todo-item@1", "todo-item@9"),
                "apply", "--lens", LENS, "--to", "3");
        assertEquals(1, version.code());
        assertEquals("error: at /version: version 9 of todo-item is unknown; versions: [1, 2, 3]\n", version.err());
        Run type = lensc(v1.replace("\"schema\": \"todo-item\"", "\"schema\": \"shopping-list\""), "apply", "--lens",
                LENS, "--to", "3");
        assertEquals(1, type.code());
        assertEquals("error: at /schema: unknown document type \"shopping-list\": this is a todo-item translator\n",
                type.err());
        Run other = lensc(v1, "apply", "--lens", LENS, "--from", "2", "--to", "3");
        assertEquals(1, other.code());
        assertEquals("error: at /: the document is in version 1, not 2 as given\n", other.err());
        Run noId = lensc("{}", "apply", "--lens", LENS, "--to", "3");
        assertEquals(1, noId.code());
        assertTrue(noId.err().startsWith("error: at /_id: the envelope needs a string '_id', found nothing"), noId.err());
    }

    @Test
    void apply_whenNeitherFromNorTheEnvelopeGivesTheVersion_saysSo() throws IOException {
        Path keyed = write("keyed.lens", """
                schema Note {
                  version 1 {
                    text: string
                  }
                  lens 1 -> 2 {
                    rename text -> body
                  }
                  envelope "note" {
                    id: id "note:{key}"
                  }
                }
                """);
        Run r = lensc("{'id':'note:n1','text':'hi'}".replace('\'', '"'), "apply", "--lens", keyed.toString(), "--to", "2");
        assertEquals(1, r.code());
        assertEquals("error: at /: the note envelope does not carry a version: say which version the document is in\n",
                r.err());
        Run given = lensc("{'id':'note:n1','text':'hi'}".replace('\'', '"'), "apply", "--lens", keyed.toString(),
                "--from", "1", "--to", "2");
        assertEquals(0, given.code(), given.err());
        assertEquals("{\n  \"id\": \"note:n1\",\n  \"body\": \"hi\"\n}\n", given.out());

        Path plain = write("plain.lens", "schema Note {\n  version 1 {\n    text: string\n  }\n}\n");
        Run none = lensc("{}", "apply", "--lens", plain.toString(), "--to", "1");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("error: give both --from and --to (versions of Note: [1]); Note declares no"
                + " envelope that would give the document's version\n"), none.err());
    }

    // --- patch with operation envelopes ---

    @Test
    void patch_operationsWithoutADocument_eachDecisionPrinted_staleWriterRejected_exit1() throws IOException {
        Run r = lensc("", "patch", "--lens", LENS, OPS);
        assertEquals(1, r.code(), r.err());
        List<JsonNode> d = decisions(r);
        assertEquals(4, d.size(), r.out());

        assertEquals("rejected", d.get(0).get("decision").textValue());
        assertEquals("phone-1", d.get(0).get("opId").textValue());
        assertEquals(KEY, d.get(0).get("docId").textValue());
        assertEquals(1, d.get(0).get("version").intValue());
        assertEquals(3, d.get(0).get("toVersion").intValue());
        assertEquals(3, d.get(0).get("replicaEpoch").intValue());
        assertEquals(EPOCH_3_REASON, d.get(0).get("reason").textValue());
        assertEquals("upgrade to version 3 or later and resync", d.get(0).get("action").textValue());
        assertEquals("epoch 3: reject writes to assignees from versions < 3: \"" + EPOCH_3_REASON + "\"",
                d.get(0).get("rule").textValue());

        assertEquals("translated", d.get(1).get("decision").textValue());
        assertEquals(new ObjectMapper().readTree(("{'opId':'phone-2','docType':'todo-item','docId':'" + KEY + "',"
                + "'version':3,'patch':[{'op':'replace','path':'/notes','value':'2 litres'}]}").replace('\'', '"')),
                d.get(1).get("operation"));
        assertEquals("applied", d.get(2).get("decision").textValue());
        assertEquals("buffered", d.get(3).get("decision").textValue());
        assertEquals("missing context", d.get(3).get("wait").textValue());
        assertEquals("the operation was written in epoch 4; this replica is in epoch 3", d.get(3).get("detail").textValue());
        assertEquals(4, d.get(3).get("epoch").intValue());

        assertEquals("error: rejected op phone-1 on todo-item " + KEY + " (version 1 for version 3 without the"
                + " document, replica in epoch 3): " + EPOCH_3_REASON + " [epoch 3: reject writes to assignees from"
                + " versions < 3: \"" + EPOCH_3_REASON + "\"]; upgrade to version 3 or later and resync\n"
                + "warning: buffered (missing context) op laptop-1 on todo-item " + KEY + " (version 3 for version 3"
                + " without the document, written in epoch 4, replica in epoch 3): the operation was written in"
                + " epoch 4; this replica is in epoch 3 [MISSING_CONTEXT]\n"
                + "error: 1 of 4 operations are rejected\n", r.err());
    }

    @Test
    void patch_operationsOnAStoredDocument_eachOnTheDocumentTheOneBeforeLeft() throws IOException {
        Run r = lensc("", "patch", "--lens", LENS, "--doc", doc(3), OPS);
        assertEquals(1, r.code(), r.err());
        List<JsonNode> d = decisions(r);
        assertEquals("2 litres", d.get(1).at("/document/notes").textValue());
        assertEquals("todo-item@3:" + KEY, d.get(1).at("/document/_id").textValue());
        JsonNode after = d.get(2).get("document");
        assertEquals("2 litres", after.get("notes").textValue());
        assertEquals(new ObjectMapper().readTree("[\"ann\",\"bob\"]"), after.get("assignees"));
    }

    @Test
    void patch_inAnEarlierEpoch_theOldWriteIsTranslated_andLaterOnesWait_exit0() throws IOException {
        Run r = lensc("", "patch", "--lens", LENS, "--epoch", "2", "--doc", doc(3), OPS);
        assertEquals(0, r.code(), r.err());
        List<String> kinds = decisions(r).stream().map(d -> d.get("decision").textValue()).toList();
        assertEquals(List.of("translated", "translated", "buffered", "buffered"), kinds);
        assertEquals(new ObjectMapper().readTree("[\"bob\"]"), decisions(r).get(0).at("/document/assignees"));
    }

    @Test
    void patch_oneOperationOverSeveralLines_fromStdin_andAVersionToDecideFor() throws IOException {
        String op = "{\n  'opId': 'o', 'docType': 'todo-item', 'docId': 'k', 'version': 3,\n"
                + "  'patch': [{'op': 'replace', 'path': '/status', 'value': 'done'}]\n}\n";
        Run r = lensc(op.replace('\'', '"'), "patch", "--lens", LENS, "--to", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode d = decisions(r).get(0);
        assertEquals("translated", d.get("decision").textValue());
        assertEquals(new ObjectMapper().readTree("[{\"op\":\"replace\",\"path\":\"/isDone\",\"value\":true}]"),
                d.at("/operation/patch"));
        assertEquals(1, d.get("toVersion").intValue());
    }

    @Test
    void patch_badOperationsAndBadStoredDocuments_exit1_namingWhereAndWhat() throws IOException {
        Run missing = lensc("{\"docType\":\"todo-item\",\"docId\":\"k\",\"version\":1,\"patch\":[]}", "patch", "--lens",
                LENS);
        assertEquals(1, missing.code());
        assertEquals("error: <stdin>: operation 1 is not an operation envelope {opId, docType, docId, version, epoch?,"
                + " patch}: at /opId: the operation needs a non-empty string 'opId', found nothing\n", missing.err());
        Run badLine = lensc("{\"opId\":\"a\"}\n{\"opId\":", "patch", "--lens", LENS);
        assertEquals(1, badLine.code());
        assertTrue(badLine.err().startsWith("error: <stdin>:2:"), badLine.err());
        Path stored = write("stored.json", text(doc(3)).replace("todo-item@3", "todo-item@7"));
        Run badDoc = lensc("", "patch", "--lens", LENS, "--doc", stored.toString(), OPS);
        assertEquals(1, badDoc.code());
        assertEquals("error: " + stored + ": at /_id: the id says version 7, the field 'version' says 3\n", badDoc.err());
    }

    @Test
    void patch_optionsThatDoNotFitOperations_orPatches_exit2() throws IOException {
        assertEquals(2, lensc("", "patch", "--lens", LENS, "--strict", OPS).code());
        assertEquals(2, lensc("", "patch", "--lens", LENS, "--mode", "read-everything", OPS).code());
        assertEquals(2, lensc("", "patch", "--lens", LENS, "--to", "9", OPS).code());
        assertEquals(2, lensc("[]", "patch", "--lens", LENS, "--from", "1", "--to", "3", "--epoch", "3").code());
        Path cambria = write("lens.yml", "lens:\n  - rename: { source: a, destination: b }\n");
        assertEquals(2, lensc("", "patch", "--lens", cambria.toString(), OPS).code());
        Run mode = lensc("", "patch", "--lens", LENS, "--mode", "compact-old", OPS);
        assertEquals(1, mode.code());
        assertEquals("version 1 is no longer accepted (mode compact-old)", decisions(mode).get(1).get("reason").textValue());
    }
}
