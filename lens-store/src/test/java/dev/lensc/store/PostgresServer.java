package dev.lensc.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the tests, one per JVM: {@code LENSC_PG_URL} when set; otherwise a
 * throwaway server from the machine's binaries ({@code /usr/lib/postgresql/N/bin}), initdb'd into
 * a temporary directory, on a free port, run as {@code postgres} when the build runs as root, and
 * stopped when the JVM exits. Without binaries the tests are skipped with a line saying so; with
 * {@code LENSC_REQUIRE_PG=1} (CI) they fail instead.
 */
final class PostgresServer {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static String url;
    private static String unavailable;
    private static boolean told;

    private PostgresServer() {}

    /** A URL whose connections work in a new, empty schema. */
    static synchronized String freshSchemaUrl() {
        String base = baseUrl();
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema on " + base, e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static synchronized String baseUrl() {
        if (url == null && unavailable == null) {
            String given = System.getenv("LENSC_PG_URL");
            if (given != null && !given.isBlank()) {
                url = given;
            } else {
                try {
                    url = startLocal();
                } catch (Exception e) {
                    unavailable = e.getMessage();
                }
            }
        }
        if (url == null) {
            String line = "PostgreSQL tests skipped: " + unavailable;
            if ("1".equals(System.getenv("LENSC_REQUIRE_PG"))) {
                throw new IllegalStateException("LENSC_REQUIRE_PG=1 but " + line);
            }
            if (!told) {
                System.err.println(line);
                told = true;
            }
            Assumptions.abort(line);
        }
        return url;
    }

    private static String startLocal() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("lensc-pg");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path data = dir.resolve("data");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "postgres", dir.toString()), dir);
        }
        run(asPostgres(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                "--no-sync", "-E", "UTF8", "--locale=C"), dir);
        run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c full_page_writes=off -c max_connections=100", "start"), dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                        "stop"), dir);
            } catch (Exception ignored) {
                // the JVM is going away; the directory goes below either way
            }
            deleteQuietly(dir);
        }));
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /** {@code LENSC_PG_BIN} names the folder of initdb and pg_ctl; else the newest Debian install. */
    private static Path binaries() throws IOException {
        String given = System.getenv("LENSC_PG_BIN");
        if (given != null && !given.isBlank()) {
            Path bin = Path.of(given);
            if (!Files.isExecutable(bin.resolve("initdb"))) {
                throw new IOException("no initdb in LENSC_PG_BIN=" + given);
            }
            return bin;
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IOException("no PostgreSQL binaries (/usr/lib/postgresql/*/bin; Debian: apt-get install postgresql)"
                    + " and LENSC_PG_URL is not set");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IOException("no initdb under /usr/lib/postgresql/*/bin"));
        }
    }

    /** initdb refuses to run as root. */
    private static List<String> asPostgres(boolean root, String... command) {
        List<String> out = new ArrayList<>();
        if (root) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("command.log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("'" + String.join(" ", command) + "' failed: " + Files.readString(log).strip());
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
