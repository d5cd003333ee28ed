package dev.lensc.kafka;

import static dev.lensc.kafka.LensTopologyTest.errorHeaders;
import static dev.lensc.kafka.TopologyHarness.headers;
import static dev.lensc.kafka.TopologyHarness.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.kafka.sample.TodoItemStreams;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensContext;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's choices: target versions, topic names, version detectors, bases, and its checks. */
class LensTopologyOptionsTest {
    static final JsonNodeFactory N = JsonNodeFactory.instance;

    /** Priority 1 {level: string} -> 2 {level: int}, by a table that knows "low" and "high" only. */
    static final DocumentType PRIORITY = DocumentType.builder("Priority")
            .version(1, new Type.ObjectType(List.of(new Field("level", new Type.StringType()))))
            .lens(1, 2, Lens.of(new LensOp.Convert("level", new Type.StringType(), new Type.IntType(), List.of(
                    ValueMapping.both(N.textNode("low"), N.numberNode(1)),
                    ValueMapping.both(N.textNode("high"), N.numberNode(2))), null, null)))
            .build();

    @TempDir
    Path stateDir;

    private TopologyHarness run(LensTopology.Builder builder) {
        return new TopologyHarness(builder.build(), "in", stateDir);
    }

    private static LensTopology.Builder todo() {
        return LensTopology.builder().source("in").translator(TodoItemStreams.TODO_ITEM).deadLetters("dlq");
    }

    @Test
    void onlyTheVersionsAsked_getTopics() {
        Topology topology = todo().toVersions(3, 2).build();
        assertEquals(Set.of("todo-item.v2", "todo-item.v3", "dlq"), sinkTopics(topology.describe()));
        try (TopologyHarness streams = new TopologyHarness(topology, "in", stateDir)) {
            streams.send("1", 1, "{'title':'a','isDone':true,'assignee':null}");
            assertEquals(List.of(json("{'title':'a','status':'done','assignees':[],'groupId':'inbox'}")),
                    streams.values("todo-item.v3"));
            assertEquals(List.of(json("{'title':'a','status':'done','assignee':null}")), streams.values("todo-item.v2"));
        }
    }

    @Test
    void withoutTargets_everyVersionOfTheTranslatorGetsATopic() {
        assertEquals(Set.of("todo-item.v1", "todo-item.v2", "todo-item.v3", "dlq"), sinkTopics(todo().build().describe()));
    }

    @Test
    void topicNames_followThePattern() {
        assertEquals(Set.of("prod.todo-item.1", "dlq"),
                sinkTopics(todo().toVersions(1).topics(TopicNaming.pattern("prod.{type}.{version}")).build().describe()));
        assertThrows(IllegalArgumentException.class, () -> TopicNaming.pattern("prod.{type}"));
    }

    @Test
    void withoutBases_eachRecordIsTranslatedOnItsOwn() {
        try (TopologyHarness streams = run(todo().toVersions(3))) {
            streams.send("7", 3, "{'title':'milk','status':'blocked','assignees':['ann','bob'],'groupId':'work'}");
            streams.send("7", 1, "{'title':'oat milk','isDone':false,'assignee':'cy'}");
            assertEquals(json("{'title':'oat milk','status':'active','assignees':['cy'],'groupId':'inbox'}"),
                    streams.values("todo-item.v3").get(1));
        }
    }

    @Test
    void aValueTheConvertTableDoesNotCover_isADeadLetter_namingTheOp() {
        LensTopology.Builder builder = LensTopology.builder().source("in").translator(PRIORITY).deadLetters("dlq");
        try (TopologyHarness streams = run(builder)) {
            streams.send("p", 1, "{'level':'medium'}");
            streams.send("p", 1, "{'level':'high'}");
            Map<String, String> h = errorHeaders(streams.read("dlq").get(0));
            assertEquals("UNTRANSLATABLE", h.get("kind"));
            assertEquals("/level", h.get("pointer"));
            assertTrue(h.get("op").startsWith("convert level"), h.get("op"));
            assertEquals("1", h.get("from-version"));
            assertEquals("2", h.get("to-version"));
            assertEquals(List.of(json("{'level':2}")), streams.values("priority.v2"));
        }
    }

    @Test
    void aVersionMember_isReadTakenOutAndWrittenFirstInEachVersion() {
        try (TopologyHarness streams = run(todo().toVersions(1, 3).versionFrom(VersionDetector.field("schemaVersion")))) {
            streams.send("1", "{\"title\":\"a\",\"isDone\":true,\"assignee\":null,\"schemaVersion\":1}", headers());
            streams.send("2", "{\"title\":\"b\",\"isDone\":true}", headers());
            streams.send("3", "{\"title\":\"c\",\"isDone\":true,\"schemaVersion\":\"1\"}", headers());
            assertEquals("{\"schemaVersion\":3,\"title\":\"a\",\"status\":\"done\",\"assignees\":[],\"groupId\":\"inbox\"}",
                    streams.read("todo-item.v3").get(0).value());
            assertEquals("{\"schemaVersion\":1,\"title\":\"a\",\"isDone\":true,\"assignee\":null}", streams.read("todo-item.v1").get(0).value());
            List<TestRecord<String, String>> dead = streams.read("dlq");
            assertEquals("the document has no 'schemaVersion' member", errorHeaders(dead.get(0)).get("reason"));
            assertEquals("the 'schemaVersion' member is \"1\", not a version number", errorHeaders(dead.get(1)).get("reason"));
        }
    }

