package dev.lensc.kafka;

import static dev.lensc.kafka.TopologyHarness.headers;
import static dev.lensc.kafka.TopologyHarness.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.kafka.sample.TodoItemStreams;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's topology (TodoItem 1..3, bases kept) under TopologyTestDriver. */
class LensTopologyTest {
    static final String V1 = "todo-item.v1";
    static final String V2 = "todo-item.v2";
    static final String V3 = "todo-item.v3";
    static final String DLQ = "todo-item.dlq";

    @TempDir
    Path stateDir;
    TopologyHarness streams;

    @BeforeEach
    void start() {
        streams = new TopologyHarness(TodoItemStreams.topology(), "todo-item.in", stateDir);
    }

    @AfterEach
    void stop() {
        streams.close();
    }

    @Test
    void aV1Record_isPublishedInEveryVersion_translatedUp() {
        streams.send("42", 1, "{'title':'milk','isDone':true,'assignee':'ann'}");
        assertEquals(List.of(json("{'title':'milk','isDone':true,'assignee':'ann'}")), streams.values(V1));
        assertEquals(List.of(json("{'title':'milk','status':'done','assignee':'ann'}")), streams.values(V2));
        assertEquals(List.of(json("{'title':'milk','status':'done','assignees':['ann'],'groupId':'inbox'}")),
                streams.values(V3));
        assertEquals(List.of(), streams.read(DLQ));
    }

    @Test
    void aV3Record_isTranslatedDown() {
        streams.send("42", 3, "{'title':'milk','status':'blocked','assignees':['ann','bob'],'groupId':'work'}");
        assertEquals(List.of(json("{'title':'milk','isDone':false,'assignee':'ann'}")), streams.values(V1));
        assertEquals(List.of(json("{'title':'milk','status':'blocked','assignee':'ann'}")), streams.values(V2));
    }

    @Test
    void everyVersionRecord_keepsKeyAndTimestamp_andSaysItsTypeVersionAndSource() {
        streams.send("42", 2, "{'title':'milk','status':'active','assignee':null}");
        for (int v = 1; v <= 3; v++) {
            TestRecord<String, String> r = streams.read("todo-item.v" + v).get(0);
            assertEquals("42", r.key());
            assertEquals("TodoItem", LensHeaders.text(r.headers(), LensHeaders.TYPE));
            assertEquals(String.valueOf(v), LensHeaders.text(r.headers(), LensHeaders.VERSION));
            assertEquals("2", LensHeaders.text(r.headers(), LensHeaders.SOURCE_VERSION));
        }
    }

    @Test
    void otherHeaders_travelWithTheRecord() {
        streams.send("1", "{\"title\":\"a\",\"isDone\":false}", headers(LensHeaders.VERSION, "1", "traceparent", "00-abc"));
        assertEquals("00-abc", LensHeaders.text(streams.read(V3).get(0).headers(), "traceparent"));
    }

    @Test
    void aReplayedDeadLetter_thatNowTranslates_losesItsErrorHeaders() {
        streams.send("1", "{\"title\":\"a\",\"isDone\":false}", headers(LensHeaders.VERSION, "1",
                LensHeaders.ERROR_KIND, "UNTRANSLATABLE", LensHeaders.ERROR_REASON, "fixed since"));
        TestRecord<String, String> r = streams.read(V2).get(0);
        assertEquals(Map.of(), errorHeaders(r));
        assertEquals("2", LensHeaders.text(r.headers(), LensHeaders.VERSION));
    }

    @Test
    void anOldWriter_doesNotEraseWhatOnlyNewerVersionsKnow_becauseBasesAreKeptPerKey() {
        streams.send("7", 3, "{'title':'milk','status':'blocked','assignees':['ann','bob'],'groupId':'work'}");
        streams.send("7", 1, "{'title':'oat milk','isDone':false,'assignee':'cy'}");
        streams.send("8", 1, "{'title':'tea','isDone':false,'assignee':'cy'}");
        assertEquals(List.of(
                json("{'title':'milk','status':'blocked','assignees':['ann','bob'],'groupId':'work'}"),
                json("{'title':'oat milk','status':'blocked','assignees':['cy','bob'],'groupId':'work'}"),
                json("{'title':'tea','status':'active','assignees':['cy'],'groupId':'inbox'}")), streams.values(V3));
    }

