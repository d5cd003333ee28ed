package dev.lensc.store;

import java.util.List;

/**
 * A finished backfill: how many documents were copied into the version, how many were there
 * already (a resumed or repeated run), how many are pending (assembled documents missing an
 * input), and the documents that cannot be translated into it, with the reason.
 */
public record BackfillReport(String type, int version, long copied, long present, long pending,
        List<Failure> failures) {

    public record Failure(DocumentId id, Rejection reason) {}

    public BackfillReport {
        failures = List.copyOf(failures);
    }
}
