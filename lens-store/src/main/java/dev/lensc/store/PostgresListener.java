package dev.lensc.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** LISTEN on the store's channel, on its own connection and thread; each NOTIFY carries the last seq of a commit. */
final class PostgresListener implements AutoCloseable {
    private final Connection connection;
    private final Thread thread;
    private volatile boolean running = true;

    private PostgresListener(Connection connection, String channel, LongConsumer onCommit) {
        this.connection = connection;
        this.thread = new Thread(() -> loop(onCommit), "lensc-listen-" + channel);
        this.thread.setDaemon(true);
    }

    /** One channel per schema, so stores in different schemas of one database do not hear each other. */
    static String channel(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            return "lensc_changes_" + rs.getString(1).replaceAll("[^A-Za-z0-9_]", "_");
        }
    }

    static PostgresListener start(Connection c, String channel, LongConsumer onCommit) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + channel);
        }
        PostgresListener l = new PostgresListener(c, channel, onCommit);
        l.thread.start();
        return l;
    }

    private void loop(LongConsumer onCommit) {
        PGConnection pg;
        try {
            pg = connection.unwrap(PGConnection.class);
        } catch (SQLException e) {
            return;
        }
        while (running) {
            try {
                PGNotification[] notes = pg.getNotifications(250);
                if (notes != null) {
                    for (PGNotification n : notes) {
                        onCommit.accept(Long.parseLong(n.getParameter()));
                    }
                }
            } catch (SQLException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ConnectionPool.closeQuietly(connection);
    }
}
