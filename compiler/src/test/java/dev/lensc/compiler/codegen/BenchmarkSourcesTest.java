package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks module compiles translators generated from {@link BenchmarkTypes}; they are
 * committed under {@code benchmarks/src/main/java/dev/lensc/bench/generated} and this test keeps
 * them current. Regenerate with
 * {@code mvn -B -q test -pl compiler -am -Dtest=BenchmarkSourcesTest -Dlensc.regenerate=true}.
 */
class BenchmarkSourcesTest {
    static final String PACKAGE = "dev.lensc.bench.generated";
    private static final Path SOURCES = Path.of("../benchmarks/src/main/java");
    private static final Path RESOURCES = Path.of("../benchmarks/src/main/resources");

    @Test
    void committedBenchmarkSources_matchTheGenerator() throws IOException {
        GeneratedSources sources = new JavaGenerator(PACKAGE).generate(BenchmarkTypes.all());
        if (Boolean.getBoolean("lensc.regenerate")) {
            sources.writeTo(SOURCES, RESOURCES);
        }
        for (Map.Entry<String, String> e : sources.sources().entrySet()) {
            Path file = SOURCES.resolve(e.getKey());
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), e.getValue(),
                    file + " is stale; regenerate with -Dlensc.regenerate=true");
        }
        assertEquals(Files.readString(RESOURCES.resolve(JavaGenerator.SERVICE_FILE), StandardCharsets.UTF_8),
                sources.serviceFile());
    }
}
