package dev.lensc.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.gen.RandomLenses;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.lens.LensException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any {@link Translator} streams: the interpreter through a tree, with the same results and failures. */
class TranslatorStreamingTest {
    @Test
    void theInterpreter_streamsWhatItTranslates_documentAfterDocument() throws IOException {
        Random random = new Random(5);
        for (int t = 0; t < 10; t++) {
            DocumentType type = new RandomLenses(random).documentType("R" + t, 3);
            DocumentGenerator gen = new DocumentGenerator(random, GeneratorSettings.defaults());
            StringBuilder in = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                JsonNode doc = gen.generate(type.schema(1).orElseThrow());
                in.append(StrictJson.compact(doc)).append('\n');
                // a generator separates root values with a space
                expected.append(i == 0 ? "" : " ").append(written(type.translate(doc, 1, 3)));
            }
            assertEquals(expected.toString(), streamed(type, in.toString(), 1, 3));
        }
    }

    @Test
    void aDocumentThatDoesNotFit_failsAsInTheTree() {
        DocumentType type = new RandomLenses(new Random(6)).documentType("R", 2);
        LensException e = assertThrows(LensException.class, () -> streamed(type, "{\"not declared\":1}", 1, 2));
        assertEquals("R", e.documentType());
        assertEquals("1", e.fromVersion());
        assertNotNull(e.pointer());
    }

    private static String streamed(Translator translator, String in, int from, int to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = StrictJson.parser(in.getBytes(StandardCharsets.UTF_8));
                JsonGenerator g = StrictJson.generator(out)) {
            while (p.nextToken() != null) {
                translator.translate(p, g, from, to);
                g.flush();
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String written(JsonNode value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = StrictJson.generator(out)) {
            StrictJson.write(value, g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
