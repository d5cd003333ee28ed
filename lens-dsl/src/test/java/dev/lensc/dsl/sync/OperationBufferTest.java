package dev.lensc.dsl.sync;

import static dev.lensc.dsl.sync.ChesterfieldEnvelopeTest.JSON;
import static dev.lensc.dsl.sync.ChesterfieldEnvelopeTest.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.sync.Decision;
import dev.lensc.runtime.sync.DecisionLog;
import dev.lensc.runtime.sync.OperationBuffer;
import dev.lensc.runtime.sync.OperationGate;
import dev.lensc.runtime.sync.SemanticRules;
import dev.lensc.runtime.sync.VersionedOperation;
import dev.lensc.runtime.sync.WritePolicy;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Buffered operations wait in an {@link OperationBuffer} and are decided again when their context arrives. */
class OperationBufferTest {
    private final LinkedSchema schema = ChesterfieldEnvelopeTest.todo();
    private final DecisionLog log = new DecisionLog();
    private final OperationBuffer buffer = new OperationBuffer(new OperationGate(schema.toDocumentType(),
            schema.sync(), log));

    private static VersionedOperation op(String id, int version, OptionalInt epoch, String patch) {
        return new VersionedOperation(id, "todo-item", KEY, version, epoch, JsonPatch.parse(patch.replace('\'', '"')));
    }

    private static VersionedOperation op(String id, int version, String patch) {
        return op(id, version, OptionalInt.empty(), patch);
    }

    private static List<String> opIds(List<Decision.Buffered> waiting) {
        return waiting.stream().map(b -> b.operation().opId()).toList();
    }

    @Test
    void editsOfADocumentNotStoredYet_waitForIt_thenApplyInOrder_eachOnTheDocumentTheOneBeforeLeft() {
        WritePolicy epoch3 = WritePolicy.inEpoch(3);
        assertInstanceOf(Decision.Buffered.class, buffer.submit(op("a", 3, "[{'op':'add','path':'/assignees/-','value':'bob'}]"),
                null, epoch3));
        assertInstanceOf(Decision.Buffered.class, buffer.submit(op("b", 1, "[{'op':'replace','path':'/notes','value':'n'}]"),
                null, epoch3));
        VersionedOperation other = new VersionedOperation("c", "todo-item", "other", 3, OptionalInt.empty(),
                JsonPatch.parse("[]"));
        buffer.submit(other, null, epoch3);
        assertEquals(List.of("a", "b", "c"), opIds(buffer.waiting()));

        OperationBuffer.Retried r = buffer.retry(KEY, ChesterfieldEnvelopeTest.json("chesterfield-v3.json"), epoch3);
        assertInstanceOf(Decision.Applied.class, r.decisions().get(0));
        assertInstanceOf(Decision.Translated.class, r.decisions().get(1));
        assertEquals(JSON.createArrayNode().add("ann").add("bob"), r.document().get("assignees"));
        assertEquals("n", r.document().get("notes").textValue());
        assertEquals(List.of("c"), opIds(buffer.waiting()));
        assertEquals(List.of("buffered (missing context)"), log.of("a").stream().map(DecisionLog.Entry::outcome).toList());
    }

    @Test
    void anEditFromALaterEpoch_waitsUntilTheReplicaIsInIt() {
        JsonNode stored = ChesterfieldEnvelopeTest.json("chesterfield-v3.json");
        VersionedOperation later = op("d", 3, OptionalInt.of(4), "[{'op':'replace','path':'/title','value':'t'}]");
        buffer.submit(later, stored, WritePolicy.inEpoch(3));
        OperationBuffer.Retried still = buffer.retry(KEY, stored, WritePolicy.inEpoch(3));
        assertInstanceOf(Decision.Buffered.class, still.decisions().get(0));
        assertEquals(stored, still.document());
        assertEquals(List.of("d"), opIds(buffer.waiting(KEY)));
        OperationBuffer.Retried now = buffer.retry(KEY, stored, WritePolicy.inEpoch(4));
        assertEquals("t", now.document().get("title").textValue());
        assertEquals(List.of(), buffer.waiting());
        assertEquals(2, log.of("d").size());
    }

    @Test
    void aSemanticFieldTheStoredVersionCannotHold_waitsForTheStoredDocumentsUpgrade() {
        OperationGate gate = new OperationGate(schema.toDocumentType(), SemanticRules.none()
                .withEnvelope(schema.sync().envelope().orElseThrow()).withSemantic("assignees"), log);
        OperationBuffer semantic = new OperationBuffer(gate);
        JsonNode storedV1 = ChesterfieldEnvelopeTest.json("chesterfield-v1.json");
        VersionedOperation second = op("e", 3, "[{'op':'add','path':'/assignees/-','value':'bob'}]");
        assertEquals(Decision.Wait.UPGRADE_REQUIRED, assertInstanceOf(Decision.Buffered.class,
                semantic.submit(second, storedV1, WritePolicy.inEpoch(0))).reason());
        JsonNode upgraded = gate.documents().translate(storedV1, 3);
        OperationBuffer.Retried r = semantic.retry(KEY, upgraded, WritePolicy.inEpoch(0));
        assertInstanceOf(Decision.Applied.class, r.decisions().get(0));
        assertEquals(JSON.createArrayNode().add("ann").add("bob"), r.document().get("assignees"));
    }

    @Test
    void anEditOfAVersionTheReplicaDoesNotKnow_waitsForTheReplicasUpgrade() {
        String v4 = ChesterfieldEnvelopeTest.resource("todo-item.lens").replace("  envelope \"todo-item\"",
                "  lens 3 -> 4 \"items get a priority\" {\n    add priority: int = 0\n  }\n\n  envelope \"todo-item\"");
        LensFileResult file = LensFiles.parse("todo-item-v4.lens", v4);
        assertEquals(List.of(), file.errors(), file.formatDiagnostics());
        LinkedSchema upgraded = file.schema("TodoItem").orElseThrow();
        JsonNode storedV3 = ChesterfieldEnvelopeTest.json("chesterfield-v3.json");
        VersionedOperation priority = op("f", 4, "[{'op':'replace','path':'/priority','value':2}]");
        assertEquals(Decision.Wait.UPGRADE_REQUIRED, assertInstanceOf(Decision.Buffered.class,
                buffer.submit(priority, storedV3, WritePolicy.inEpoch(3))).reason());
        assertInstanceOf(Decision.Buffered.class, buffer.retry(KEY, storedV3, WritePolicy.inEpoch(3)).decisions().get(0));

        buffer.upgrade(new OperationGate(upgraded.toDocumentType(), upgraded.sync(), log));
        JsonNode storedV4 = buffer.gate().documents().translate(storedV3, 4);
        OperationBuffer.Retried r = buffer.retry(KEY, storedV4, WritePolicy.inEpoch(3));
        assertInstanceOf(Decision.Applied.class, r.decisions().get(0));
        assertEquals(2, r.document().get("priority").intValue());
        assertEquals("todo-item@4:" + KEY, r.document().get("_id").textValue());
        assertEquals(List.of(), buffer.waiting());
    }
}
