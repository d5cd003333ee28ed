package dev.lensc.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Where a store keeps its tables: one SQLite file (the embedded default) or a PostgreSQL database. */
public final class StoreDatabase {
    private final Dialect dialect;
    private final String url;
    private final Properties properties;
    private final int connections;

    private StoreDatabase(Dialect dialect, String url, Properties properties, int connections) {
        this.dialect = dialect;
        this.url = url;
        this.properties = properties;
        this.connections = connections;
    }

    /** One file, no server; one connection, so writes are serialized (WAL journal). */
    public static StoreDatabase sqlite(Path file) {
        return new StoreDatabase(Dialect.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath(), new Properties(), 1);
    }

    /** A PostgreSQL database, e.g. {@code jdbc:postgresql://localhost:5432/app?user=app&password=...}. */
    public static StoreDatabase postgres(String jdbcUrl) {
        return postgres(jdbcUrl, new Properties(), 16);
    }

    /** @param connections the most connections the store opens at once */
    public static StoreDatabase postgres(String jdbcUrl, Properties properties, int connections) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db): " + jdbcUrl);
        }
        return new StoreDatabase(Dialect.POSTGRES, jdbcUrl, properties, connections);
    }

    Dialect dialect() {
        return dialect;
    }

    ConnectionPool pool() {
        return new ConnectionPool(this::open, connections);
    }

    Connection open() throws SQLException {
        Connection c = DriverManager.getConnection(url, properties);
        if (dialect == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=10000");
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return url.replaceAll("password=[^&]*", "password=***");
    }
}
