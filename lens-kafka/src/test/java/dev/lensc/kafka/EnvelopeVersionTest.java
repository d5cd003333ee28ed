package dev.lensc.kafka;

import static dev.lensc.kafka.LensTopologyTest.errorHeaders;
import static dev.lensc.kafka.TopologyHarness.headers;
import static dev.lensc.kafka.TopologyHarness.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.kafka.sample.TodoItemStreams;
import dev.lensc.runtime.sync.Envelope;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records that tell their version in the document's envelope, with or without the lensc-version header. */
class EnvelopeVersionTest {
    /** Chesterfield's envelope: type, version and an id that repeats both around the key. */
    static final Envelope CHESTERFIELD = Envelope.of("todo-item").typeIn("schema").versionIn("version")
            .idIn("_id", "{type}@{version}:{key}");
    /** An envelope with a key but no version: the header must say it. */
    static final Envelope KEY_ONLY = Envelope.of("todo-item").idIn("_id", "item:{key}");

    @TempDir
    Path stateDir;

    private TopologyHarness run(Envelope envelope, boolean keepBases) {
        LensTopology.Builder builder = LensTopology.builder().source("in").translator(TodoItemStreams.TODO_ITEM)
                .deadLetters("dlq").versionFrom(VersionDetector.envelope(envelope));
        return new TopologyHarness((keepBases ? builder.keepBases() : builder).build(), "in", stateDir);
    }

    private static void sendWithoutHeader(TopologyHarness streams, String key, String value) {
        streams.send(key, value.replace('\'', '"'), headers());
    }

    @Test
    void aRecordWithoutTheHeader_isTranslatedByItsEnvelope_whichEachVersionGetsBackInPlace() {
        try (TopologyHarness streams = run(CHESTERFIELD, false)) {
            sendWithoutHeader(streams, "ab8e", "{'_id':'todo-item@1:ab8e','schema':'todo-item','version':1,"
                    + "'title':'milk','isDone':true,'assignee':'ann'}");
            assertEquals(List.of(), streams.read("dlq"));
            assertEquals("{\"_id\":\"todo-item@3:ab8e\",\"schema\":\"todo-item\",\"version\":3,\"title\":\"milk\","
                    + "\"status\":\"done\",\"assignees\":[\"ann\"],\"groupId\":\"inbox\"}",
                    streams.read("todo-item.v3").get(0).value());
            TestRecord<String, String> v2 = streams.read("todo-item.v2").get(0);
            assertEquals(json("{'_id':'todo-item@2:ab8e','schema':'todo-item','version':2,'title':'milk',"
                    + "'status':'done','assignee':'ann'}"), json(v2.value()));
            assertEquals("2", LensHeaders.text(v2.headers(), LensHeaders.VERSION));
            assertEquals("1", LensHeaders.text(v2.headers(), LensHeaders.SOURCE_VERSION));
        }
    }

    @Test
    void envelopeFieldsAfterTheData_stayAfterIt() {
        try (TopologyHarness streams = run(CHESTERFIELD, false)) {
            sendWithoutHeader(streams, "k", "{'title':'a','status':'active','assignees':[],'groupId':'g',"
                    + "'_id':'todo-item@3:k','schema':'todo-item','version':3}");
            assertEquals("{\"title\":\"a\",\"isDone\":false,\"assignee\":null,"
                    + "\"schema\":\"todo-item\",\"version\":1,\"_id\":\"todo-item@1:k\"}", streams.read("todo-item.v1").get(0).value(),
                    "after the data, in the envelope's order: type, version, id");
        }
    }

    @Test
    void headerAndEnvelopeAgreeing_isTranslated_disagreeing_isADeadLetterSayingSo() {
        try (TopologyHarness streams = run(CHESTERFIELD, false)) {
            streams.send("k1", 1, "{'_id':'todo-item@1:k1','schema':'todo-item','version':1,'title':'a','isDone':true}");
            streams.send("k2", 2, "{'_id':'todo-item@1:k2','schema':'todo-item','version':1,'title':'b','isDone':true}");
            assertEquals(1, streams.read("todo-item.v3").size());
            List<TestRecord<String, String>> dead = streams.read("dlq");
            assertEquals(1, dead.size());
            assertEquals("k2", dead.get(0).key());
            Map<String, String> h = errorHeaders(dead.get(0));
            assertEquals("VERSION_CONFLICT", h.get("kind"));
            assertEquals("the lensc-version header says version 2, the envelope says 1", h.get("reason"));
            assertEquals("/version", h.get("pointer"));
            assertEquals(json("{'_id':'todo-item@1:k2','schema':'todo-item','version':1,'title':'b','isDone':true}"),
                    json(dead.get(0).value()), "a dead letter is the record as it was read");
        }
    }

