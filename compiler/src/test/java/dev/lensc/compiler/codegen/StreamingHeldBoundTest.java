package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.StrictJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A held input that stays in its place ({@code shipping} of Order 1 -> 9: speed plunged in, country
 * and speed hoisted out) holds what its level writes after it only until the late ops have what they
 * take: a large {@code items} after it is written while it is read, not held to the object's end.
 */
class StreamingHeldBoundTest {
    private static final int ITEMS = 3000;

    @Test
    void itemsAfterAHeldShipping_areWrittenBeforeTheInputEnds_interpreted() throws IOException {
        DocumentType order = BenchmarkTypes.order();
        assertBounded(order, (p, g) -> StreamInterpreter.of(order, 1, 9).translate(p, g));
    }

    /**
     * Generated code streams 1 -> 9 where 9 is the newest version (of ten it runs hop by hop through
     * a tree, {@link Routes}): Order's versions up to 9.
     */
    @Test
    void itemsAfterAHeldShipping_areWrittenBeforeTheInputEnds_generated() throws IOException {
        DocumentType full = BenchmarkTypes.order();
        DocumentType.Builder upTo9 = DocumentType.builder(full.name()).version(1, full.schema(1).orElseThrow());
        full.lenses().stream().filter(e -> e.to() <= 9).forEach(upTo9::lens);
        DocumentType order = upTo9.build();
        assertTrue(Routes.fused(order, 1, 9));
        ClassLoader loader = InProcessCompiler.compile(new JavaGenerator("gen.held").generate(List.of(order)),
                Files.createTempDirectory("lensc-held"));
        Generated generated = new Generated(loader, "gen.held.OrderLenses");
        assertBounded(order, (p, g) -> generated.streams().call("translate",
                new Class<?>[] {JsonParser.class, JsonGenerator.class, int.class, int.class}, p, g, 1, 9));
    }

    private interface Translation {
        void run(JsonParser p, JsonGenerator g) throws IOException;
    }

    private static void assertBounded(DocumentType order, Translation translation) throws IOException {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < ITEMS; i++) {
            items.append(i == 0 ? "" : ",").append("{\"sku\":\"sku-").append(i).append("\",\"qty\":1,\"price_cents\":100}");
        }
        // express before shipping, items after it, and one field after items
        String doc = "{\"id\":\"o1\",\"customer_name\":\"A\",\"customer_email\":\"a@x\",\"status\":\"paid\","
                + "\"express\":true,\"total_cents\":5,\"currency\":\"EUR\",\"note\":null,"
                + "\"shipping\":{\"street\":\"s\",\"city\":\"c\",\"zip\":\"z\",\"country\":\"DE\"},"
                + "\"items\":[" + items + "],\"coupon\":null,\"tags\":[],\"created\":\"2026\"}";
        byte[] in = doc.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] writtenWhenInputEnded = {-1};
        InputStream watched = new ByteArrayInputStream(in) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                if (available() == 0 && writtenWhenInputEnded[0] < 0) {
                    writtenWhenInputEnded[0] = out.size();
                }
                return n;
            }
        };
        try (JsonParser p = StrictJson.parser(watched); JsonGenerator g = StrictJson.generator(out)) {
            translation.run(p, g);
        }
        JsonNode want = order.translate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc), 1, 9);
        assertEquals(StrictJson.compact(want), out.toString(StandardCharsets.UTF_8));
        assertTrue(writtenWhenInputEnded[0] > out.size() / 2, writtenWhenInputEnded[0]
                + " bytes written when the input's last bytes were read, of " + out.size());
    }
}
