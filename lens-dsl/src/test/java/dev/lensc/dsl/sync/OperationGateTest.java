package dev.lensc.dsl.sync;

import static dev.lensc.dsl.sync.ChesterfieldEnvelopeTest.JSON;
import static dev.lensc.dsl.sync.ChesterfieldEnvelopeTest.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.sync.CompatibilityMode;
import dev.lensc.runtime.sync.Decision;
import dev.lensc.runtime.sync.DecisionLog;
import dev.lensc.runtime.sync.EnvelopeException;
import dev.lensc.runtime.sync.OperationGate;
import dev.lensc.runtime.sync.SemanticRules;
import dev.lensc.runtime.sync.VersionedOperation;
import dev.lensc.runtime.sync.WritePolicy;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The decision table of {@link OperationGate}, on the todo item of {@code sync/todo-item.lens}. */
class OperationGateTest {
    private static final String EPOCH_3_REASON =
            "items have several assignees since epoch 3; upgrade to edit them, and resync";

    private final LinkedSchema schema = ChesterfieldEnvelopeTest.todo();
    private final DecisionLog log = new DecisionLog();
    private final OperationGate gate = new OperationGate(schema.toDocumentType(), schema.sync(), log);

    /** The stored v3 item: assigned to bob by a v3 client. */
    private static ObjectNode storedV3() {
        ObjectNode doc = (ObjectNode) ChesterfieldEnvelopeTest.json("chesterfield-v3.json");
        doc.set("assignees", JSON.createArrayNode().add("bob"));
        return doc;
    }

    private static VersionedOperation op(String id, int version, String patch) {
        return new VersionedOperation(id, "todo-item", KEY, version, OptionalInt.empty(), JsonPatch.parse(patch));
    }

    @Test
    void staleWriter_singleAssigneeOntoSeveral_isRejectedWithTheDeclaredReason() {
        VersionedOperation stale = op("op-1", 1, "[{\"op\":\"replace\",\"path\":\"/assignee\",\"value\":\"ann\"}]");
        Decision d = gate.decide(stale, storedV3(), WritePolicy.inEpoch(3));
        Decision.Rejected r = assertInstanceOf(Decision.Rejected.class, d);
        assertEquals(EPOCH_3_REASON, r.reason());
        assertEquals("upgrade to version 3 or later and resync", r.action());
        assertEquals("epoch 3: reject writes to assignees from versions < 3: \"" + EPOCH_3_REASON + "\"", r.rule());
        assertEquals(List.of("rejected op op-1 on todo-item " + KEY + " (version 1 onto stored version 3, replica in"
                + " epoch 3): " + EPOCH_3_REASON + " [" + r.rule() + "]"),
                log.entries().stream().map(DecisionLog.Entry::toString).toList());
    }

    @Test
    void staleWriter_canStillAddNotes() {
        VersionedOperation notes = op("op-2", 1, "[{\"op\":\"replace\",\"path\":\"/notes\",\"value\":\"2 litres\"}]");
        Decision.Translated t = assertInstanceOf(Decision.Translated.class,
                gate.decide(notes, storedV3(), WritePolicy.inEpoch(3)));
        ObjectNode expected = storedV3().put("notes", "2 litres");
        assertEquals(expected, t.document().orElseThrow());
        assertEquals(3, t.translated().version());
        assertEquals(JsonPatch.parse("[{\"op\":\"replace\",\"path\":\"/notes\",\"value\":\"2 litres\"}]"),
                t.translated().patch());
        assertEquals(List.of(), log.entries());
    }

    @Test
    void beforeTheEpoch_theSameStaleWriteWouldHaveGoneThrough() {
        VersionedOperation stale = op("op-1", 1, "[{\"op\":\"replace\",\"path\":\"/assignee\",\"value\":\"ann\"}]");
        Decision.Translated t = assertInstanceOf(Decision.Translated.class,
                gate.decide(stale, storedV3(), WritePolicy.inEpoch(2)));
        assertEquals(JSON.createArrayNode().add("ann"), t.document().orElseThrow().get("assignees"));
    }