    @Test
    void neitherHeaderNorEnvelopeVersion_isADeadLetter() {
        try (TopologyHarness streams = run(Envelope.of("todo-item").typeIn("schema").versionIn("version"), false)) {
            sendWithoutHeader(streams, "k", "{'schema':'todo-item','title':'a','isDone':true}");
            Map<String, String> h = errorHeaders(streams.read("dlq").get(0));
            assertEquals("NO_VERSION", h.get("kind"));
            assertEquals("the record has no lensc-version header, and its envelope has no 'version'", h.get("reason"));
            assertEquals(List.of(), streams.read("todo-item.v1"));
        }
    }

    @Test
    void anEnvelopeWithoutAVersion_takesTheHeaders_andKeepsTheKey() {
        try (TopologyHarness streams = run(KEY_ONLY, false)) {
            streams.send("k", 1, "{'_id':'item:42','title':'a','isDone':false,'assignee':null}");
            sendWithoutHeader(streams, "k", "{'_id':'item:43','title':'b','isDone':false}");
            assertEquals(List.of(json("{'_id':'item:42','title':'a','status':'active','assignees':[],'groupId':'inbox'}")),
                    streams.values("todo-item.v3"));
            Map<String, String> h = errorHeaders(streams.read("dlq").get(0));
            assertEquals("NO_VERSION", h.get("kind"));
            assertEquals("the record has no lensc-version header, and the todo-item envelope does not carry a version",
                    h.get("reason"));
        }
    }

    @Test
    void aBadEnvelope_isADeadLetterNamingWhere() {
        try (TopologyHarness streams = run(CHESTERFIELD, false)) {
            sendWithoutHeader(streams, "a", "{'_id':'todo-item@1:a','schema':'project','version':1,'title':'a','isDone':true}");
            sendWithoutHeader(streams, "b", "{'_id':'b','schema':'todo-item','version':1,'title':'a','isDone':true}");
            sendWithoutHeader(streams, "c", "{'_id':'todo-item@1:c','schema':'todo-item','version':'1','title':'a','isDone':true}");
            sendWithoutHeader(streams, "d", "{'_id':'todo-item@9:d','schema':'todo-item','version':9,'title':'a','isDone':true}");
            sendWithoutHeader(streams, "e", "['todo-item',1]");
            List<Map<String, String>> dead = streams.read("dlq").stream().map(LensTopologyTest::errorHeaders).toList();
            assertEquals(5, dead.size());
            assertTrue(dead.stream().allMatch(h -> h.get("kind").equals("BAD_ENVELOPE")), dead.toString());
            assertEquals(List.of("/schema", "/_id", "/version", "/version"),
                    dead.subList(0, 4).stream().map(h -> h.get("pointer")).toList());
            assertEquals("at /schema: unknown document type \"project\": this is a todo-item translator", dead.get(0).get("reason"));
            assertTrue(dead.get(3).get("reason").startsWith("at /version: version 9 of todo-item is unknown"), dead.get(3).get("reason"));
            assertEquals("at /: a todo-item document is an object, found array", dead.get(4).get("reason"));
            assertEquals(List.of(), streams.read("todo-item.v1"));
        }
    }

    @Test
    void keptBases_holdTheDataWithoutTheEnvelope_soAnOldWriterKeepsNewerFields() {
        try (TopologyHarness streams = run(CHESTERFIELD, true)) {
            sendWithoutHeader(streams, "k", "{'_id':'todo-item@3:k','schema':'todo-item','version':3,'title':'milk',"
                    + "'status':'blocked','assignees':['ann','bob'],'groupId':'work'}");
            sendWithoutHeader(streams, "k", "{'_id':'todo-item@1:k','schema':'todo-item','version':1,'title':'oat milk',"
                    + "'isDone':false,'assignee':'ann'}");
            assertEquals(json("{'_id':'todo-item@3:k','schema':'todo-item','version':3,'title':'oat milk',"
                    + "'status':'blocked','assignees':['ann','bob'],'groupId':'work'}"), streams.values("todo-item.v3").get(1));
        }
    }
}
