package dev.lensc.store;

import java.util.List;

/** What became of a {@link LensStore#put put} or {@link LensStore#delete delete}: written or deleted, refused for a stale revision, or rejected. */
public sealed interface WriteResult {

    DocumentId id();

    /** Committed: every listed document (the written one and its other versions) has the new revision. */
    record Written(DocumentId id, long revision, long seq, List<DocumentId> documents) implements WriteResult {
        public Written {
            documents = List.copyOf(documents);
        }
    }

    /**
     * Nothing written: the writer based its edit (or deletion) on revision {@code expected}, the
     * store holds {@code actual} (0: no such document, or a deleted one). Read again, edit, and write
     * with the new revision.
     */
    record Conflict(DocumentId id, long expected, long actual) implements WriteResult {}

    /**
     * Committed: every version of the document is deleted (a tombstone with revision {@code revision}
     * each, which the change feed carries); {@code documents} lists them and every other document
     * the deletion changed (assembled documents that lost an input, inputs of an assembled
     * document deleted through it).
     */
    record Deleted(DocumentId id, long revision, long seq, List<DocumentId> documents) implements WriteResult {
        public Deleted {
            documents = List.copyOf(documents);
        }
    }

    /** Nothing written: the document cannot be stored in every version it must be stored in. */
    record Rejected(DocumentId id, Rejection reason) implements WriteResult {}

    default boolean written() {
        return this instanceof Written;
    }
}
