package dev.lensc.store;

import java.util.List;

/** What differs between SQLite and PostgreSQL: column types, JSON access, locks and push. */
enum Dialect {
    SQLITE("TEXT", "?", "json_extract(body, ?) = ?", false),
    /**
     * {@code json}, not {@code jsonb}: jsonb cannot hold every JSON document (it refuses the string
     * escape {@code \u0000}, which the sparse document generator found) and it reorders keys and
     * normalizes number text, while the store must give back exactly what it was given.
     */
    POSTGRES("JSON", "?::json", "body->>? = ?", true);

    private final String bodyType;
    final String bodyParameter;
    final String referenceMatch;
    /** Whether writers of one document serialize through advisory locks (SQLite has one writer anyway). */
    final boolean advisoryLocks;

    Dialect(String bodyType, String bodyParameter, String referenceMatch, boolean advisoryLocks) {
        this.bodyType = bodyType;
        this.bodyParameter = bodyParameter;
        this.referenceMatch = referenceMatch;
        this.advisoryLocks = advisoryLocks;
    }

    /** The reference-match parameter naming a top-level field. */
    String fieldPath(String field) {
        return this == SQLITE ? "$.\"" + field.replace("\"", "\\\"") + "\"" : field;
    }

    List<String> schema() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS lensc_documents (id TEXT PRIMARY KEY, type TEXT NOT NULL,"
                        + " version INTEGER NOT NULL, doc_key TEXT NOT NULL, revision BIGINT NOT NULL,"
                        + " seq BIGINT NOT NULL, body " + bodyType + ")", // a null body is a tombstone
                "CREATE INDEX IF NOT EXISTS lensc_documents_seq ON lensc_documents (seq)",
                "CREATE INDEX IF NOT EXISTS lensc_documents_key ON lensc_documents (type, doc_key, version)",
                "CREATE TABLE IF NOT EXISTS lensc_versions (type TEXT NOT NULL, version INTEGER NOT NULL,"
                        + " state TEXT NOT NULL, cursor TEXT, PRIMARY KEY (type, version))",
                "CREATE TABLE IF NOT EXISTS lensc_counter (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
                "INSERT INTO lensc_counter (name, value) VALUES ('seq', 0) ON CONFLICT (name) DO NOTHING",
                // the highest sequence number up to which deletions were compacted away (see LensStore.compactDeletions)
                "INSERT INTO lensc_counter (name, value) VALUES ('compacted', 0) ON CONFLICT (name) DO NOTHING");
    }
}