    @Test
    void aTranslatorThatThrowsSomethingElse_stillOnlyMakesADeadLetter() {
        Translator broken = new Translator() {
            @Override
            public String documentType() {
                return "TodoItem";
            }

            @Override
            public SortedSet<Integer> versions() {
                return new TreeSet<>(List.of(1, 2));
            }

            @Override
            public JsonNode translate(JsonNode doc, int from, int to, JsonNode base) {
                if (doc.has("boom")) {
                    throw new IllegalStateException("a custom lens with a bug");
                }
                return doc.deepCopy();
            }
        };
        try (TopologyHarness streams = run(LensTopology.builder().source("in").translator(broken).deadLetters("dlq"))) {
            streams.send("1", 1, "{'boom':true}");
            streams.send("1", 1, "{'fine':true}");
            Map<String, String> h = errorHeaders(streams.read("dlq").get(0));
            assertEquals("the translator failed: java.lang.IllegalStateException: a custom lens with a bug", h.get("reason"));
            assertEquals(List.of(json("{'fine':true}")), streams.values("todo-item.v2"));
        }
    }

    @Test
    void aDetectorBug_isADeadLetter_butKafkasOwnErrorsReachStreams() {
        VersionDetector picky = new VersionDetector() {
            @Override
            public Detection detect(Headers headers, JsonNode value) {
                if (value.has("kafka")) {
                    throw new KafkaException("the broker is gone");
                }
                if (value.has("bug")) {
                    throw new IllegalStateException("a detector with a bug");
                }
                return new Detection.Found(1, value);
            }

            @Override
            public JsonNode publish(JsonNode document, int version, Detection.Found source) {
                return document;
            }
        };
        try (TopologyHarness streams = run(todo().toVersions(1).versionFrom(picky))) {
            streams.send("1", "{\"bug\":true}", headers());
            assertEquals("translation failed: java.lang.IllegalStateException: a detector with a bug",
                    errorHeaders(streams.read("dlq").get(0)).get("reason"));
            StreamsException e = assertThrows(StreamsException.class, () -> streams.send("1", "{\"kafka\":true}", headers()));
            assertEquals("the broker is gone", rootCause(e).getMessage());
        }
    }

    private static Throwable rootCause(Throwable e) {
        return e.getCause() == null ? e : rootCause(e.getCause());
    }

    /** Version 2 qualifies a card's reference with the id of the document that holds it. */
    public static final class QualifiedRef implements CustomLens {
        @Override
        public JsonNode forward(JsonNode value, JsonNode base) {
            throw new AssertionError("the processor passes a context");
        }

        @Override
        public JsonNode backward(JsonNode value, JsonNode base) {
            return N.textNode(value.textValue().replaceFirst("@.*", ""));
        }

        @Override
        public JsonNode forward(JsonNode value, JsonNode base, LensContext context) {
            return N.textNode(value.textValue() + "@" + context.documentId());
        }
    }

    @Test
    void customLenses_areToldTheRecordKeyAsTheDocumentId() {
        DocumentType card = DocumentType.builder("Card")
                .version(1, new Type.ObjectType(List.of(new Field("ref", new Type.StringType()))))
                .lens(1, 2, Lens.of(new LensOp.Custom("ref", QualifiedRef.class.getName(), new QualifiedRef(), false)))
                .build();
        try (TopologyHarness streams = run(LensTopology.builder().source("in").translator(card).deadLetters("dlq"))) {
            streams.send("board-7", 1, "{'ref':'a'}");
            streams.send(null, 1, "{'ref':'b'}");
            assertEquals(List.of(json("{'ref':'a@board-7'}"), json("{'ref':'b@null'}")), streams.values("card.v2"));
        }
    }

    @Test
    void theBuilder_rejectsWiringThatCannotWork() {
        assertEquals("toVersions: TodoItem has no version 4; known versions: [1, 2, 3]",
                assertThrows(IllegalArgumentException.class, () -> todo().toVersions(1, 4).build()).getMessage());
        assertEquals("LensTopology needs .deadLetters(topic) before build()", assertThrows(IllegalStateException.class,
                () -> LensTopology.builder().source("in").translator(TodoItemStreams.TODO_ITEM).build()).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> todo().source("todo-item.v2").build())
                .getMessage().contains("would be translated again"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> todo().deadLetters("todo-item.v1").build())
                .getMessage().startsWith("two outputs share a topic"));
    }

    @Test
    void twoDocumentTypes_shareOneTopology() {
        Topology topology = todo().build();
        LensTopology.builder().source("priorities").translator(PRIORITY).deadLetters("priority.dlq").addTo(topology);
        assertEquals(Set.of("todo-item.v1", "todo-item.v2", "todo-item.v3", "dlq", "priority.v1", "priority.v2",
                "priority.dlq"), sinkTopics(topology.describe()));
    }

    private static Set<String> sinkTopics(TopologyDescription description) {
        return description.subtopologies().stream()
                .flatMap(s -> s.nodes().stream())
                .filter(n -> n instanceof TopologyDescription.Sink)
                .map(n -> ((TopologyDescription.Sink) n).topic())
                .collect(Collectors.toSet());
    }
}
