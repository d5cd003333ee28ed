package dev.lensc.store;

/**
 * The change feed cannot bring a client up to date from its checkpoint: deletions committed after
 * it were compacted away ({@link LensStore#compactDeletions}), so the feed would never tell it to
 * drop those documents. Read the feed again from 0 and drop every document it does not deliver.
 */
public final class FeedCompactedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final long since;
    private final long horizon;

    FeedCompactedException(long since, long horizon) {
        super("the change feed after sequence number " + since + " is incomplete: deletions up to " + horizon
                + " were compacted away; read it again from 0 and drop the documents it does not deliver", null);
        this.since = since;
        this.horizon = horizon;
    }

    /** The client's checkpoint. */
    public long since() {
        return since;
    }

    /** The sequence number up to which deletions were compacted. */
    public long horizon() {
        return horizon;
    }
}
