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
 * Order's put walk (1 -> 10, {@code WalkEmitter.putWalk}) on chosen bases, against the interpreter.
 * A reverse run on the base only to learn whether the base fits, where nothing reads the field's
 * value after it ({@link FitsEmitter}): {@code in items { map { add discount_cents } }} going back
 * is checked on the base's items (an array of objects or nulls) without translating them. A base
 * without the host of a hoist ({@code addresses} empty: no {@code shipping} going back) walks where
 * the document's host holds more than the hoisted fields.
 */
class PutWalkOrderBasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentType TYPE = BenchmarkTypes.order();
    private static final String BASE = """
            {"orderId": "A-1", "status": "SHIPPED", "addresses": [{"street": "2 Side St", "city": "B", "postalCode": "2"}],
             "items": ITEMS, "couponCodes": [], "customer": {"name": "Ann", "vip": true},
             "money": {"cents": 10, "currency": "EUR"}, "country": "DE", "emails": ["ann@example.com"],
             "speed": "standard", "meta": {"createdAt": "then", "channel": "APP"}}
            """;

    private final String source;
    private final Generated generated;
    private final Method walk;
    private final JsonNode doc;

    PutWalkOrderBasesTest() throws IOException {
        GeneratedSources sources = new JavaGenerator("gen.putbases").generate(List.of(TYPE));
        source = sources.sources().get("gen/putbases/OrderLenses.java");
        generated = new Generated(InProcessCompiler.compile(sources, Files.createTempDirectory("lensc-putbases")),
                "gen.putbases.OrderLenses");
        walk = PutWalkDifferentialTest.walks(source, generated.type()).get("1 10");
        doc = JSON.readTree("""
                {"id": "A-1", "customer_name": "Ann", "customer_email": "ann@example.com", "status": "paid",
                 "express": true, "total_cents": 10, "currency": "EUR", "note": null,
                 "shipping": {"street": "1 Main St", "city": "Springfield", "zip": "1", "country": "DE"},
                 "items": [{"sku": "X1", "qty": 2, "price_cents": 5}], "coupon": null, "created": "now", "tags": []}
                """);
    }

    @Test
    void baseItems_checkedNotTranslated_andTheWalkAgreesWithTheInterpreter() throws IOException {
        Matcher back = Pattern.compile("(back\\d+)\\(b\\)").matcher(body(source, walk.getName()));
        assertTrue(back.find(), "the walk walks its base back in a method of its own");
        String body = body(source, back.group(1));
        Matcher check = Pattern.compile("if \\(!(fits\\d+)\\(e\\.getValue\\(\\)\\)\\)").matcher(body);
        assertTrue(check.find(), "the walk checks the base's items: " + body);
        assertFalse(body(source, check.group(1)).contains("deepCopy"), "a check builds nothing");
        String base = BASE;
        List<String> fitting = List.of("[{\"sku\": \"X1\", \"qty\": 1, \"price_cents\": 5, \"discount_cents\": 3}]",
                "[null, {\"sku\": \"Y\", \"discount_cents\": 1, \"other\": [1]}]", "[]", "null");
        List<String> odd = List.of("\"items\"", "[1]", "[{\"sku\": \"X1\"}, []]", "{\"sku\": \"X1\"}");
        for (String items : fitting) {
            JsonNode b = JSON.readTree(base.replace("ITEMS", items));
            String expected = WalkDifferentialTest.outcome(() -> TYPE.path(1, 10).forward(doc, b));
            assertTrue(expected.startsWith("result"), expected);
            assertEquals(expected, WalkDifferentialTest.outcome(() -> PutWalkDifferentialTest.invoke(walk, doc, b)),
                    "the walk onto items " + items);
        }
        JsonNode absent = JSON.readTree(base.replace("ITEMS", "[]"));
        ((ObjectNode) absent).remove("items");
        assertEquals(WalkDifferentialTest.outcome(() -> TYPE.path(1, 10).forward(doc, absent)),
                WalkDifferentialTest.outcome(() -> PutWalkDifferentialTest.invoke(walk, doc, absent)));
        for (String items : odd) {
            JsonNode b = JSON.readTree(base.replace("ITEMS", items));
            String expected = WalkDifferentialTest.outcome(() -> TYPE.path(1, 10).forward(doc, b));
            assertTrue(expected.startsWith("failure"), expected);
            assertEquals("result null", WalkDifferentialTest.outcome(() -> PutWalkDifferentialTest.invoke(walk, doc, b)),
                    "the walk gives items " + items + " up");
            assertEquals(expected, WalkDifferentialTest.outcome(() -> generated.translate(doc, 1, 10, b)));
        }
        assertNotEquals(-1, source.indexOf("private static boolean " + check.group(1) + "(JsonNode value)"));
    }

    @Test
    void baseWithoutAddresses_walksWhereTheDocumentsShippingKeepsFields() throws IOException {
        JsonNode empty = JSON.readTree(BASE.replace("ITEMS", "[]").replace(
                "[{\"street\": \"2 Side St\", \"city\": \"B\", \"postalCode\": \"2\"}]", "[]"));
        assertEquals(0, empty.get("addresses").size());
        String expected = WalkDifferentialTest.outcome(() -> TYPE.path(1, 10).forward(doc, empty));
        assertTrue(expected.startsWith("result"), expected);
        assertEquals(expected, WalkDifferentialTest.outcome(() -> PutWalkDifferentialTest.invoke(walk, doc, empty)));
        // a shipping of only the hoisted fields is emptied: the ops one by one remove it, as the interpreter
        ObjectNode bare = doc.deepCopy();
        bare.set("shipping", JSON.readTree("{\"country\": \"DE\"}"));
        String removed = WalkDifferentialTest.outcome(() -> TYPE.path(1, 10).forward(bare, empty));
        assertTrue(removed.startsWith("result") && !removed.contains("addresses\":[{"), removed);
        assertEquals("result null", WalkDifferentialTest.outcome(() -> PutWalkDifferentialTest.invoke(walk, bare, empty)));
        assertEquals(removed, WalkDifferentialTest.outcome(() -> generated.translate(bare, 1, 10, empty)));
        // a base without a customer: the 'vip' added going up is the default, whatever the walk made of the base
        ObjectNode noCustomer = empty.deepCopy();
        noCustomer.remove("customer");
        assertEquals(WalkDifferentialTest.outcome(() -> TYPE.path(1, 10).forward(doc, noCustomer)),
                WalkDifferentialTest.outcome(() -> generated.translate(doc, 1, 10, noCustomer)));
    }

    /** The body of the generated method {@code name}. */
    private static String body(String source, String name) {
        int start = source.indexOf(" " + name + "(");
        assertTrue(start >= 0, name);
        return source.substring(start, source.indexOf("\n    }\n", start));
    }
}