    @Test
    void aTombstone_isADeleteOnEveryVersionTopic_andForgetsTheBases() {
        streams.send("7", 3, "{'title':'milk','status':'blocked','assignees':['ann','bob'],'groupId':'work'}");
        streams.send("7", 3, null);
        streams.send("7", 1, "{'title':'again','isDone':false,'assignee':null}");
        for (String topic : List.of(V1, V2, V3)) {
            List<TestRecord<String, String>> records = streams.read(topic);
            assertEquals(3, records.size(), topic);
            assertEquals("7", records.get(1).key());
            assertNull(records.get(1).value(), topic);
            assertEquals(topic.substring(topic.length() - 1), LensHeaders.text(records.get(1).headers(), LensHeaders.VERSION));
            if (topic.equals(V3)) {
                assertEquals(json("{'title':'again','status':'active','assignees':[],'groupId':'inbox'}"),
                        json(records.get(2).value()), "translated from scratch, not onto the deleted document");
            }
        }
        assertEquals(List.of(), streams.read(DLQ));
    }

    @Test
    void ordering_perKey_isKeptOnEveryVersionTopic_evenAroundDeadLetters() {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String key = "k" + (i % 3);
            int version = 1 + i % 3;
            String title = key + "#" + i;
            String doc = switch (version) {
                case 1 -> "{'title':'" + title + "','isDone':true,'assignee':null}";
                case 2 -> "{'title':'" + title + "','status':'done','assignee':'ann'}";
                default -> "{'title':'" + title + "','status':'done','assignees':[],'groupId':'g'}";
            };
            if (i % 7 == 0) {
                doc = "{'title':'" + title + "','isDone':'not a boolean'}";
                version = 1;
            } else {
                sent.add(title);
            }
            streams.send(key, version, doc);
        }
        List<TestRecord<String, String>> dead = streams.read(DLQ);
        assertEquals(30 - sent.size(), dead.size(), () -> dead.stream().map(r -> errorHeaders(r).toString()).toList().toString());
        for (String topic : List.of(V1, V2, V3)) {
            Map<String, List<String>> byKey = new TreeMap<>();
            for (TestRecord<String, String> r : streams.read(topic)) {
                String title = json(r.value()).get("title").asText();
                assertTrue(title.startsWith(r.key() + "#"), "key kept: " + r.key() + " / " + title);
                byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(title);
            }
            Map<String, List<String>> expected = new TreeMap<>();
            for (String title : sent) {
                expected.computeIfAbsent(title.substring(0, title.indexOf('#')), k -> new ArrayList<>()).add(title);
            }
            assertEquals(expected, byKey, topic);
        }
    }

    @Test
    void noRecordIsLost_eachInputIsOnEveryVersionTopic_orOnceInTheDeadLetters() {
        String[] values = {
            "{'title':'a','isDone':true}", "{'title':'b','isDone':1}", "{not json", "{'title':'c','title':'d','isDone':true}",
            "{'title':'e','isDone':false,'assignee':'x'}", null, "[]", "{'title':'f','isDone':true} {}",
        };
        for (int i = 0; i < values.length; i++) {
            streams.send("k" + i, 1, values[i]);
        }
        int good = streams.read(V1).size();
        assertEquals(good, streams.read(V2).size());
        assertEquals(good, streams.read(V3).size());
        List<TestRecord<String, String>> dead = streams.read(DLQ);
        assertEquals(5, dead.size(), "not a boolean, malformed, duplicate key, not an object, trailing tokens");
        assertEquals(values.length, good + dead.size());
    }

    @Test
    void theDeadLetterTopic_getsTheRecordUnchanged_withItsKeyAndWhereItWasRead() {
        streams.send("9", 1, "{'title':'x','isDone':'yes'}");
        streams.send("9", 1, "{'title':'y','isDone':true}");
        TestRecord<String, String> dead = streams.read(DLQ).get(0);
        assertEquals("9", dead.key());
        assertEquals("{\"title\":\"x\",\"isDone\":\"yes\"}", dead.value());
        assertEquals("todo-item.in", LensHeaders.text(dead.headers(), LensHeaders.ERROR_TOPIC));
        assertEquals("0", LensHeaders.text(dead.headers(), LensHeaders.ERROR_PARTITION));
        assertEquals("0", LensHeaders.text(dead.headers(), LensHeaders.ERROR_OFFSET));
        assertEquals("1", LensHeaders.text(dead.headers(), LensHeaders.VERSION));
        assertEquals(1, streams.read(V3).size(), "the stream goes on after a dead letter");
    }

    @Test
    void aDocumentThatDoesNotFitItsVersion_isADeadLetter_withReasonPointerAndVersions() {
        streams.send("9", 2, "{'title':'x','status':'nope'}");
        Map<String, String> h = errorHeaders(streams.read(DLQ).get(0));
        assertEquals("UNTRANSLATABLE", h.get("kind"));
        assertEquals("/status", h.get("pointer"));
        assertEquals("2", h.get("from-version"));
        assertEquals("1", h.get("to-version"), "the first target that failed");
        assertTrue(h.get("reason").contains("does not fit TodoItem version 2"), h.get("reason"));
        assertEquals(List.of(), streams.read(V2), "all or nothing: no version topic sees the record");
    }

    @Test
    void anUnknownVersionHeader_isADeadLetter_namingTheKnownVersions() {
        streams.send("9", 7, "{'title':'x'}");
        Map<String, String> h = errorHeaders(streams.read(DLQ).get(0));
        assertEquals("UNKNOWN_VERSION", h.get("kind"));
        assertEquals("7", h.get("from-version"));
        assertEquals("the record is in version 7, which TodoItem does not have; known versions: [1, 2, 3]", h.get("reason"));
    }

    @Test
    void aMissingOrNonNumericVersionHeader_isADeadLetter() {
        streams.send("9", "{}", headers());
        streams.send("9", "{}", headers(LensHeaders.VERSION, "two"));
        List<TestRecord<String, String>> dead = streams.read(DLQ);
        assertEquals("NO_VERSION", errorHeaders(dead.get(0)).get("kind"));
        assertEquals("the record has no lensc-version header", errorHeaders(dead.get(0)).get("reason"));
        assertEquals("the lensc-version header is 'two', not a version number", errorHeaders(dead.get(1)).get("reason"));
    }

    @Test
    void malformedJson_isADeadLetter_withLineAndColumn() {
        streams.send("9", 1, "{'title':'x',\n 'isDone': tru}");
        Map<String, String> h = errorHeaders(streams.read(DLQ).get(0));
        assertEquals("MALFORMED_JSON", h.get("kind"));
        assertTrue(h.get("reason").startsWith("at 2:"), h.get("reason"));
        assertTrue(h.get("reason").contains("invalid JSON"), h.get("reason"));
    }

    @Test
    void duplicateKeys_areADeadLetter_notLastOneWins() {
        streams.send("9", 1, "{'title':'x','isDone':true,'isDone':false}");
        Map<String, String> h = errorHeaders(streams.read(DLQ).get(0));
        assertEquals("MALFORMED_JSON", h.get("kind"));
        assertTrue(h.get("reason").contains("Duplicate field 'isDone'"), h.get("reason"));
        assertEquals(List.of(), streams.read(V1));
    }

    @Test
    void aRecordOfAnotherType_isADeadLetter() {
        streams.send("9", "{}", headers(LensHeaders.VERSION, "1", LensHeaders.TYPE, "Invoice"));
        Map<String, String> h = errorHeaders(streams.read(DLQ).get(0));
        assertEquals("WRONG_TYPE", h.get("kind"));
        assertEquals("the record is a Invoice (its lensc-type header), not a TodoItem", h.get("reason"));
    }

    /** The {@code lensc-error-*} headers without their prefix. */
    static Map<String, String> errorHeaders(TestRecord<String, String> record) {
        Map<String, String> out = new TreeMap<>();
        record.headers().forEach(h -> {
            if (h.key().startsWith(LensHeaders.ERROR_PREFIX)) {
                out.put(h.key().substring(LensHeaders.ERROR_PREFIX.length()), LensHeaders.text(record.headers(), h.key()));
            }
        });
        return out;
    }
}