    @Test
    void aWriteInTheStoredVersion_isApplied_envelopeKept() {
        VersionedOperation v3 = op("op-3", 3, "[{\"op\":\"add\",\"path\":\"/assignees/-\",\"value\":\"ann\"}]");
        Decision.Applied a = assertInstanceOf(Decision.Applied.class, gate.decide(v3, storedV3(), WritePolicy.inEpoch(3)));
        assertEquals(JSON.createArrayNode().add("bob").add("ann"), a.document().orElseThrow().get("assignees"));
        assertEquals("todo-item@3:" + KEY, a.document().orElseThrow().get("_id").textValue());
    }

    @Test
    void laterEpochsNewerVersionsAndMissingDocuments_areBuffered() {
        VersionedOperation later = new VersionedOperation("op-4", "todo-item", KEY, 3, OptionalInt.of(4),
                JsonPatch.parse("[]"));
        assertEquals(new Decision.Buffered(later, Decision.Wait.MISSING_CONTEXT,
                "the operation was written in epoch 4; this replica is in epoch 3"),
                gate.decide(later, storedV3(), WritePolicy.inEpoch(3)));
        VersionedOperation newer = op("op-5", 4, "[]");
        assertEquals(new Decision.Buffered(newer, Decision.Wait.UPGRADE_REQUIRED,
                "version 4 is newer than this replica knows (newest: 3); upgrade the replica"),
                gate.decide(newer, storedV3(), WritePolicy.inEpoch(3)));
        VersionedOperation first = op("op-6", 3, "[]");
        assertEquals(new Decision.Buffered(first, Decision.Wait.MISSING_CONTEXT,
                "document " + KEY + " is not stored here yet"), gate.decide(first, null, WritePolicy.inEpoch(3)));
        assertEquals(List.of("op-4", "op-5", "op-6"), log.buffered().stream().map(DecisionLog.Entry::opId).toList());
    }

    @Test
    void modes_decideWritesOfTheNewestVersion_andOldWritesAtTheEnd() {
        VersionedOperation v3 = op("op-7", 3, "[{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"x\"}]");
        assertEquals(Decision.Wait.UPGRADE_REQUIRED, assertInstanceOf(Decision.Buffered.class, gate.decide(v3,
                storedV3(), WritePolicy.inEpoch(3).withMode(CompatibilityMode.READ_OLD_WRITE_OLD))).reason());
        Decision.Rejected notYet = assertInstanceOf(Decision.Rejected.class, gate.decide(v3, storedV3(),
                WritePolicy.inEpoch(3).withMode(CompatibilityMode.READ_NEW_WRITE_OLD)));
        assertEquals("write version 2 until the rollout enables version 3", notYet.action());
        VersionedOperation v1 = op("op-8", 1, "[{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"x\"}]");
        Decision.Rejected compacted = assertInstanceOf(Decision.Rejected.class, gate.decide(v1, storedV3(),
                WritePolicy.inEpoch(3).withMode(CompatibilityMode.COMPACT_OLD)));
        assertEquals("version 1 is no longer accepted (mode compact-old)", compacted.reason());
        assertInstanceOf(Decision.Translated.class, gate.decide(v1, storedV3(),
                WritePolicy.inEpoch(3).withMode(CompatibilityMode.READ_NEW_WRITE_NEW)));
    }

    @Test
    void gate_closesPerObject_onceTheObjectUsesTheField() {
        SemanticRules gated = SemanticRules.none().withEnvelope(schema.sync().envelope().orElseThrow())
                .withGate("assignees", 3, "this item has several assignees");
        OperationGate g = new OperationGate(schema.toDocumentType(), gated, log);
        VersionedOperation stale = op("op-9", 1, "[{\"op\":\"replace\",\"path\":\"/assignee\",\"value\":\"ann\"}]");
        Decision.Rejected r = assertInstanceOf(Decision.Rejected.class, g.decide(stale, storedV3(), WritePolicy.inEpoch(0)));
        assertEquals("this item has several assignees", r.reason());
        ObjectNode unassigned = storedV3();
        unassigned.set("assignees", JSON.createArrayNode());
        Decision.Translated t = assertInstanceOf(Decision.Translated.class, g.decide(stale, unassigned,
                WritePolicy.inEpoch(0)));
        assertEquals(JSON.createArrayNode().add("ann"), t.document().orElseThrow().get("assignees"));
    }

