package dev.lensc.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ConcurrentLinkedQueue;

/** At most {@code size} open connections, opened on demand and handed out one transaction at a time. */
final class ConnectionPool implements AutoCloseable {

    /** Opens a connection. */
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final List<Connection> all = new ArrayList<>();

    ConnectionPool(Opener opener, int size) {
        this.opener = opener;
        this.permits = new Semaphore(size, true);
    }

    Connection take() throws SQLException {
        permits.acquireUninterruptibly();
        Connection c = idle.poll();
        if (c == null) {
            try {
                c = opener.open();
                c.setAutoCommit(false);
            } catch (SQLException | RuntimeException e) {
                permits.release();
                throw e;
            }
            synchronized (all) {
                all.add(c);
            }
        }
        return c;
    }

    /** Returns a connection; a broken one is closed instead of kept. */
    void give(Connection c, boolean broken) {
        if (broken) {
            closeQuietly(c);
            synchronized (all) {
                all.remove(c);
            }
        } else {
            idle.add(c);
        }
        permits.release();
    }

    Connection openDedicated() throws SQLException {
        return opener.open();
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(ConnectionPool::closeQuietly);
            all.clear();
        }
        idle.clear();
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is best effort: the connection is gone either way
        }
    }
}
