package dev.lensc.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of the change feed: the latest state of a document, as of sequence number {@code seq};
 * {@code document} is null when that state is deleted (a tombstone, so that replicas drop it).
 */
public record Change(long seq, DocumentId id, long revision, JsonNode document) {
    public boolean deleted() {
        return document == null;
    }
}
