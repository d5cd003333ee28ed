package dev.lensc.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.store.Assembly;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * A multi-version document store ("per-version documents", as in the Chesterfield migration):
 * every document is kept in every version its type is served in, each under its own id
 * ({@code todo-item@2:<key>}), so old and new clients share one database and each reads and
 * replicates only its own version.
 *
 * <ul>
 *   <li>{@link #put} writes a document at any served version and, in the same transaction, every
 *       other version through the lens graph, each onto the stored document, so what only that
 *       version knows survives. A stale revision is a {@link WriteResult.Conflict}; a document that
 *       cannot be stored in every version is a {@link WriteResult.Rejected}; both write nothing.</li>
 *   <li>Every committed document gets a sequence number; {@link #changes} is the feed a client of
 *       some versions replicates from, and {@link #listen} pushes new sequence numbers (PostgreSQL:
 *       LISTEN/NOTIFY, so writers in other processes are heard too).</li>
 *   <li>{@link Assembly assembled} versions are built from several documents.</li>
 *   <li>{@link #addVersion} backfills a version into a store that holds data; {@link #retireVersion}
 *       drops one.</li>
 * </ul>
 */
public final class LensStore implements AutoCloseable {
    private static final int RETRIES = 20;

    private final StoreDatabase database;
    private final ConnectionPool pool;
    private final Catalog catalog;
    private final StoreConfig config;
    private final String channel;
    private final List<LongConsumer> localListeners = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> listeners = new CopyOnWriteArrayList<>();

    private LensStore(StoreDatabase database, StoreConfig config) {
        this.database = database;
        this.config = config;
        this.pool = database.pool();
        this.catalog = new Catalog(config);
        this.channel = transaction(tx -> {
            try (Statement s = tx.connection().createStatement()) {
                for (String ddl : database.dialect().schema()) {
                    s.execute(ddl);
                }
            }
            SchemaMigration.migrate(tx.connection(), database.dialect());
            for (String type : catalog.types()) {
                catalog.setLive(type, loadVersions(tx, type));
            }
            return database.dialect() == Dialect.POSTGRES ? PostgresListener.channel(tx.connection()) : null;
        });
    }

    /** Opens (and on first use creates) a store; types and versions come from {@code config}. */
    public static LensStore open(StoreDatabase database, StoreConfig config) {
        return new LensStore(database, config);
    }

    private SortedSet<Integer> loadVersions(Tx tx, String type) throws SQLException {
        List<VersionState> states = tx.versionStates(type);
        if (states.isEmpty()) {
            for (int v : config.initialVersions().get(type)) {
                tx.saveVersionState(new VersionState(type, v, VersionState.State.ACTIVE, null));
            }
            return config.initialVersions().get(type);
        }
        SortedSet<Integer> live = new TreeSet<>();
        for (VersionState s : states) {
            if (s.state() == VersionState.State.RETIRED) {
                continue;
            }
            if (!catalog.translator(type).versions().contains(s.version())) {
                throw new StoreException("the store holds " + type + "@" + s.version() + ", which the translator does not "
                        + "know (its versions: " + catalog.translator(type).versions() + ")", null);
            }
            live.add(s.version());
        }
        return live;
    }

    /** The NOTIFY channel (PostgreSQL), or null. */
    String channel() {
        return channel;
    }

    /** The versions of {@code type} every write is stored in. */
    public SortedSet<Integer> versions(String type) {
        return catalog.live(DocumentId.typeName(type));
    }

    /**
     * Writes {@code doc} as {@code id} and, in the same transaction, every other version of it.
     *
     * @param expectedRevision the revision the writer's edit is based on; 0 for a new document
     */
    public WriteResult put(DocumentId id, JsonNode doc, long expectedRevision) {
        if (doc == null || doc.isMissingNode()) {
            return new WriteResult.Rejected(id, Rejection.of("no document to write as " + id));
        }
        return revisedWrite(id, expectedRevision, false, plan -> plan.write(id, doc), WriteResult.Written::new);
    }

    /**
     * Deletes every version of {@code id}'s document in one transaction, as tombstones that the
     * change feed carries to the clients of every version (CouchDB keeps deleted revisions for the
     * same reason: a replica that never hears of a deletion keeps the document). Assembled documents
     * it fed are assembled again from what is left, or deleted and pending until a new input
     * arrives; deleted through an assembled version, the inputs that make it up are deleted too.
     * Writing the document again afterwards starts from revision 0, as a new document.
     *
     * @param expectedRevision the revision the deleter read; a stale one is a {@link WriteResult.Conflict}
     */
    public WriteResult delete(DocumentId id, long expectedRevision) {
        return revisedWrite(id, expectedRevision, true, plan -> plan.delete(id), WriteResult.Deleted::new);
    }

    /** What a write or a deletion plans, once its revision check passed. */
    private interface Planning {
        void plan(WritePlan plan) throws SQLException;
    }

    /** The result of a committed write or deletion. */
    private interface Committing {
        WriteResult of(DocumentId id, long revision, long seq, List<DocumentId> documents);
    }

    /**
     * One transaction of a write or a deletion of {@code id}: a version the store does not keep or a
     * plan that throws a {@link LensException} is {@code Rejected}, a revision other than the stored
     * one (or, for a deletion, no stored document) a {@code Conflict}, and both write nothing.
     */
    private WriteResult revisedWrite(DocumentId id, long expectedRevision, boolean mustExist, Planning planning,
            Committing committed) {
        return transaction(tx -> {
            try {
                catalog.requireLive(id);
            } catch (LensException e) {
                return new WriteResult.Rejected(id, Rejection.of(e));
            }
            WritePlan plan = new WritePlan(catalog, tx);
            long actual = plan.storedRevision(id);
            if ((mustExist && actual == 0) || actual != expectedRevision) {
                return new WriteResult.Conflict(id, expectedRevision, actual);
            }
            try {
                planning.plan(plan);
            } catch (LensException e) {
                return new WriteResult.Rejected(id, Rejection.of(e));
            }
            Committed c = commit(tx, plan, id);
            return committed.of(id, c.revision(), c.seq(), c.documents());
        }, this::afterCommit);
    }

    /** What {@link #commit} wrote: {@code id}'s new revision, the first sequence number, every row's id. */
    private record Committed(long revision, long seq, List<DocumentId> documents) {}

    /** Writes the plan's rows, each with its document's next revision and the next sequence numbers. */
    private Committed commit(Tx tx, WritePlan plan, DocumentId id) throws SQLException {
        Map<DocumentId, JsonNode> rows = plan.rows();
        long revision = 0;
        List<StoredRow> stored = new ArrayList<>();
        for (Map.Entry<DocumentId, JsonNode> e : rows.entrySet()) {
            long rev = plan.nextRevision(e.getKey());
            stored.add(new StoredRow(e.getKey(), rev, 0, e.getValue()));
            if (e.getKey().equals(id)) {
                revision = rev;
            }
        }
        long first = tx.writeAll(stored, channel);
        return new Committed(revision, first, new ArrayList<>(rows.keySet()));
    }

    /** The document, a pending assembled document waiting for inputs, or nothing (a deleted document included). */
    public Lookup get(DocumentId id) {
        return transaction(tx -> {
            Optional<StoredRow> row = tx.read(id).filter(r -> !r.deleted());
            if (row.isPresent()) {
                StoredRow r = row.get();
                return new Lookup.Found(id, r.revision(), r.seq(), r.body());
            }
            Assembly a = catalog.assembly(id.type(), id.version());
            if (a != null && catalog.live(id.type()).contains(id.version())) {
                List<MissingInput> missing = new WritePlan(catalog, tx).missing(a, id.key());
                if (missing.size() <= a.inputs().size()) {
                    return new Lookup.Pending(id, missing);
                }
            }
            return new Lookup.Absent(id);
        });
    }

    /**
     * What a client of {@code client}'s versions must receive after sequence number {@code since}:
     * the latest state of every document it reads that changed since, in sequence order, at most
     * {@code limit}. Continue from the last entry's {@code seq}.
     *
     * @throws FeedCompactedException when {@code since} is above 0 and below the horizon up to which
     *     deletions were compacted: the feed would miss some, so the client must start again from 0
     */
    public List<Change> changes(long since, ClientVersions client, int limit) {
        StringBuilder filter = new StringBuilder();
        List<Object> args = new ArrayList<>();
        client.versions().forEach((type, version) -> {
            filter.append(filter.length() == 0 ? "" : " OR ")
                    .append(client.newer() ? "(type = ? AND version >= ?)" : "(type = ? AND version = ?)");
            args.add(type);
            args.add(version);
        });
        return transaction(tx -> {
            List<Change> feed = client.versions().isEmpty() ? List.of()
                    : tx.changes(since, filter.toString(), args, limit).stream()
                            .map(r -> new Change(r.seq(), r.id(), r.revision(), r.body())).toList();
            // the horizon is read after the feed: a compaction that commits in between is seen here,
            // so a feed that may miss its deletions is never returned
            long horizon = since > 0 ? tx.compactedUpTo() : 0;
            if (since < horizon) {
                throw new FeedCompactedException(since, horizon);
            }
            return feed;
        });
    }

    /**
     * Forgets the deletions committed at or before {@code upToSeq} (at most the last sequence
     * number): their tombstones leave the table, so deleted documents stop costing a row per version.
     * A replica whose checkpoint is older than the horizon can then no longer learn of them from the
     * feed ({@link #changes} throws {@link FeedCompactedException} and it reads from 0 again), so
     * choose the lowest checkpoint of the replicas that matter, as CouchDB's purge asks. A document
     * created again later gets a revision past the horizon, never one a forgotten copy had.
     *
     * @return how many tombstone rows were removed
     */
    public long compactDeletions(long upToSeq) {
        return transaction(tx -> {
            long horizon = Math.min(upToSeq, tx.lastSeq());
            return horizon <= tx.compactedUpTo() ? 0L : (long) tx.compactDeletions(horizon);
        });
    }

    /** The sequence number of the last committed change. */
    public long lastSeq() {
        return transaction(Tx::lastSeq);
    }

    /**
     * Calls {@code onCommit} with the last sequence number of every committed write (on its own
     * thread). PostgreSQL pushes with LISTEN/NOTIFY, so writes of other processes are heard too;
     * SQLite hears this store's writes. Close the result to stop.
     */
    public AutoCloseable listen(LongConsumer onCommit) {
        AutoCloseable stop;
        if (database.dialect() == Dialect.POSTGRES) {
            try {
                stop = PostgresListener.start(pool.openDedicated(), channel, onCommit);
            } catch (SQLException e) {
                throw new StoreException("cannot listen on " + database, e);
            }
        } else {
            localListeners.add(onCommit);
            stop = () -> localListeners.remove(onCommit);
        }
        listeners.add(stop);
        return stop;
    }

    /**
     * Adds {@code version} of {@code type}: from now on every write stores it, and every document
     * already stored is translated into it, in batches, each batch in its own transaction together
     * with the position reached. Run again after a crash, it resumes there; documents already in
     * the version are left alone, so it is idempotent.
     */
    public BackfillReport addVersion(String type, int version, BackfillListener progress) {
        return new Backfill(this, catalog, DocumentId.typeName(type), version, config.backfillBatch()).run(progress);
    }

    /** Stops storing {@code version} of {@code type} and deletes its copies; returns how many were deleted. */
    public long retireVersion(String type, int version) {
        String name = DocumentId.typeName(type);
        return transaction(tx -> {
            SortedSet<Integer> live = new TreeSet<>(catalog.live(name));
            if (!live.contains(version)) {
                throw new IllegalArgumentException(name + "@" + version + " is not in the store; versions: " + live);
            }
            live.remove(version);
            if (catalog.source(name, version, live) == null) {
                throw new IllegalArgumentException("cannot retire " + name + "@" + version
                        + ": no other version of " + name + " that is not assembled would be left");
            }
            tx.saveVersionState(new VersionState(name, version, VersionState.State.RETIRED, null));
            long deleted = tx.deleteVersion(name, version);
            catalog.setLive(name, live);
            return deleted;
        });
    }

    @Override
    public void close() {
        for (AutoCloseable l : listeners) {
            ConnectionPool.closeQuietly(l);
        }
        pool.close();
    }

    /** Work in one transaction. */
    interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    <T> T transaction(Work<T> work) {
        return transaction(work, r -> { });
    }

    /**
     * Runs {@code work} in a transaction and commits; retries it when the database reports a
     * serialization failure or deadlock between concurrent writers, which says nothing about the
     * document.
     */
    <T> T transaction(Work<T> work, java.util.function.Consumer<T> afterCommit) {
        T result = inTransaction(work);
        afterCommit.accept(result); // with the connection given back: a listener may read the store
        return result;
    }

    private <T> T inTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            Connection c;
            try {
                c = pool.take();
            } catch (SQLException e) {
                throw new StoreException("cannot connect to " + database, e);
            }
            boolean broken = false;
            try {
                T result = work.run(new Tx(c, database.dialect()));
                c.commit();
                return result;
            } catch (SQLException e) {
                broken = !rollback(c);
                if (attempt < RETRIES && retryable(e)) {
                    continue;
                }
                throw new StoreException("store on " + database + " failed", e);
            } catch (RuntimeException e) {
                broken = !rollback(c);
                throw e;
            } finally {
                pool.give(c, broken);
            }
        }
    }

    private void afterCommit(WriteResult result) {
        if (localListeners.isEmpty()) {
            return;
        }
        long last = -1;
        if (result instanceof WriteResult.Written w) {
            last = w.seq() + w.documents().size() - 1;
        } else if (result instanceof WriteResult.Deleted d) {
            last = d.seq() + d.documents().size() - 1;
        }
        if (last >= 0) {
            long seq = last;
            localListeners.forEach(l -> l.accept(seq));
        }
    }

    private static boolean rollback(Connection c) {
        try {
            c.rollback();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Serialization failure, deadlock, a unique key taken by a concurrent insert; SQLite busy. */
    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "23505".equals(state)
                || (e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY"));
    }
}
