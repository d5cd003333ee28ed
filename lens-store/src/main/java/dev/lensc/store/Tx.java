package dev.lensc.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of one transaction on the store's tables. */
final class Tx {
    static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final String COLUMNS = "id, type, version, doc_key, revision, seq, body";

    private final Connection c;
    private final Dialect dialect;

    Tx(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    Connection connection() {
        return c;
    }

    Optional<StoredRow> read(DocumentId id) throws SQLException {
        List<StoredRow> rows = query("SELECT " + COLUMNS + " FROM lensc_documents WHERE id = ?", id.toString());
        return rows.stream().findFirst();
    }

    /**
     * Every stored version of one document. Locks the document first, so writers of one document
     * are serialized until the transaction ends (PostgreSQL: an advisory lock; SQLite has one
     * writer anyway). The lock must be its own statement: in READ COMMITTED a statement reads the
     * snapshot taken when it starts, so a read in the locking statement would miss the commit of
     * the writer it waited for.
     */
    List<StoredRow> lockAndReadAllVersions(String type, String key) throws SQLException {
        String read = "SELECT " + COLUMNS + " FROM lensc_documents WHERE type = ? AND doc_key = ? ORDER BY version";
        if (!dialect.advisoryLocks) {
            return query(read, type, key);
        }
        // two statements sent in one round trip; the second takes its snapshot after the first got the lock
        try (PreparedStatement ps = prepare("SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?)); " + read,
                type, key, type, key)) {
            ps.execute();
            if (!ps.getMoreResults()) {
                throw new SQLException("the read after the lock returned no result set");
            }
            try (ResultSet rs = ps.getResultSet()) {
                return rows(rs);
            }
        }
    }

    /** The latest document of {@code type@version} whose top-level field {@code field} is {@code value}. */
    Optional<StoredRow> findByReference(String type, int version, String field, String value) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM lensc_documents WHERE type = ? AND version = ? AND body IS NOT NULL"
                + " AND " + dialect.referenceMatch + " ORDER BY seq DESC LIMIT 1",
                type, version, dialect.fieldPath(field), value).stream().findFirst();
    }

    List<StoredRow> changes(long since, String filter, List<Object> filterArgs, int limit) throws SQLException {
        List<Object> args = new ArrayList<>();
        args.add(since);
        args.addAll(filterArgs);
        args.add(limit);
        return query("SELECT " + COLUMNS + " FROM lensc_documents WHERE seq > ? AND (" + filter
                + ") ORDER BY seq, id LIMIT ?", args.toArray());
    }

    /** Keys of {@code type} after {@code after} that are not deleted, in key order. */
    List<String> keysAfter(String type, String after, int limit) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT DISTINCT doc_key FROM lensc_documents WHERE type = ? AND doc_key > ?"
                + " AND body IS NOT NULL ORDER BY doc_key LIMIT ?", type, after, limit); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    /**
     * Takes {@code count} sequence numbers and returns the first; holds the counter until commit, so
     * seq order is commit order. On PostgreSQL the same round trip notifies {@code channel} of the
     * last one (delivered at commit).
     */
    long nextSeq(int count, String channel) throws SQLException {
        String sql = channel == null || dialect != Dialect.POSTGRES
                ? "UPDATE lensc_counter SET value = value + ? WHERE name = 'seq' RETURNING value"
                : "WITH s AS (UPDATE lensc_counter SET value = value + ? WHERE name = 'seq' RETURNING value)"
                        + " SELECT value, pg_notify(?, value::text) FROM s";
        try (PreparedStatement ps = channel == null || dialect != Dialect.POSTGRES ? prepare(sql, count)
                : prepare(sql, count, channel); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) - count + 1;
        }
    }

    /** The sequence number up to which deletions were compacted away; 0 when none were. */
    long compactedUpTo() throws SQLException {
        try (PreparedStatement ps = prepare("SELECT value FROM lensc_counter WHERE name = 'compacted'");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Removes the tombstones committed at or before {@code upTo} and raises the horizon to it; returns the rows removed. */
    int compactDeletions(long upTo) throws SQLException {
        int removed = update("DELETE FROM lensc_documents WHERE body IS NULL AND seq <= ?", upTo);
        update("UPDATE lensc_counter SET value = ? WHERE name = 'compacted' AND value < ?", upTo, upTo);
        return removed;
    }

    long lastSeq() throws SQLException {
        try (PreparedStatement ps = prepare("SELECT value FROM lensc_counter WHERE name = 'seq'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Writes the rows with the next sequence numbers, in their order, and returns the first. On
     * PostgreSQL one statement takes the numbers, notifies {@code channel} (delivered at commit)
     * and writes the rows, so the counter is held for one round trip and the commit.
     */
    long writeAll(List<StoredRow> rows, String channel) throws SQLException {
        if (dialect != Dialect.POSTGRES) {
            long first = nextSeq(rows.size(), channel);
            List<StoredRow> numbered = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                StoredRow r = rows.get(i);
                numbered.add(new StoredRow(r.id(), r.revision(), first + i, r.body()));
            }
            upsertAll(numbered);
            return first;
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(?, ?, ?::int, ?, ?::bigint, ?::int, ?)");
        }
        String sql = "WITH s AS (UPDATE lensc_counter SET value = value + ? WHERE name = 'seq' RETURNING value),"
                + " n AS (SELECT pg_notify(?, value::text) FROM s)"
                + " INSERT INTO lensc_documents (" + COLUMNS + ")"
                + " SELECT v.id, v.type, v.version, v.doc_key, v.revision, s.value - ? + v.ord, v.body::json"
                + " FROM s, n, (VALUES " + values + ") AS v(id, type, version, doc_key, revision, ord, body)"
                + " ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, seq = excluded.seq, body = excluded.body"
                + " RETURNING seq";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            ps.setInt(p++, rows.size());
            ps.setString(p++, channel);
            ps.setInt(p++, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                StoredRow r = rows.get(i);
                ps.setString(p++, r.id().toString());
                ps.setString(p++, r.id().type());
                ps.setInt(p++, r.id().version());
                ps.setString(p++, r.id().key());
                ps.setLong(p++, r.revision());
                ps.setInt(p++, i + 1);
                ps.setString(p++, text(r.body()));
            }
            long first = Long.MAX_VALUE;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    first = Math.min(first, rs.getLong(1));
                }
            }
            return first;
        }
    }

    /** Writes the rows in one batch (one round trip). */
    private void upsertAll(List<StoredRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lensc_documents (" + COLUMNS + ") VALUES (?, ?, ?, ?,"
                + " ?, ?, " + dialect.bodyParameter + ") ON CONFLICT (id) DO UPDATE SET revision = excluded.revision,"
                + " seq = excluded.seq, body = excluded.body")) {
            for (StoredRow row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Inserts unless the id is taken; true when inserted. */
    boolean insertIfAbsent(StoredRow row) throws SQLException {
        return write("INSERT INTO lensc_documents (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, " + dialect.bodyParameter
                + ") ON CONFLICT (id) DO NOTHING", row) > 0;
    }

    int deleteVersion(String type, int version) throws SQLException {
        return update("DELETE FROM lensc_documents WHERE type = ? AND version = ?", type, version);
    }

    long count(String type, int version) throws SQLException {
        try (PreparedStatement ps = prepare("SELECT COUNT(*) FROM lensc_documents WHERE type = ? AND version = ?"
                + " AND body IS NOT NULL",
                type, version); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long countKeys(String type) throws SQLException {
        try (PreparedStatement ps = prepare("SELECT COUNT(DISTINCT doc_key) FROM lensc_documents WHERE type = ?"
                + " AND body IS NOT NULL", type);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** (version, state, cursor) of every version of a type the store has heard of. */
    List<VersionState> versionStates(String type) throws SQLException {
        List<VersionState> out = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT version, state, cursor FROM lensc_versions WHERE type = ?"
                + " ORDER BY version", type); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new VersionState(type, rs.getInt(1), VersionState.State.valueOf(rs.getString(2)),
                        rs.getString(3)));
            }
        }
        return out;
    }

    void saveVersionState(VersionState s) throws SQLException {
        update("INSERT INTO lensc_versions (type, version, state, cursor) VALUES (?, ?, ?, ?) ON CONFLICT (type, version)"
                + " DO UPDATE SET state = excluded.state, cursor = excluded.cursor",
                s.type(), s.version(), s.state().name(), s.cursor());
    }

    private int write(String sql, StoredRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, row);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, StoredRow row) throws SQLException {
        ps.setString(1, row.id().toString());
        ps.setString(2, row.id().type());
        ps.setInt(3, row.id().version());
        ps.setString(4, row.id().key());
        ps.setLong(5, row.revision());
        ps.setLong(6, row.seq());
        ps.setString(7, text(row.body()));
    }

    int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        }
    }

    private List<StoredRow> query(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            return rows(rs);
        }
    }

    private static List<StoredRow> rows(ResultSet rs) throws SQLException {
        List<StoredRow> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(new StoredRow(new DocumentId(rs.getString(2), rs.getInt(3), rs.getString(4)), rs.getLong(5),
                    rs.getLong(6), parse(rs.getString(7))));
        }
        return rows;
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    /** The body's text; null for a tombstone. */
    static String text(JsonNode doc) {
        if (doc == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** The body; null for a tombstone. */
    static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds a document that is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
