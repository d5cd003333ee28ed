package dev.lensc.store;

import com.fasterxml.jackson.databind.JsonNode;

/** One row of the documents table. */
record StoredRow(DocumentId id, long revision, long seq, JsonNode body) {}
