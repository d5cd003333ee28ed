package com.example.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.sync.CompatibilityMode;
import dev.lensc.runtime.sync.Decision;
import dev.lensc.runtime.sync.DecisionLog;
import dev.lensc.runtime.sync.EnvelopeException;
import dev.lensc.runtime.sync.EnvelopeHeader;
import dev.lensc.runtime.sync.EnvelopedDocuments;
import dev.lensc.runtime.sync.OperationGate;
import dev.lensc.runtime.sync.VersionedOperation;
import dev.lensc.runtime.sync.WritePolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A rollback after v2 writes were enabled for some projects: p1 was written in v2 (a new client removed
 * a tag: a tombstone v1 cannot hold), p2 was not (still stored in v1). The rolled-back code refuses
 * what it cannot keep instead of corrupting it: v1-only code reads p2 but refuses p1 (it cannot read
 * version 2, so it never writes back a v1 copy that would drop the tombstone and bring the tag back),
 * and holds v2 edits back for its upgrade; the v2-aware replica in mode read-old-write-old keeps v1
 * note edits but never a v1 tag write over the tombstone.
 */
class RollbackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The project before the migration: what the rolled-back code was built from. */
    private static final String V1_ONLY = """
            package com.example.tags;

            schema Project {
              version 1 {
                name: string
                notes: string = ""
                tags: [string]
              }
              envelope "project" {
                id: id "project:{key}"
                version: version
              }
            }
            """;

    private final LinkedSchema current = LensFiles.load(Path.of("src/main/lens/project.lens")).schema("Project")
            .orElseThrow();
    private final LinkedSchema rolledBack = v1Only();
    private final EnvelopedDocuments currentDocs = new EnvelopedDocuments(current.toDocumentType(),
            current.sync().envelope().orElseThrow());
    private final EnvelopedDocuments oldDocs = new EnvelopedDocuments(rolledBack.toDocumentType(),
            rolledBack.sync().envelope().orElseThrow());

    private static LinkedSchema v1Only() {
        LensFileResult r = LensFiles.parse("project-v1.lens", V1_ONLY);
        assertEquals(List.of(), r.errors(), r.formatDiagnostics());
        return r.schema("Project").orElseThrow();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final JsonNode P1_V1 = json("{'name':'p1','notes':'','tags':['urgent','home']}");

    /** p1 after v2 writes: backfilled, then a new client removed urgent. */
    private JsonNode p1WrittenInV2() {
        ObjectNode stored = currentDocs.withEnvelope(ProjectLenses.v1ToV2(P1_V1), new EnvelopeHeader("project", 2,
                Optional.of("p1")), null);
        VersionedOperation remove = new VersionedOperation("n-1", "project", "p1", 2, OptionalInt.of(2),
                JsonPatch.parse("[{\"op\":\"add\",\"path\":\"/tags/removes/-\",\"value\":\"migration:tags-v2:urgent\"}]"));
        OperationGate gate = new OperationGate(current.toDocumentType(), current.sync(), new DecisionLog());
        return assertInstanceOf(Decision.Applied.class, gate.decide(remove, stored, WritePolicy.inEpoch(2))).document()
                .orElseThrow();
    }

    @Test
    void v1OnlyCode_readsAProjectNotWrittenInV2_andRefusesOneThatWas() {
        JsonNode p2 = json("{'id':'project:p2','version':1,'name':'p2','notes':'','tags':['work']}");
        assertEquals(json("{'name':'p2','notes':'','tags':['work']}"), oldDocs.body(p2));
        assertEquals(1, oldDocs.header(p2).version());

        JsonNode p1 = p1WrittenInV2();
        EnvelopeException refused = assertThrows(EnvelopeException.class, () -> oldDocs.header(p1));
        assertEquals("at /version: version 2 of project is unknown; versions: [1]", refused.getMessage());
        assertThrows(EnvelopeException.class, () -> oldDocs.translate(p1, 1));
    }

    @Test
    void v1OnlyReplica_holdsV2EditsBackForItsUpgrade_neverAppliesHalfOfThem() {
        DecisionLog log = new DecisionLog();
        OperationGate old = new OperationGate(rolledBack.toDocumentType(), rolledBack.sync(), log);
        JsonNode p2 = json("{'id':'project:p2','version':1,'name':'p2','notes':'','tags':['work']}");
        VersionedOperation v2Edit = new VersionedOperation("n-2", "project", "p2", 2, OptionalInt.of(2),
                JsonPatch.parse("[{\"op\":\"add\",\"path\":\"/tags/removes/-\",\"value\":\"migration:tags-v2:work\"}]"));
        Decision.Buffered b = assertInstanceOf(Decision.Buffered.class, old.decide(v2Edit, p2, WritePolicy.inEpoch(1)));
        assertEquals(Decision.Wait.UPGRADE_REQUIRED, b.reason());
        assertEquals(List.of("n-2"), log.buffered().stream().map(DecisionLog.Entry::opId).toList());
    }

    @Test
    void rolledBackToReadOldWriteOld_v1NoteEditsLand_v1TagWritesNeverOverwriteTheTombstone() {
        JsonNode p1 = p1WrittenInV2();
        OperationGate gate = new OperationGate(current.toDocumentType(), current.sync(), new DecisionLog());
        WritePolicy rolledBackPolicy = WritePolicy.inEpoch(1).withMode(CompatibilityMode.READ_OLD_WRITE_OLD);

        // what a v1 client sees of p1, and writes back whole: the tombstone is not in it
        JsonNode seen = ProjectLenses.v2ToV1(currentDocs.body(p1));
        assertEquals(json("['home']"), seen.get("tags"));
        VersionedOperation writeBack = new VersionedOperation("o-1", "project", "p1", 1, OptionalInt.empty(),
                JsonPatch.parse("[{\"op\":\"replace\",\"path\":\"/tags\",\"value\":[\"home\",\"urgent\"]}]"));
        Decision.Rejected r = assertInstanceOf(Decision.Rejected.class, gate.decide(writeBack, p1, rolledBackPolicy));
        assertEquals("semantic tags", r.rule());

        VersionedOperation note = new VersionedOperation("o-2", "project", "p1", 1, OptionalInt.empty(),
                JsonPatch.parse("[{\"op\":\"replace\",\"path\":\"/notes\",\"value\":\"rolled back\"}]"));
        JsonNode after = assertInstanceOf(Decision.Translated.class, gate.decide(note, p1, rolledBackPolicy)).document()
                .orElseThrow();
        assertEquals("rolled back", after.get("notes").textValue());
        assertEquals(p1.get("tags"), after.get("tags"));
        assertEquals(json("['home']"), ProjectLenses.v2ToV1(currentDocs.body(after)).get("tags"));

        VersionedOperation v2Edit = new VersionedOperation("n-3", "project", "p1", 2, OptionalInt.of(1),
                JsonPatch.parse("[{\"op\":\"add\",\"path\":\"/tags/adds/urgent/-\",\"value\":\"phone-9\"}]"));
        assertEquals(Decision.Wait.UPGRADE_REQUIRED, assertInstanceOf(Decision.Buffered.class,
                gate.decide(v2Edit, after, rolledBackPolicy)).reason());
    }
}