    @Test
    void semanticFields_areNeverReinterpreted() {
        SemanticRules semantic = SemanticRules.none().withEnvelope(schema.sync().envelope().orElseThrow())
                .withSemantic("assignees", "status");
        OperationGate g = new OperationGate(schema.toDocumentType(), semantic, log);
        Decision.Rejected wrapped = assertInstanceOf(Decision.Rejected.class, g.decide(
                op("op-10", 1, "[{\"op\":\"replace\",\"path\":\"/assignee\",\"value\":\"ann\"}]"), storedV3(),
                WritePolicy.inEpoch(0)));
        assertEquals("semantic assignees", wrapped.rule());
        Decision.Rejected converted = assertInstanceOf(Decision.Rejected.class, g.decide(
                op("op-11", 1, "[{\"op\":\"replace\",\"path\":\"/isDone\",\"value\":true}]"), storedV3(),
                WritePolicy.inEpoch(0)));
        assertEquals("semantic status", converted.rule());
        assertEquals("upgrade to version 3 to edit 'status'", converted.action());
        assertInstanceOf(Decision.Applied.class, g.decide(
                op("op-12", 3, "[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"done\"}]"), storedV3(),
                WritePolicy.inEpoch(0)));
        assertInstanceOf(Decision.Translated.class, g.decide(
                op("op-13", 1, "[{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"t\"}]"), storedV3(),
                WritePolicy.inEpoch(0)));
    }

    @Test
    void aSemanticFieldTheStoredVersionCannotHold_waitsForItsUpgrade_aPlainOneIsTranslated() {
        JsonNode storedV1 = ChesterfieldEnvelopeTest.json("chesterfield-v1.json");
        VersionedOperation second = op("op-17", 3, "[{\"op\":\"add\",\"path\":\"/assignees/-\",\"value\":\"bob\"}]");
        OperationGate semantic = new OperationGate(schema.toDocumentType(), SemanticRules.none()
                .withEnvelope(schema.sync().envelope().orElseThrow()).withSemantic("assignees"), log);
        Decision.Buffered b = assertInstanceOf(Decision.Buffered.class, semantic.decide(second, storedV1,
                WritePolicy.inEpoch(0)));
        assertEquals(Decision.Wait.UPGRADE_REQUIRED, b.reason());
        assertTrue(b.detail().startsWith("op 0 writes semantic field 'assignees', which the stored version 1 cannot"
                + " hold as written"), b.detail());
        Decision.Translated plain = assertInstanceOf(Decision.Translated.class, gate.decide(second, storedV1,
                WritePolicy.inEpoch(0)));
        assertEquals("ann", plain.document().orElseThrow().get("assignee").textValue());
    }

    @Test
    void editsThatDoNotApply_otherDocumentsAndTypes_areRejected() {
        assertEquals("patch", assertInstanceOf(Decision.Rejected.class, gate.decide(
                op("op-14", 1, "[{\"op\":\"remove\",\"path\":\"/nothing\"}]"), storedV3(), WritePolicy.inEpoch(3)))
                .rule());
        VersionedOperation other = new VersionedOperation("op-15", "todo-item", "other-key", 3, OptionalInt.empty(),
                JsonPatch.parse("[]"));
        assertEquals("document", assertInstanceOf(Decision.Rejected.class,
                gate.decide(other, storedV3(), WritePolicy.inEpoch(3))).rule());
        VersionedOperation list = new VersionedOperation("op-16", "shopping-list", KEY, 3, OptionalInt.empty(),
                JsonPatch.parse("[]"));
        assertEquals("type", assertInstanceOf(Decision.Rejected.class,
                gate.decide(list, storedV3(), WritePolicy.inEpoch(3))).rule());
        assertEquals(3, log.rejected().size());
    }

