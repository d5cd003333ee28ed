package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.DocumentType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A put walk runs a reverse on its base only to learn whether the base fits where nothing reads
 * the field's value after it ({@link FitsEmitter}): Order's {@code in items { map { add
 * discount_cents } }} going back is checked on the base's items (an array of objects or nulls)
 * without translating them, and the walk agrees with the interpreter on items that fit and on
 * items that do not.
 */
class PutWalkFitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void orderBaseItems_checkedNotTranslated_andTheWalkAgreesWithTheInterpreter() throws IOException {
        DocumentType type = BenchmarkTypes.order();
        GeneratedSources sources = new JavaGenerator("gen.putfits").generate(List.of(type));
        String source = sources.sources().get("gen/putfits/OrderLenses.java");
        Generated generated = new Generated(InProcessCompiler.compile(sources, Files.createTempDirectory("lensc-putfits")),
                "gen.putfits.OrderLenses");
        Method walk = PutWalkDifferentialTest.walks(source, generated.type()).get("1 10");
        String body = body(source, walk.getName());
        Matcher check = Pattern.compile("if \\(!(fits\\d+)\\(e\\.getValue\\(\\)\\)\\)").matcher(body);
        assertTrue(check.find(), "the walk checks the base's items: " + body);
        assertFalse(body(source, check.group(1)).contains("deepCopy"), "a check builds nothing");

        JsonNode doc = JSON.readTree("""
                {"id": "A-1", "customer_name": "Ann", "customer_email": "ann@example.com", "status": "paid",
                 "express": true, "total_cents": 10, "currency": "EUR", "note": null,
                 "shipping": {"street": "1 Main St", "city": "Springfield", "zip": "1", "country": "DE"},
                 "items": [{"sku": "X1", "qty": 2, "price_cents": 5}], "coupon": null, "created": "now", "tags": []}
                """);
        String base = """
                {"orderId": "A-1", "status": "SHIPPED", "addresses": [{"street": "2 Side St", "city": "B", "postalCode": "2"}],
                 "items": ITEMS, "couponCodes": [], "customer": {"name": "Ann", "vip": true},
                 "money": {"cents": 10, "currency": "EUR"}, "country": "DE", "emails": ["ann@example.com"],
                 "speed": "standard", "meta": {"createdAt": "then", "channel": "APP"}}
                """;
        List<String> fitting = List.of("[{\"sku\": \"X1\", \"qty\": 1, \"price_cents\": 5, \"discount_cents\": 3}]",
                "[null, {\"sku\": \"Y\", \"discount_cents\": 1, \"other\": [1]}]", "[]", "null");
        List<String> odd = List.of("\"items\"", "[1]", "[{\"sku\": \"X1\"}, []]", "{\"sku\": \"X1\"}");
        for (String items : fitting) {
            JsonNode b = JSON.readTree(base.replace("ITEMS", items));
            String expected = WalkDifferentialTest.outcome(() -> type.path(1, 10).forward(doc, b));
            assertTrue(expected.startsWith("result"), expected);
            assertEquals(expected, WalkDifferentialTest.outcome(() -> PutWalkDifferentialTest.invoke(walk, doc, b)),
                    "the walk onto items " + items);
        }
        JsonNode absent = JSON.readTree(base.replace("ITEMS", "[]"));
        ((ObjectNode) absent).remove("items");
        assertEquals(WalkDifferentialTest.outcome(() -> type.path(1, 10).forward(doc, absent)),
                WalkDifferentialTest.outcome(() -> PutWalkDifferentialTest.invoke(walk, doc, absent)));
        for (String items : odd) {
            JsonNode b = JSON.readTree(base.replace("ITEMS", items));
            String expected = WalkDifferentialTest.outcome(() -> type.path(1, 10).forward(doc, b));
            assertTrue(expected.startsWith("failure"), expected);
            assertEquals("result null", WalkDifferentialTest.outcome(() -> PutWalkDifferentialTest.invoke(walk, doc, b)),
                    "the walk gives items " + items + " up");
            assertEquals(expected, WalkDifferentialTest.outcome(() -> generated.translate(doc, 1, 10, b)));
        }
        assertNotEquals(-1, source.indexOf("private static boolean " + check.group(1) + "(JsonNode value)"));
    }

    /** The body of the generated method {@code name}. */
    private static String body(String source, String name) {
        int start = source.indexOf(" " + name + "(JsonNode");
        assertTrue(start >= 0, name);
        return source.substring(start, source.indexOf("\n    }\n", start));
    }
}
