package dev.lensc.store;

/** A version of a type as the store holds it: served, or being backfilled up to {@code cursor}. */
record VersionState(String type, int version, State state, String cursor) {
    enum State { ACTIVE, BACKFILLING, RETIRED }
}