    @Test
    void operationEnvelopes_parseFromJson_orNameTheBadMember() throws Exception {
        JsonNode json = JSON.readTree("{\"opId\":\"o\",\"docType\":\"todo-item\",\"docId\":\"" + KEY + "\","
                + "\"version\":1,\"epoch\":2,\"patch\":[{\"op\":\"replace\",\"path\":\"/notes\",\"value\":\"n\"}]}");
        VersionedOperation op = VersionedOperation.parse(json);
        assertEquals(OptionalInt.of(2), op.epoch());
        assertEquals(json, op.toJson());
        assertEquals("at /version: the operation needs a whole number 'version' (0 or more), found \"1\"",
                assertThrows(EnvelopeException.class, () -> VersionedOperation.parse(JSON.readTree(
                        "{\"opId\":\"o\",\"docType\":\"t\",\"docId\":\"d\",\"version\":\"1\",\"patch\":[]}")))
                        .getMessage());
        assertEquals("at /patch/0/op: unknown patch op 'replac'; expected add, remove, replace, move, copy or test",
                assertThrows(EnvelopeException.class,
                () -> VersionedOperation.parse(JSON.readTree("{\"opId\":\"o\",\"docType\":\"t\",\"docId\":\"d\","
                        + "\"version\":1,\"patch\":[{\"op\":\"replac\",\"path\":\"/a\",\"value\":1}]}"))).getMessage());
    }

    // --- without the document: path-level ---

    @Test
    void withoutTheDocument_anOldPlainEdit_isTranslatedPathLevel_andAnEditInTheTargetVersionPasses() {
        Decision.Translated t = assertInstanceOf(Decision.Translated.class, gate.decideWithoutDocument(
                op("op-20", 1, "[{\"op\":\"replace\",\"path\":\"/isDone\",\"value\":true},"
                        + "{\"op\":\"replace\",\"path\":\"/notes\",\"value\":\"n\"}]"), 3, WritePolicy.inEpoch(3)));
        assertEquals(JsonPatch.parse("[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"done\"},"
                + "{\"op\":\"replace\",\"path\":\"/notes\",\"value\":\"n\"}]"), t.translated().patch());
        assertEquals(3, t.translated().version());
        assertEquals(Optional.empty(), t.document());
        VersionedOperation v3 = op("op-21", 3, "[{\"op\":\"add\",\"path\":\"/assignees/-\",\"value\":\"ann\"}]");
        assertEquals(new Decision.Applied(v3, Optional.empty()), gate.decideWithoutDocument(v3, 3, WritePolicy.inEpoch(3)));
        assertEquals(List.of(), log.entries());
    }

    @Test
    void withoutTheDocument_theStaleWriterIsRejectedAsWithIt_andAnInvalidEditToo() {
        VersionedOperation stale = op("op-22", 1, "[{\"op\":\"replace\",\"path\":\"/assignee\",\"value\":\"ann\"}]");
        Decision.Rejected r = assertInstanceOf(Decision.Rejected.class, gate.decideWithoutDocument(stale, 3,
                WritePolicy.inEpoch(3)));
        assertEquals(EPOCH_3_REASON, r.reason());
        assertEquals(r, gate.decide(stale, storedV3(), WritePolicy.inEpoch(3)));
        Decision.Rejected invalid = assertInstanceOf(Decision.Rejected.class, gate.decideWithoutDocument(
                op("op-23", 1, "[{\"op\":\"replace\",\"path\":\"/nothing\",\"value\":1}]"), 3,
                WritePolicy.inEpoch(3)));
        assertEquals("patch", invalid.rule());
        assertTrue(invalid.reason().startsWith("the edit is not valid in version 1: op 0 at /nothing: "), invalid.reason());
    }

