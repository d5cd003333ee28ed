package com.example.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.tags.migration.TagsToObservedRemove;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.sync.Decision;
import dev.lensc.runtime.sync.DecisionLog;
import dev.lensc.runtime.sync.EnvelopeHeader;
import dev.lensc.runtime.sync.EnvelopedDocuments;
import dev.lensc.runtime.sync.OperationGate;
import dev.lensc.runtime.sync.StableIds;
import dev.lensc.runtime.sync.VersionedOperation;
import dev.lensc.runtime.sync.WritePolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The rollout of tags as an observed-remove set, phase by phase: readers learn v2, a deterministic
 * backfill, old and new views compared, v2 writes, and an old client reconnecting with its stale set.
 */
class TagsMigrationPhasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REASON = "project is in the tags-v2 epoch; upgrade and resync";

    private final LinkedSchema schema = load();
    private final EnvelopedDocuments docs = new EnvelopedDocuments(schema.toDocumentType(),
            schema.sync().envelope().orElseThrow());
    private final DecisionLog log = new DecisionLog();
    private final OperationGate gate = new OperationGate(schema.toDocumentType(), schema.sync(), log);

    private static LinkedSchema load() {
        LensFileResult r = LensFiles.load(Path.of("src/main/lens/project.lens"));
        assertEquals(List.of(), r.errors(), r.formatDiagnostics());
        return r.schema("Project").orElseThrow();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final JsonNode V1_BODY = json("{\"name\":\"p7\",\"notes\":\"\",\"tags\":[\"urgent\",\"home\"]}");

    /** Phase 2: the backfill, through the generated translator, as a stored v2 document with its envelope. */
    private ObjectNode backfilled() {
        return docs.withEnvelope(ProjectLenses.v1ToV2(V1_BODY), new EnvelopeHeader("project", 2, Optional.of("p7")),
                null);
    }

    private static List<String> visibleTags(JsonNode v2Body) {
        List<String> out = new java.util.ArrayList<>();
        ProjectLenses.v2ToV1(v2Body).get("tags").forEach(t -> out.add(t.textValue()));
        return out;
    }

    @Test
    void phase1_readersLearnV2_generatedCodeAgreesWithTheInterpreter() {
        assertEquals(schema.toDocumentType().translate(V1_BODY, 1, 2), ProjectLenses.v1ToV2(V1_BODY));
        assertEquals(json("{\"name\":\"p7\",\"notes\":\"\",\"tags\":{\"adds\":{\"urgent\":[\"migration:tags-v2:urgent\"],"
                + "\"home\":[\"migration:tags-v2:home\"]},\"removes\":[]}}"), ProjectLenses.v1ToV2(V1_BODY));
    }

    @Test
    void phase2_backfillTwice_sameBytes() {
        String once = backfilled().toString();
        assertEquals(once, backfilled().toString());
        JsonNode again = ProjectLenses.v1ToV2(V1_BODY, docs.body(backfilled()));
        assertEquals(docs.body(backfilled()).toString(), again.toString());
        assertEquals(StableIds.dot(TagsToObservedRemove.MIGRATION, "urgent"),
                backfilled().at("/tags/adds/urgent/0").textValue());
    }

    @Test
    void phase3_oldAndNewViews_agreeBeforeRollout() {
        assertEquals(V1_BODY, ProjectLenses.v2ToV1(docs.body(backfilled()), V1_BODY));
        assertEquals(List.of("urgent", "home"), visibleTags(docs.body(backfilled())));
    }

    @Test
    void phases4and5_newClientRemovesATag_staleOldClientIsRejected_itsNoteEditAccepted() {
        WritePolicy epoch2 = WritePolicy.inEpoch(2);
        VersionedOperation remove = new VersionedOperation("n-1", "project", "p7", 2, OptionalInt.of(2),
                JsonPatch.parse("[{\"op\":\"add\",\"path\":\"/tags/removes/-\",\"value\":\"migration:tags-v2:urgent\"}]"));
        JsonNode stored = assertInstanceOf(Decision.Applied.class, gate.decide(remove, backfilled(), epoch2)).document()
                .orElseThrow();
        assertEquals(List.of("home"), visibleTags(docs.body(stored)));

        VersionedOperation stale = new VersionedOperation("o-1", "project", "p7", 1, OptionalInt.empty(),
                JsonPatch.parse("[{\"op\":\"replace\",\"path\":\"/tags\",\"value\":[\"urgent\",\"home\"]}]"));
        Decision.Rejected rejected = assertInstanceOf(Decision.Rejected.class, gate.decide(stale, stored, epoch2));
        assertEquals(REASON, rejected.reason());
        assertEquals(List.of("o-1"), log.rejected().stream().map(DecisionLog.Entry::opId).toList());

        VersionedOperation note = new VersionedOperation("o-2", "project", "p7", 1, OptionalInt.empty(),
                JsonPatch.parse("[{\"op\":\"replace\",\"path\":\"/notes\",\"value\":\"call the client\"}]"));
        JsonNode after = assertInstanceOf(Decision.Translated.class, gate.decide(note, stored, epoch2)).document()
                .orElseThrow();
        assertEquals("call the client", after.get("notes").textValue());
        assertEquals(List.of("home"), visibleTags(docs.body(after)));
        assertEquals("project:p7", after.get("id").textValue());
    }

    @Test
    void aReSentOldSet_mintsNoFreshAdds_theRemovedTagStaysRemoved() {
        JsonNode removed = json("{\"name\":\"p7\",\"notes\":\"\",\"tags\":{\"adds\":{\"urgent\":[\"migration:tags-v2:urgent\"],"
                + "\"home\":[\"migration:tags-v2:home\"]},\"removes\":[\"migration:tags-v2:urgent\"]}}");
        JsonNode resent = ProjectLenses.v1ToV2(V1_BODY, removed);
        assertEquals(removed, resent);
        assertTrue(visibleTags(resent).equals(List.of("home")));
    }

    @Test
    void beforeTheEpoch_theSemanticFieldStillRefusesAReinterpretedOldWrite() {
        VersionedOperation stale = new VersionedOperation("o-3", "project", "p7", 1, OptionalInt.empty(),
                JsonPatch.parse("[{\"op\":\"replace\",\"path\":\"/tags\",\"value\":[\"urgent\"]}]"));
        Decision.Rejected r = assertInstanceOf(Decision.Rejected.class, gate.decide(stale, backfilled(),
                WritePolicy.inEpoch(1)));
        assertEquals("semantic tags", r.rule());
    }
}
