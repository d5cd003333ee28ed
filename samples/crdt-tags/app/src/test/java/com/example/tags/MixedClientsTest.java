package com.example.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.sync.Decision;
import dev.lensc.runtime.sync.DecisionLog;
import dev.lensc.runtime.sync.EnvelopeHeader;
import dev.lensc.runtime.sync.EnvelopedDocuments;
import dev.lensc.runtime.sync.OperationGate;
import dev.lensc.runtime.sync.VersionedOperation;
import dev.lensc.runtime.sync.WritePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Old (v1) and new (v2) clients write one project in a seeded random order, in the tags-v2 epoch:
 * every old tag write is rejected and leaves the document exactly as it was, every old note edit and
 * every new tag edit lands, and the visible tags always equal a plain set model of the new clients'
 * adds and removes.
 */
class MixedClientsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> TAGS = List.of("urgent", "home", "work", "later");

    private final LinkedSchema schema = LensFiles.load(Path.of("src/main/lens/project.lens")).schema("Project")
            .orElseThrow();
    private final EnvelopedDocuments docs = new EnvelopedDocuments(schema.toDocumentType(),
            schema.sync().envelope().orElseThrow());

    @Test
    void oldAndNewClients_randomOrder_noRejectedWriteLeaks() {
        for (long seed = 1; seed <= 20; seed++) {
            run(seed);
        }
    }

    private void run(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DecisionLog log = new DecisionLog();
        OperationGate gate = new OperationGate(schema.toDocumentType(), schema.sync(), log);
        JsonNode v1 = NODES.objectNode().put("name", "p").put("notes", "").set("tags", NODES.arrayNode().add("urgent"));
        JsonNode stored = docs.withEnvelope(ProjectLenses.v1ToV2(v1), new EnvelopeHeader("project", 2, Optional.of("p")),
                null);
        TreeSet<String> model = new TreeSet<>(List.of("urgent"));
        int rejected = 0;
        for (int i = 0; i < 60; i++) {
            String opId = seed + "-" + i;
            String tag = TAGS.get(random.nextInt(TAGS.size()));
            Decision d;
            switch (random.nextInt(4)) {
                case 0 -> { // an old client re-sends its stale set
                    d = gate.decide(op(opId, 1, "[{\"op\":\"replace\",\"path\":\"/tags\",\"value\":[\"" + tag + "\"]}]"),
                            stored, WritePolicy.inEpoch(2));
                    Decision.Rejected r = assertInstanceOf(Decision.Rejected.class, d, "seed " + seed + " op " + i);
                    assertTrue(r.rule().startsWith("epoch 2: reject writes to tags"), r.rule());
                    rejected++;
                    continue; // nothing changes: the stored document stays as it was
                }
                case 1 -> { // an old client edits the notes
                    String notes = "note " + i;
                    d = gate.decide(op(opId, 1, "[{\"op\":\"replace\",\"path\":\"/notes\",\"value\":\"" + notes + "\"}]"),
                            stored, WritePolicy.inEpoch(2));
                    JsonNode after = assertInstanceOf(Decision.Translated.class, d).document().orElseThrow();
                    assertEquals(notes, after.get("notes").textValue());
                    assertEquals(stored.get("tags"), after.get("tags"), "an old note edit leaves the tags alone");
                    stored = after;
                }
                case 2 -> { // a new client adds a tag with a fresh dot
                    String dot = "client-" + seed + "-" + i;
                    String patch = stored.at("/tags/adds/" + tag).isMissingNode()
                            ? "[{\"op\":\"add\",\"path\":\"/tags/adds/" + tag + "\",\"value\":[\"" + dot + "\"]}]"
                            : "[{\"op\":\"add\",\"path\":\"/tags/adds/" + tag + "/-\",\"value\":\"" + dot + "\"}]";
                    stored = assertInstanceOf(Decision.Applied.class,
                            gate.decide(op(opId, 2, patch), stored, WritePolicy.inEpoch(2))).document().orElseThrow();
                    model.add(tag);
                }
                default -> { // a new client removes a tag: it tombstones every dot it sees
                    List<String> ops = new ArrayList<>();
                    stored.at("/tags/adds/" + tag).forEach(dot -> ops.add(
                            "{\"op\":\"add\",\"path\":\"/tags/removes/-\",\"value\":\"" + dot.textValue() + "\"}"));
                    stored = assertInstanceOf(Decision.Applied.class, gate.decide(op(opId, 2, "[" + String.join(",", ops)
                            + "]"), stored, WritePolicy.inEpoch(2))).document().orElseThrow();
                    model.remove(tag);
                }
            }
            assertEquals(model, visible(stored), "seed " + seed + " after op " + i);
        }
        assertEquals(rejected, log.rejected().size());
        assertEquals(0, log.buffered().size());
    }

    private static VersionedOperation op(String id, int version, String patch) {
        return new VersionedOperation(id, "project", "p", version, OptionalInt.empty(), JsonPatch.parse(patch));
    }

    private TreeSet<String> visible(JsonNode stored) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        ProjectLenses.v2ToV1(docs.body(stored)).get("tags").forEach(t -> out.add(t.textValue()));
        return new TreeSet<>(out);
    }

}
