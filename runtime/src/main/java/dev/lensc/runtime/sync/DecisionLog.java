package dev.lensc.runtime.sync;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Every rejection and buffering an {@link OperationGate} decided, in order, with what a person
 * needs to find out why: the operation, the document, the versions, the epochs and the rule. Each is
 * also logged at DEBUG ({@code System.Logger} {@code dev.lensc.runtime.sync}). Thread-safe.
 */
public final class DecisionLog {
    private static final System.Logger LOG = System.getLogger("dev.lensc.runtime.sync");

    private final List<Entry> entries = new ArrayList<>();

    /**
     * One decision that did not apply an operation.
     *
     * @param storedVersion the stored document's version, when there is one
     * @param targetVersion the version decided for without the document, when there was none
     * @param operationEpoch the epoch the writer said it was in
     * @param replicaEpoch the epoch the replica was in
     * @param outcome {@code rejected}, or {@code buffered (missing context)} / {@code buffered (upgrade required)}
     */
    public record Entry(String opId, String docType, String docId, int operationVersion, OptionalInt storedVersion,
            OptionalInt targetVersion, OptionalInt operationEpoch, int replicaEpoch, String outcome, String rule,
            String reason) {
        @Override
        public String toString() {
            return outcome + " op " + opId + " on " + docType + " " + docId + " (version " + operationVersion
                    + (storedVersion.isPresent() ? " onto stored version " + storedVersion.getAsInt() : "")
                    + (targetVersion.isPresent() ? " for version " + targetVersion.getAsInt() + " without the document"
                            : "")
                    + (operationEpoch.isPresent() ? ", written in epoch " + operationEpoch.getAsInt() : "")
                    + ", replica in epoch " + replicaEpoch + "): " + reason + " [" + rule + "]";
        }
    }

    /**
     * Records the decision when it did not apply the operation; returns it.
     *
     * @param storedVersion the stored document's version, when there is one
     * @param targetVersion the version decided for without the document, when there is none
     */
    Decision record(Decision d, OptionalInt storedVersion, OptionalInt targetVersion, int replicaEpoch) {
        Entry e;
        VersionedOperation op = d.operation();
        if (d instanceof Decision.Rejected r) {
            e = new Entry(op.opId(), op.docType(), op.docId(), op.version(), storedVersion, targetVersion, op.epoch(),
                    replicaEpoch, "rejected", r.rule(), r.reason());
        } else if (d instanceof Decision.Buffered b) {
            e = new Entry(op.opId(), op.docType(), op.docId(), op.version(), storedVersion, targetVersion, op.epoch(),
                    replicaEpoch, "buffered (" + b.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ")", b.reason().name(), b.detail());
        } else {
            LOG.log(Level.DEBUG, () -> d.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " op "
                    + op.opId() + " on " + op.docType() + " " + op.docId() + " (version " + op.version() + ")");
            return d;
        }
        synchronized (entries) {
            entries.add(e);
        }
        LOG.log(Level.DEBUG, e::toString);
        return d;
    }

    /** Every rejection and buffering so far, oldest first. */
    public List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    public List<Entry> rejected() {
        return entries().stream().filter(e -> e.outcome().equals("rejected")).toList();
    }

    public List<Entry> buffered() {
        return entries().stream().filter(e -> e.outcome().startsWith("buffered")).toList();
    }

    /** The entries of one operation (a buffered operation may be decided again later). */
    public List<Entry> of(String opId) {
        return entries().stream().filter(e -> e.opId().equals(opId)).toList();
    }
}
