package com.example.todosync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lensc.runtime.graph.VersionGraph;
import dev.lensc.store.Change;
import dev.lensc.store.ClientVersions;
import dev.lensc.store.DocumentId;
import dev.lensc.store.FeedCompactedException;
import dev.lensc.store.LensStore;
import dev.lensc.store.Lookup;
import dev.lensc.store.StoreConfig;
import dev.lensc.store.StoreDatabase;
import dev.lensc.store.WriteResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A sync server for todo items over a {@link LensStore} (SQLite), with the translators {@code lensc}
 * generated from {@code todo-item.lens} and the generated records as the check of each version.
 * The JDK's {@code com.sun.net.httpserver} serves it: four routes need no web framework. Each client says which version it speaks:
 * <ul>
 *   <li>{@code PUT /docs/{key}?version=N} with the item as JSON and {@code If-Match: <revision>}
 *       (absent or 0 for a new item): 200 {@code {"id", "revision", "seq"}}; 409 on a stale
 *       revision; 422 with the reason when the item cannot be stored.</li>
 *   <li>{@code GET /docs/{key}?version=N}: the item in that version, its revision in {@code ETag}.</li>
 *   <li>{@code DELETE /docs/{key}?version=N} with {@code If-Match: <revision>}: every version of the
 *       item is deleted; 200 {@code {"id", "revision", "seq"}}; 409 on a stale revision; 404 when there
 *       is no such item (or it is deleted already).</li>
 *   <li>{@code GET /changes?since=S&version=N[&newer=true]}: {@code {"last", "changes": [...]}}; a
 *       deleted item is an entry with {@code "deleted": true} and no {@code doc}; 410 when deletions
 *       after {@code since} were compacted away (read again from 0, drop what does not come).</li>
 * </ul>
 */
public final class TodoSyncServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "todo-item";

    private final LensStore store;
    private final HttpServer http;

    public TodoSyncServer(Path database, int port) throws IOException {
        VersionGraph graph = VersionGraph.load(TodoSyncServer.class.getClassLoader());
        this.store = LensStore.open(StoreDatabase.sqlite(database),
                StoreConfig.builder().type(graph.translator("TodoItem"), new RecordCheck(Map.of(
                        1, TodoItemV1.class, 2, TodoItemV2.class, 3, TodoItemV3.class))).build());
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        http.createContext("/docs/", this::docs);
        http.createContext("/changes", this::changes);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
    }

    /** The store behind the server (for maintenance such as {@link LensStore#compactDeletions}). */
    public LensStore store() {
        return store;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public static void main(String[] args) throws IOException {
        TodoSyncServer server = new TodoSyncServer(Path.of(args.length > 0 ? args[0] : "todo-sync.db"),
                args.length > 1 ? Integer.parseInt(args[1]) : 8080);
        System.out.println("todo-sync on http://127.0.0.1:" + server.port());
    }

    private void docs(HttpExchange ex) throws IOException {
        try {
            String key = URLDecoder.decode(ex.getRequestURI().getRawPath().substring("/docs/".length()),
                    StandardCharsets.UTF_8);
            Map<String, String> query = query(ex);
            DocumentId id = DocumentId.of(TYPE, Integer.parseInt(query.getOrDefault("version", "")), key);
            switch (ex.getRequestMethod()) {
                case "GET" -> get(ex, id);
                case "PUT" -> put(ex, id);
                case "DELETE" -> delete(ex, id);
                default -> send(ex, 405, error("use GET, PUT or DELETE"));
            }
        } catch (NumberFormatException e) {
            send(ex, 400, error("say which version you speak: ?version=N (and If-Match: a number)"));
        } catch (IllegalArgumentException e) {
            send(ex, 400, error(e.getMessage()));
        } finally {
            ex.close();
        }
    }

    private void get(HttpExchange ex, DocumentId id) throws IOException {
        Lookup found = store.get(id);
        if (found instanceof Lookup.Found f) {
            ex.getResponseHeaders().set("ETag", Long.toString(f.revision()));
            send(ex, 200, f.document());
        } else {
            send(ex, 404, error("no " + id));
        }
    }

    private void put(HttpExchange ex, DocumentId id) throws IOException {
        JsonNode doc;
        try (InputStream in = ex.getRequestBody()) {
            doc = JSON.readTree(in);
        } catch (IOException e) {
            send(ex, 400, error("the body is not JSON: " + e.getMessage()));
            return;
        }
        respond(ex, store.put(id, doc, ifMatch(ex)));
    }

    private void delete(HttpExchange ex, DocumentId id) throws IOException {
        WriteResult result = store.delete(id, ifMatch(ex));
        if (result instanceof WriteResult.Conflict c && c.actual() == 0) {
            send(ex, 404, error("no " + id));
        } else {
            respond(ex, result);
        }
    }

    /** The revision the client read ({@code If-Match}); 0 when absent: a new item. */
    private static long ifMatch(HttpExchange ex) {
        String ifMatch = ex.getRequestHeaders().getFirst("If-Match");
        return ifMatch == null ? 0 : Long.parseLong(ifMatch.replace("\"", ""));
    }

    private static void respond(HttpExchange ex, WriteResult result) throws IOException {
        if (result instanceof WriteResult.Written w) {
            send(ex, 200, committed(w.id(), w.revision(), w.seq()));
        } else if (result instanceof WriteResult.Deleted d) {
            send(ex, 200, committed(d.id(), d.revision(), d.seq()));
        } else if (result instanceof WriteResult.Conflict c) {
            send(ex, 409, error("stale revision").put("expected", c.expected()).put("actual", c.actual()));
        } else if (result instanceof WriteResult.Rejected r) {
            send(ex, 422, error(r.reason().message()).put("pointer", r.reason().pointer()));
        }
    }

    private static ObjectNode committed(DocumentId id, long revision, long seq) {
        return JSON.createObjectNode().put("id", id.toString()).put("revision", revision).put("seq", seq);
    }

    private void changes(HttpExchange ex) throws IOException {
        try {
            Map<String, String> query = query(ex);
            ClientVersions client = ClientVersions.of(TYPE, Integer.parseInt(query.getOrDefault("version", "")));
            if ("true".equals(query.get("newer"))) {
                client = client.andNewer();
            }
            long since = Long.parseLong(query.getOrDefault("since", "0"));
            ObjectNode out = JSON.createObjectNode();
            long last = since;
            ArrayNode list = out.putArray("changes");
            for (Change c : store.changes(since, client, 500)) {
                ObjectNode entry = list.addObject().put("seq", c.seq()).put("id", c.id().toString())
                        .put("revision", c.revision());
                if (c.deleted()) {
                    entry.put("deleted", true);
                } else {
                    entry.set("doc", c.document());
                }
                last = c.seq();
            }
            out.put("last", last);
            send(ex, 200, out);
        } catch (NumberFormatException e) {
            send(ex, 400, error("use /changes?since=S&version=N"));
        } catch (FeedCompactedException e) {
            send(ex, 410, error(e.getMessage()));
        } finally {
            ex.close();
        }
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> out = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        http.stop(0);
        store.close();
    }
}
