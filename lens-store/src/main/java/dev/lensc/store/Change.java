package dev.lensc.store;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of the change feed: the latest state of a document, as of sequence number {@code seq}. */
public record Change(long seq, DocumentId id, long revision, JsonNode document) {}
