package dev.lensc.store;

/** Hears a backfill's progress after every committed batch. */
@FunctionalInterface
public interface BackfillListener {

    void progress(BackfillProgress progress);

    BackfillListener NONE = p -> { };
}
