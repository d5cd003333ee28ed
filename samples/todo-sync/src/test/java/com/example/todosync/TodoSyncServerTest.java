package com.example.todosync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.VersionGraph;
import dev.lensc.runtime.json.JsonValues;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real HTTP clients on loopback, a phone on version 1, a tablet on version 2 and the web app
 * on version 3, edit the same items at once: each reads its version, appends its mark to the title,
 * and writes back with the revision it read, reading again on 409. At the end every mark is there
 * (no lost update), the three versions translate into each other, and each client's change feed
 * holds its own version only.
 */
class TodoSyncServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int ITEMS = 3;
    static final int EDITS = 15;

    @TempDir
    Path dir;

    @Test
    void clientsOfVersions1To3_editTheSameItemsOverHttp_andNothingIsLost() throws Exception {
        try (TodoSyncServer server = new TodoSyncServer(dir.resolve("todo.db"), 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient web = HttpClient.newHttpClient();
            for (int i = 0; i < ITEMS; i++) {
                HttpResponse<String> created = send(web, put(base, "item" + i, 3, 0,
                        "{\"title\":\"item\",\"status\":\"active\",\"isImportant\":null,\"createdAt\":\"2026-12-01\","
                                + "\"assignees\":[\"ann\",\"bob\"],\"groupId\":\"home\"}"));
                assertEquals(200, created.statusCode(), created.body());
            }
            ExecutorService clients = Executors.newFixedThreadPool(3);
            List<Future<List<String>>> marks = new ArrayList<>();
            for (int version = 1; version <= 3; version++) {
                int v = version;
                marks.add(clients.submit(() -> edit(base, v)));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : marks) {
                all.addAll(f.get(120, TimeUnit.SECONDS));
            }
            clients.shutdown();

            VersionGraph graph = VersionGraph.load(getClass().getClassLoader());
            StringBuilder titles = new StringBuilder();
            for (int i = 0; i < ITEMS; i++) {
                JsonNode[] docs = new JsonNode[4];
                for (int v = 1; v <= 3; v++) {
                    docs[v] = JSON.readTree(send(web, get(base + "/docs/item" + i + "?version=" + v)).body());
                }
                for (int a = 1; a <= 3; a++) {
                    for (int b = 1; b <= 3; b++) {
                        assertTrue(JsonValues.equal(docs[b], graph.translate("TodoItem", docs[a], a, b, docs[b])),
                                "item" + i + " @" + a + " translates to @" + b);
                    }
                }
                assertEquals(2, docs[3].get("assignees").size(), "v1 and v2 writes keep the second assignee");
                assertEquals("home", docs[3].get("groupId").asText());
                titles.append(docs[1].get("title").asText());
            }
            for (String mark : all) {
                assertTrue(titles.indexOf(mark) >= 0, "lost update: " + mark);
            }
            JsonNode feed = JSON.readTree(send(web, get(base + "/changes?since=0&version=2")).body());
            assertEquals(ITEMS, feed.get("changes").size());
            feed.get("changes").forEach(c -> assertTrue(c.get("id").asText().startsWith("todo-item@2:"), c.toString()));
            JsonNode seamless = JSON.readTree(send(web, get(base + "/changes?since=0&version=2&newer=true")).body());
            assertEquals(2 * ITEMS, seamless.get("changes").size());
            HttpResponse<String> bad = send(web, put(base, "item0", 1, 0, "{\"title\":1}"));
            assertEquals(409, bad.statusCode(), "a stale write is refused before anything else");
            String rev = send(web, get(base + "/docs/item0?version=1")).headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> rejected = send(web, put(base, "item0", 1, Long.parseLong(rev), "{\"title\":1}"));
            assertEquals(422, rejected.statusCode(), rejected.body());
            assertEquals("/title", JSON.readTree(rejected.body()).get("pointer").asText(), rejected.body());

            long last = JSON.readTree(send(web, get(base + "/changes?since=0&version=1&newer=true")).body())
                    .get("last").asLong();
            assertEquals(409, send(web, delete(base, "item0", 1, Long.parseLong(rev) - 1)).statusCode(), "stale delete");
            HttpResponse<String> deleted = send(web, delete(base, "item0", 1, Long.parseLong(rev)));
            assertEquals(200, deleted.statusCode(), deleted.body());
            for (int v = 1; v <= 3; v++) {
                assertEquals(404, send(web, get(base + "/docs/item0?version=" + v)).statusCode());
                JsonNode after = JSON.readTree(send(web, get(base + "/changes?since=" + last + "&version=" + v)).body());
                assertEquals(1, after.get("changes").size(), after.toString());
                assertEquals("todo-item@" + v + ":item0", after.get("changes").get(0).get("id").asText());
                assertTrue(after.get("changes").get(0).get("deleted").asBoolean(), "v" + v + " replicas hear of it");
            }
            assertEquals(404, send(web, delete(base, "item0", 1, Long.parseLong(rev) + 1)).statusCode(), "gone already");
        }
    }

    /** One client: {@link #EDITS} edits at {@code version}; returns the marks it wrote. */
    private static List<String> edit(String base, int version) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(version);
        List<String> marks = new ArrayList<>();
        for (int e = 0; e < EDITS; e++) {
            String key = "item" + random.nextInt(ITEMS);
            String mark = "[v" + version + "e" + e + "]";
            while (true) {
                HttpResponse<String> read = send(http, get(base + "/docs/" + key + "?version=" + version));
                long revision = Long.parseLong(read.headers().firstValue("ETag").orElseThrow());
                ObjectNode doc = (ObjectNode) JSON.readTree(read.body());
                doc.put("title", doc.get("title").asText() + mark);
                HttpResponse<String> written = send(http, put(base, key, version, revision, doc.toString()));
                if (written.statusCode() == 200) {
                    break;
                }
                assertEquals(409, written.statusCode(), written.body());
            }
            marks.add(mark);
        }
        return marks;
    }

    @Test
    void aClientBehindCompactedDeletions_isToldToReadFromZero() throws Exception {
        try (TodoSyncServer server = new TodoSyncServer(dir.resolve("compact.db"), 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            String item = "{\"title\":\"milk\",\"isDone\":false,\"createdAt\":\"2026-12-02\"}";
            assertEquals(200, send(http, put(base, "a", 1, 0, item)).statusCode());
            long checkpoint = JSON.readTree(send(http, get(base + "/changes?since=0&version=1")).body()).get("last").asLong();
            assertEquals(200, send(http, put(base, "b", 1, 0, item)).statusCode());
            assertEquals(200, send(http, delete(base, "a", 1, 1)).statusCode());
            server.store().compactDeletions(Long.MAX_VALUE);

            HttpResponse<String> stale = send(http, get(base + "/changes?since=" + checkpoint + "&version=1"));
            assertEquals(410, stale.statusCode(), stale.body());
            assertTrue(stale.body().contains("read it again from 0"), stale.body());
            JsonNode fresh = JSON.readTree(send(http, get(base + "/changes?since=0&version=1")).body());
            assertEquals(1, fresh.get("changes").size(), fresh.toString());
            assertEquals("todo-item@1:b", fresh.get("changes").get(0).get("id").asText());
        }
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).GET().build();
    }

    private static HttpRequest put(String base, String key, int version, long revision, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/docs/" + key + "?version=" + version))
                .header("If-Match", Long.toString(revision)).PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest delete(String base, String key, int version, long revision) {
        return HttpRequest.newBuilder(URI.create(base + "/docs/" + key + "?version=" + version))
                .header("If-Match", Long.toString(revision)).DELETE().build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
