package dev.lensc.compiler.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.compiler.cli.Lensc;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lensc doc} on the samples: what the pages hold, checked in the HTML, and how they render,
 * checked in headless Chromium (skipped with a line saying so when it is not installed, unless
 * {@code LENSC_REQUIRE_CHROMIUM=1}, which CI sets). Screenshots go to {@code target/doc-screenshots}.
 */
class DocCommandTest {
    private static final List<String> SAMPLES = List.of("../samples/todo/src/main/lens/todo-item.lens",
            "../samples/github-issue/src/main/lens/github-issue.lens",
            "../samples/preferences/src/main/lens/preferences.lens",
            "../samples/send-message/src/main/lens/send-message.lens", "../benchmarks/src/main/lens/chain.lens",
            "../lens-dsl/src/test/resources/sync/todo-item.lens");

    private record Run(int code, String out, String err) {}

    private static Run lensc(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Lensc.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<Path> document(Path dir) {
        String[] args = new String[SAMPLES.size() + 3];
        args[0] = "doc";
        for (int i = 0; i < SAMPLES.size(); i++) {
            args[i + 1] = SAMPLES.get(i);
        }
        args[SAMPLES.size() + 1] = "-o";
        args[SAMPLES.size() + 2] = dir.toString();
        Run run = lensc(args);
        assertEquals(0, run.code(), run.err());
        return run.out().lines().map(Path::of).toList();
    }

    @Test
    void everySchemaGetsAPageWithItsGraphVersionsLensesAndLaws(@TempDir Path dir) throws IOException {
        List<Path> pages = document(dir);
        // two files define com.example.todo.TodoItem: both get a page
        assertEquals(SAMPLES.size() + 1, pages.size(), pages.toString());
        assertTrue(pages.contains(dir.resolve("com.example.todo.TodoItem-2.html")), pages.toString());
        String todo = Files.readString(dir.resolve("com.example.todo.TodoItem.html"));
        assertEquals(3, count(todo, "<g class=\"version\">"), "a node per version");
        assertEquals(2, count(todo, "<g class=\"lens"), "an edge per lens");
        assertEquals(1, count(todo, "<g class=\"lens lossy\">"), "lens 2 -> 3 declares losses");
        for (int v = 1; v <= 3; v++) {
            assertTrue(todo.contains("<article id=\"version-" + v + "\">"), "version " + v);
        }
        assertTrue(todo.contains("<td><code>assignees</code></td><td><code>[string]</code></td><td>optional</td>"));
        assertEquals(2 * 4, count(todo, "<tr class=\"kept\">") + count(todo, "<tr class=\"declared-loss\">")
                + count(todo, "<tr class=\"may-break\">") + count(todo, "<tr class=\"inherent-loss\">"),
                "four laws per lens");
        assertTrue(todo.contains("&quot;status&quot;: &quot;done&quot;"), "the example translated through the convert");
        String chain = Files.readString(dir.resolve(pages.stream().filter(p -> !p.toString().contains("TodoItem")
                && !p.toString().contains("Issue") && !p.toString().contains("index")
                && count(read(p), "<g class=\"version\">") >= 10).findFirst().orElseThrow()));
        assertFalse(chain.contains("No example"), "every lens of the chain has examples");
        for (Path page : pages) {
            String html = read(page);
            assertFalse(html.contains("<script"), page + " has no scripts");
            assertFalse(html.replace("http://www.w3.org/2000/svg", "").matches("(?s).*(https?:|//[a-z]).*"),
                    page + " fetches nothing");
        }
    }

    @Test
    void namesAndDescriptionsAreEscaped(@TempDir Path dir) throws IOException {
        Path lens = dir.resolve("odd.lens");
        Files.writeString(lens, """
                schema Odd {
                  version 1 { `a<b`: string }
                  lens 1 -> 2 "<script>alert('x')</script> & more" { rename `a<b` -> "c&d" }
                }
                """);
        Run run = lensc("doc", lens.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(dir.resolve("out/Odd.html"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
        assertTrue(html.contains("<code>a&lt;b</code>") && html.contains("<code>c&amp;d</code>"));
    }

    @Test
    void aFileWithErrorsWritesNothing(@TempDir Path dir) throws IOException {
        Path lens = dir.resolve("bad.lens");
        Files.writeString(lens, "schema Bad {\n  version 1 { a: strin }\n}\n");
        Run run = lensc("doc", lens.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("bad.lens:2:"), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
        assertEquals(2, lensc("doc", lens.toString()).code(), "-o is required");
    }

    @Test
    void thePagesRenderInChromiumWithTheGraphVisibleAndNoErrors(@TempDir Path dir) throws Exception {
        boolean required = "1".equals(System.getenv("LENSC_REQUIRE_CHROMIUM"));
        if (!HeadlessChromium.available()) {
            System.out.println("[lensc doc] skipped: no Chromium at " + HeadlessChromium.BINARY
                    + " (Debian's chromium package); LENSC_REQUIRE_CHROMIUM=1 makes this a failure");
            assertFalse(required, "LENSC_REQUIRE_CHROMIUM=1 but Chromium is not installed");
            assumeTrue(false);
        }
        List<Path> pages = document(dir);
        Path shots = Path.of("target/doc-screenshots");
        Files.createDirectories(shots);
        try (HeadlessChromium browser = new HeadlessChromium()) {
            for (Path page : pages) {
                browser.open(page.toUri().toString());
                assertEquals(List.of(), browser.errors(), page + ": console errors");
                for (String url : browser.requests()) {
                    assertTrue(url.startsWith("file:") || url.startsWith("data:"), page + " fetched " + url);
                }
                String name = page.getFileName().toString();
                Files.write(shots.resolve(name.replace(".html", ".png")), browser.screenshot());
                if (name.equals("index.html")) {
                    assertEquals(pages.size() - 1, browser.evaluate("document.querySelectorAll('li a').length").asInt());
                    continue;
                }
                JsonNode graph = browser.evaluate(GRAPH_GEOMETRY);
                int versions = count(read(page), "<g class=\"version\">");
                assertEquals(versions, graph.get("nodes").asInt(), page + ": " + graph);
                assertTrue(graph.get("width").asDouble() > 60 && graph.get("height").asDouble() > 30, page + ": " + graph);
                assertEquals(0, graph.get("offscreenNodes").asInt(), page + ": nodes outside the picture " + graph);
                assertEquals(0, graph.get("labelsOverNodes").asInt(), page + ": labels drawn over nodes " + graph);
            }
        }
    }

    /** The graph's size, its nodes, and how many nodes lie outside it or under a lens label. */
    private static final String GRAPH_GEOMETRY = """
            (() => {
              const svg = document.querySelector('svg.version-graph');
              const box = svg.getBoundingClientRect();
              const nodes = [...svg.querySelectorAll('g.version rect')].map(r => r.getBoundingClientRect());
              const labels = [...svg.querySelectorAll('g.lens text')].map(t => t.getBoundingClientRect());
              const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              return {
                width: box.width, height: box.height, nodes: nodes.length,
                offscreenNodes: nodes.filter(n => n.left < box.left || n.right > box.right || n.top < box.top
                    || n.bottom > box.bottom || n.width === 0).length,
                labelsOverNodes: labels.filter(l => l.width > 0 && nodes.some(n => overlaps(l, n))).length
              };
            })()
            """;

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
