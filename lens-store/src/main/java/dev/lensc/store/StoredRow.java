package dev.lensc.store;

import com.fasterxml.jackson.databind.JsonNode;

/** One row of the documents table; a null body is a tombstone (the document was deleted). */
record StoredRow(DocumentId id, long revision, long seq, JsonNode body) {
    boolean deleted() {
        return body == null;
    }
}
