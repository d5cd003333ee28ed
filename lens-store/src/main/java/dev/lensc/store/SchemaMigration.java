package dev.lensc.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * Brings a documents table made by an earlier lensc to today's shape, in the transaction that
 * opens the store. Earlier stores declared the body {@code NOT NULL} (before deletions were
 * tombstones) and, on PostgreSQL, {@code jsonb} (which refuses {@code \u0000} and reorders keys).
 * The table's own description says what it is, so a store of any age opens without a version
 * number of our own to keep right.
 */
final class SchemaMigration {
    private SchemaMigration() {
    }

    /** What the body column is now: its type name and whether it takes null. */
    record BodyColumn(String type, boolean nullable) {}

    static Optional<BodyColumn> bodyColumn(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String table : new String[] {"lensc_documents", "LENSC_DOCUMENTS"}) {
            // the connection's schema only: a PostgreSQL database may hold other stores in other schemas
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), table, null)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME").equalsIgnoreCase("body")) {
                        return Optional.of(new BodyColumn(rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT),
                                !"NO".equals(rs.getString("IS_NULLABLE"))));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Migrates the body column when it is not what {@code dialect} makes today; true when it did. */
    static boolean migrate(Connection c, Dialect dialect) throws SQLException {
        Optional<BodyColumn> body = bodyColumn(c);
        if (body.isEmpty()) {
            return false;
        }
        boolean wrongType = dialect == Dialect.POSTGRES && !body.get().type().equals("json");
        if (body.get().nullable() && !wrongType) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            if (dialect == Dialect.POSTGRES) {
                s.execute("ALTER TABLE lensc_documents ALTER COLUMN body DROP NOT NULL");
                if (wrongType) {
                    s.execute("ALTER TABLE lensc_documents ALTER COLUMN body TYPE json USING body::text::json");
                }
            } else {
                // SQLite cannot change a column's constraints: copy the rows into a table of today's shape
                s.execute("ALTER TABLE lensc_documents RENAME TO lensc_documents_before_migration");
                s.execute("DROP INDEX IF EXISTS lensc_documents_seq");
                s.execute("DROP INDEX IF EXISTS lensc_documents_key");
                for (String ddl : dialect.schema()) {
                    s.execute(ddl);
                }
                s.execute("INSERT INTO lensc_documents (id, type, version, doc_key, revision, seq, body)"
                        + " SELECT id, type, version, doc_key, revision, seq, body FROM lensc_documents_before_migration");
                s.execute("DROP TABLE lensc_documents_before_migration");
            }
        }
        return true;
    }
}
