package dev.lensc.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonValues#equal}: JSON's equality (key order aside, numbers by value), on flat containers
 * (compared without a stack) as on nested ones.
 */
class JsonValuesTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void flatContainers_compareByJsonValue() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode address = mapper.readTree("{\"street\": \"1 Main St\", \"zip\": 12345, \"main\": true, \"note\": null}");
        assertTrue(JsonValues.equal(address, mapper.readTree(
                "{\"zip\": 12345.0, \"note\": null, \"street\": \"1 Main St\", \"main\": true}")));
        assertFalse(JsonValues.equal(address, mapper.readTree(
                "{\"street\": \"1 Main St\", \"zip\": \"12345\", \"main\": true, \"note\": null}")));
        assertFalse(JsonValues.equal(address, mapper.readTree(
                "{\"street\": \"1 Main St\", \"zip\": 12345, \"main\": true, \"other\": null}")));
        assertFalse(JsonValues.equal(address, mapper.readTree("{\"street\": \"1 Main St\", \"zip\": 12345, \"main\": true}")));
        assertFalse(JsonValues.equal(address, mapper.readTree("[\"1 Main St\", 12345, true, null]")));
        assertTrue(JsonValues.equal(mapper.readTree("[1, 2.50, \"a\"]"), mapper.readTree("[1.0, 2.5, \"a\"]")));
        assertFalse(JsonValues.equal(mapper.readTree("[1, 2, 3]"), mapper.readTree("[1, 3, 2]")));
        assertFalse(JsonValues.equal(mapper.readTree("[]"), mapper.readTree("{}")));
        assertFalse(JsonValues.equal(mapper.readTree("[1]"), NODES.numberNode(1)));
        assertFalse(JsonValues.equal(NODES.numberNode(1), mapper.readTree("[1]")));
    }

    @Test
    void integers_compareByValueWhateverTheirNode() {
        assertTrue(JsonValues.equal(NODES.numberNode(7), NODES.numberNode(7L)));
        assertTrue(JsonValues.equal(NODES.numberNode((short) 7), NODES.numberNode(BigInteger.valueOf(7))));
        assertTrue(JsonValues.equal(NODES.numberNode(7), NODES.numberNode(new BigDecimal("7.00"))));
        BigInteger big = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
        assertFalse(JsonValues.equal(NODES.numberNode(big), NODES.numberNode(Long.MIN_VALUE)));
        assertTrue(JsonValues.equal(NODES.numberNode(big), NODES.numberNode(new BigDecimal(big))));
        assertFalse(JsonValues.equal(NODES.numberNode(7), NODES.numberNode(8L)));
    }

    @Test
    void randomValues_agreeWithARecursiveDefinition() {
        Random random = new Random(20261202);
        int equal = 0;
        for (int i = 0; i < 20_000; i++) {
            JsonNode a = value(random, 3);
            JsonNode b = random.nextInt(3) == 0 ? value(random, 3) : variant(a, random);
            boolean expected = reference(a, b);
            equal += expected ? 1 : 0;
            assertEquals(expected, JsonValues.equal(a, b), a + " and " + b);
            assertEquals(expected, JsonValues.equal(b, a), b + " and " + a);
        }
        assertTrue(equal > 2_000 && equal < 18_000, equal + " equal pairs");
    }

    @Test
    void sameText_onlyForValuesWrittenAlike() {
        Random random = new Random(20261203);
        int same = 0;
        for (int i = 0; i < 20_000; i++) {
            JsonNode a = value(random, 1);
            JsonNode b = random.nextInt(3) == 0 ? value(random, 1) : variant(a, random);
            if (JsonValues.sameText(a, b)) {
                same++;
                assertEquals(a.toString(), b.toString());
                assertTrue(JsonValues.equal(a, b), a + " and " + b);
            }
            if (a.toString().equals(b.toString()) && !a.toString().contains(".")) {
                // flat values of texts, ints, longs, booleans and nulls written alike: told so
                assertTrue(JsonValues.sameText(a, b), a + " and " + b);
            }
        }
        assertTrue(same > 2_000, same + " pairs written alike");
        assertFalse(JsonValues.sameText(NODES.numberNode(new BigDecimal("1.0")), NODES.numberNode(new BigDecimal("1.0"))));
    }

    /** A value like {@code a}: the same, reordered, a number written otherwise, or one leaf changed. */
    private static JsonNode variant(JsonNode a, Random random) {
        if (a instanceof ObjectNode o) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(o.properties());
            Collections.shuffle(fields, random);
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> f : fields) {
                out.set(f.getKey(), random.nextInt(8) == 0 ? value(random, 1) : variant(f.getValue(), random));
            }
            return out;
        }
        if (a instanceof ArrayNode arr) {
            ArrayNode out = NODES.arrayNode();
            for (JsonNode item : arr) {
                out.add(random.nextInt(8) == 0 ? value(random, 1) : variant(item, random));
            }
            return out;
        }
        if (a.isIntegralNumber() && random.nextBoolean()) {
            return random.nextBoolean() ? NODES.numberNode(a.longValue()) : NODES.numberNode(a.decimalValue().setScale(2));
        }
        return a;
    }

    private static JsonNode value(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 6);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(3));
            case 3 -> NODES.numberNode(new BigDecimal(random.nextInt(3) + "." + random.nextInt(2)));
            case 4 -> NODES.textNode("t" + random.nextInt(3));
            case 5 -> NODES.numberNode((long) random.nextInt(3));
            case 6 -> {
                ObjectNode o = NODES.objectNode();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    o.set("k" + random.nextInt(4), value(random, depth - 1));
                }
                yield o;
            }
            default -> {
                ArrayNode a = NODES.arrayNode();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    a.add(value(random, depth - 1));
                }
                yield a;
            }
        };
    }

    private static boolean reference(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!b.has(f.getKey()) || !reference(f.getValue(), b.get(f.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!reference(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return !a.isContainerNode() && !b.isContainerNode() && a.equals(b);
    }
}
