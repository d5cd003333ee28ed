package dev.lensc.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.json.JsonValues;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backfill killed (destroyForcibly: SIGKILL) in the middle resumes where it stopped: no duplicates, nothing missing. */
class BackfillCrashTest {
    private static final int DOCUMENTS = 300;

    @TempDir
    Path dir;

    @Test
    void backfillKilledInTheMiddle_resumes_withNoDuplicatesAndNothingMissing() throws Exception {
        Path file = dir.resolve("store.db");
        Map<String, JsonNode> written = new HashMap<>();
        DocumentGenerator gen = new DocumentGenerator(42, GeneratorSettings.defaults());
        try (LensStore store = LensStore.open(StoreDatabase.sqlite(file), BackfillChild.config())) {
            for (int i = 0; i < DOCUMENTS; i++) {
                JsonNode doc = gen.generate(Schemas.TODO_V1);
                String key = String.format("k%04d", i);
                assertTrue(store.put(DocumentId.of("todo-item", 1, key), doc, 0).written());
                written.put(key, doc);
            }
        }

        long reached = killChildInTheMiddle(file);

        try (LensStore store = LensStore.open(StoreDatabase.sqlite(file), BackfillChild.config())) {
            assertEquals(Set.of(1, 2, 3), store.versions("todo-item"), "a backfilling version is written to after a restart");
            List<Change> before = store.changes(0, ClientVersions.of("todo-item", 3), 10 * DOCUMENTS);
            assertTrue(before.size() >= reached && before.size() < DOCUMENTS,
                    "the child died in the middle: " + before.size() + " of " + DOCUMENTS + " copied");
            BackfillReport report = store.addVersion("todo-item", 3, BackfillListener.NONE);
            assertEquals(DOCUMENTS, before.size() + report.copied(), "the resumed run copies exactly the rest: " + report);

            List<Change> all = store.changes(0, ClientVersions.of("todo-item", 3), 10 * DOCUMENTS);
            Set<String> ids = new HashSet<>();
            for (Change c : all) {
                assertTrue(ids.add(c.id().key()), "duplicate " + c.id());
                assertTrue(JsonValues.equal(Schemas.TODO.translate(written.get(c.id().key()), 1, 3), c.document()),
                        c.id().toString());
            }
            assertEquals(written.keySet(), ids, "nothing missing");
        }
    }

    /** Starts the backfill in a child JVM and kills it once it has committed some batches; returns the progress seen. */
    private static long killChildInTheMiddle(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BackfillChild.class.getName(), file.toString()).redirectErrorStream(true).start();
        long reached = 0;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith("progress ")) {
                    reached = Long.parseLong(line.substring("progress ".length()));
                    if (reached >= DOCUMENTS / 4) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
        assertTrue(reached >= DOCUMENTS / 4 && reached < DOCUMENTS, "killed in the middle at " + reached + ":\n" + output);
        return reached;
    }
}
