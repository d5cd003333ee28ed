package dev.lensc.runtime.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The operations an {@link OperationGate} buffered, kept in arrival order until what they wait for
 * arrives: the document, or a later epoch ({@link Decision.Wait#MISSING_CONTEXT}); the stored
 * document's or the replica's upgrade ({@link Decision.Wait#UPGRADE_REQUIRED}). Then
 * {@link #retry} decides them again, oldest first, each on the document the one before left, and
 * {@link #upgrade} hands them to the gate of the upgraded replica. An operation leaves the buffer
 * once it is decided otherwise (applied, translated or rejected); every decision goes to the gate's
 * {@link DecisionLog}, so an operation's entries there tell its history. In memory; thread-safe.
 */
public final class OperationBuffer {
    private OperationGate gate;
    private final Map<String, Decision.Buffered> waiting = new LinkedHashMap<>();

    public OperationBuffer(OperationGate gate) {
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /** The gate that decides, the upgraded one after {@link #upgrade}. */
    public synchronized OperationGate gate() {
        return gate;
    }

    /** The decisions of a {@link #retry}, and the document after them (the one given, when none applied). */
    public record Retried(List<Decision> decisions, JsonNode document) {
        public Retried {
            decisions = List.copyOf(decisions);
        }
    }

    /** Decides {@code op} on {@code stored} (null: not stored here yet); a buffered operation is kept. */
    public synchronized Decision submit(VersionedOperation op, JsonNode stored, WritePolicy policy) {
        return keep(gate.decide(op, stored, policy));
    }

    /** Decides {@code op} without the document ({@link OperationGate#decideWithoutDocument}); a buffered one is kept. */
    public synchronized Decision submitWithoutDocument(VersionedOperation op, int targetVersion, WritePolicy policy) {
        return keep(gate.decideWithoutDocument(op, targetVersion, policy));
    }

    /** Every waiting operation's last decision, oldest first. */
    public synchronized List<Decision.Buffered> waiting() {
        return List.copyOf(waiting.values());
    }

    /** The waiting operations on one document, oldest first. */
    public synchronized List<Decision.Buffered> waiting(String docId) {
        return waiting.values().stream().filter(b -> b.operation().docId().equals(docId)).toList();
    }

    /**
     * The context of document {@code docId} arrived (the document, its upgrade, a later epoch in
     * {@code policy}): decides its waiting operations again, oldest first, each on the document the
     * one before left. Those that still wait stay, with their new reason.
     *
     * @param stored the document as the replica now stores it
     */
    public synchronized Retried retry(String docId, JsonNode stored, WritePolicy policy) {
        List<Decision> decisions = new ArrayList<>();
        JsonNode document = stored;
        for (Decision.Buffered b : waiting(docId)) {
            Decision d = gate.decide(b.operation(), document, policy);
            decisions.add(d);
            if (d instanceof Decision.Applied a) {
                document = a.document().orElse(document);
            } else if (d instanceof Decision.Translated t) {
                document = t.document().orElse(document);
            }
            if (!(d instanceof Decision.Buffered)) {
                waiting.remove(b.operation().opId());
            }
            keep(d); // one still waiting keeps its place
        }
        return new Retried(decisions, document);
    }

    /**
     * The replica is upgraded: from now on {@code newer} (a gate of the newer document type and
     * rules) decides, starting with the waiting operations at their next {@link #retry}.
     */
    public synchronized void upgrade(OperationGate newer) {
        gate = Objects.requireNonNull(newer, "newer");
    }

    private Decision keep(Decision d) {
        if (d instanceof Decision.Buffered b) {
            waiting.put(b.operation().opId(), b);
        }
        return d;
    }
}