    @Test
    void withoutTheDocument_aSemanticFieldTheTargetCannotHold_waitsForTheUpgrade_aPlainOneIsDropped() {
        OperationGate semantic = new OperationGate(schema.toDocumentType(), SemanticRules.none()
                .withEnvelope(schema.sync().envelope().orElseThrow()).withSemantic("assignees"), log);
        VersionedOperation both = op("op-24", 3, "[{\"op\":\"replace\",\"path\":\"/assignees\",\"value\":[\"ann\",\"bob\"]}]");
        Decision.Buffered narrowed = assertInstanceOf(Decision.Buffered.class, semantic.decideWithoutDocument(both, 1,
                WritePolicy.inEpoch(0)));
        assertEquals(Decision.Wait.UPGRADE_REQUIRED, narrowed.reason());
        assertTrue(narrowed.detail().startsWith("op 0 writes semantic field 'assignees', which version 1 cannot hold"
                + " as written (it would come back as "), narrowed.detail());
        Decision.Translated plain = assertInstanceOf(Decision.Translated.class, gate.decideWithoutDocument(both, 1,
                WritePolicy.inEpoch(0)));
        assertEquals(JsonPatch.parse("[{\"op\":\"replace\",\"path\":\"/assignee\",\"value\":\"ann\"}]"),
                plain.translated().patch());

        VersionedOperation second = op("op-25", 3, "[{\"op\":\"add\",\"path\":\"/assignees/-\",\"value\":\"bob\"}]");
        Decision.Buffered dropped = assertInstanceOf(Decision.Buffered.class, semantic.decideWithoutDocument(second, 1,
                WritePolicy.inEpoch(0)));
        assertEquals(Decision.Wait.UPGRADE_REQUIRED, dropped.reason());
        Decision.Translated plainDropped = assertInstanceOf(Decision.Translated.class, gate.decideWithoutDocument(
                second, 1, WritePolicy.inEpoch(0)));
        assertEquals(JsonPatch.of(), plainDropped.translated().patch());
        assertEquals(1, plainDropped.dropped().size());
        assertTrue(plainDropped.dropped().get(0).startsWith("op 0 (add /assignees/-): "), plainDropped.dropped().get(0));
    }

    @Test
    void withoutTheDocument_aReadingOnASemanticField_andAGatedField_waitForTheDocument() {
        OperationGate semantic = new OperationGate(schema.toDocumentType(), SemanticRules.none()
                .withEnvelope(schema.sync().envelope().orElseThrow()).withSemantic("assignees"), log);
        VersionedOperation unassign = op("op-26", 3, "[{\"op\":\"remove\",\"path\":\"/assignees/0\"}]");
        Decision.Buffered reading = assertInstanceOf(Decision.Buffered.class, semantic.decideWithoutDocument(unassign, 1,
                WritePolicy.inEpoch(0)));
        assertEquals(Decision.Wait.MISSING_CONTEXT, reading.reason());
        assertTrue(reading.detail().contains("rests on a reading of data it does not carry"), reading.detail());
        JsonNode withTheDocument = assertInstanceOf(Decision.Translated.class, semantic.decide(unassign,
                ChesterfieldEnvelopeTest.json("chesterfield-v1.json"), WritePolicy.inEpoch(0))).document().orElseThrow();
        assertTrue(withTheDocument.get("assignee").isNull(), withTheDocument.toString());

        OperationGate gated = new OperationGate(schema.toDocumentType(), SemanticRules.none()
                .withEnvelope(schema.sync().envelope().orElseThrow())
                .withGate("assignees", 3, "this item has several assignees"), log);
        VersionedOperation stale = op("op-27", 1, "[{\"op\":\"replace\",\"path\":\"/assignee\",\"value\":\"ann\"}]");
        Decision.Buffered gate = assertInstanceOf(Decision.Buffered.class, gated.decideWithoutDocument(stale, 3,
                WritePolicy.inEpoch(0)));
        assertEquals(Decision.Wait.MISSING_CONTEXT, gate.reason());
        assertTrue(gate.detail().endsWith("deciding it needs document " + KEY), gate.detail());
        assertEquals(List.of("op-26", "op-27"), log.buffered().stream().map(DecisionLog.Entry::opId).toList());
    }
}
