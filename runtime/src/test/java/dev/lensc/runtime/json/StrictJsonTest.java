package dev.lensc.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private static JsonNode bytes(byte... json) {
        return StrictJson.read(new ByteArrayInputStream(json), "doc.json");
    }

    private static JsonNode utf8(String json) {
        return bytes(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String refused(String json) {
        return assertThrows(JsonReadException.class, () -> utf8(json)).getMessage();
    }

    private static byte[] concat(String before, int[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : middle) {
            out.write(b);
        }
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // --- duplicate keys ---

    @Test
    void duplicateKey_isAnErrorAtTheSecondKey_withItsPointer() {
        assertEquals("doc.json:3:12: duplicate key \"x\" at /a/0/x (each key may appear once in an object)",
                refused("{\"a\": [\n  {\"x\": 1,\n   \"y\": 2, \"x\": 3}]}"));
    }

    @Test
    void sameKeyInTwoObjects_isFine() {
        assertEquals("{\"a\":{\"x\":1},\"b\":{\"x\":2}}", StrictJson.compact(utf8("{\"a\":{\"x\":1},\"b\":{\"x\":2}}")));
    }

    @Test
    void jacksonAloneKeepsTheLastOfTwoKeys_whichIsWhatStrictJsonRefuses() throws IOException {
        assertEquals(2, new ObjectMapper().readTree("{\"x\":1,\"x\":2}").get("x").intValue());
    }

    // --- UTF-8 ---

    @Test
    void aByteThatCannotStartACharacter_isAnErrorAtItsByteOffset() {
        JsonReadException e = assertThrows(JsonReadException.class, () -> bytes(concat("{\"x\":\"", new int[] {0xff}, "\"}")));
        assertEquals("doc.json: invalid UTF-8 at byte offset 6 (0xff); JSON text must be UTF-8", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void overlongForms_encodedSurrogates_andCutOffSequences_areNotUtf8() {
        for (int[] bad : new int[][] {{0xc0, 0xaf}, {0xed, 0xa0, 0x80}, {0xe2, 0x82}, {0x80}, {0xf4, 0x90, 0x80, 0x80}}) {
            String m = assertThrows(JsonReadException.class, () -> bytes(concat("[\"ab\", \"", bad, "\"]"))).getMessage();
            assertTrue(m.startsWith("doc.json: invalid UTF-8 at byte offset 8 "), m);
        }
        String m = assertThrows(JsonReadException.class, () -> bytes(concat("\"", new int[] {0xe2, 0x82}, ""))).getMessage();
        assertTrue(m.startsWith("doc.json: invalid UTF-8 at byte offset 1 "), m);
    }

    @Test
    void theOffsetCountsBytesAcrossBufferBoundaries() {
        String filler = "é".repeat(70_000); // 140,000 bytes: past the reader's 64 KiB buffer
        String m = assertThrows(JsonReadException.class, () -> bytes(concat("\"" + filler, new int[] {0xfe}, "\"")))
                .getMessage();
        assertTrue(m.contains("byte offset 140001 "), m);
    }

    @Test
    void multiByteCharacters_andAByteOrderMark_read() {
        assertEquals("größe 😀", bytes(concat("", new int[] {0xef, 0xbb, 0xbf}, "\"größe 😀\"")).textValue());
    }

    // --- lone surrogates ---

    @Test
    void loneSurrogates_inStringsAndKeys_areErrorsWithTheirPlace() {
        assertEquals("doc.json:1:7: a string with a lone surrogate \\ud800 at /x (half of a UTF-16 pair is not a"
                + " Unicode character)", refused("{\"x\": \"\\ud800x\"}"));
        assertTrue(refused("[1, \"\\udc00\"]").startsWith("doc.json:1:5: a string with a lone surrogate \\udc00 at /1 "));
        assertTrue(refused("{\"a\": {\"\\ud83d\": 1}}").startsWith("doc.json:1:8: a key with a lone surrogate \\ud83d at /a "));
        assertTrue(refused("\"\\ude00\\ud83d\"").contains("lone surrogate \\ude00 at the root"));
    }

    @Test
    void aSurrogatePair_isOneCharacter() {
        assertEquals("😀", utf8("\"\\ud83d\\ude00\"").textValue());
    }

    // --- numbers ---

    @Test
    void numbers_printBackAsWritten() {
        String json = "[-0.0,1e400,1180591620717411303424,0.1,1.0,1,1E5,1.50,-0,0.0000001,-1.5E-7,"
                + "9223372036854775807,9223372036854775808,-2147483649,12345678901234567890.123456789e-3]";
        assertEquals(json, StrictJson.compact(utf8(json)));
        assertEquals(json, utf8(json).toString(), "Jackson's own printing keeps them too");
    }

    @Test
    void numbers_keepTheirValues() {
        JsonNode n = utf8("[-0.0, 1e400, 1180591620717411303424, 0.1, -0, 1E5]");
        assertEquals(0, Double.compare(-0.0, n.get(0).doubleValue()));
        assertEquals(new BigDecimal("1e400"), n.get(1).decimalValue());
        assertTrue(n.get(1).isFloatingPointNumber());
        assertEquals(BigInteger.TWO.pow(70), n.get(2).bigIntegerValue());
        assertTrue(n.get(2).isBigInteger());
        assertEquals(new BigDecimal("0.1"), n.get(3).decimalValue());
        assertTrue(n.get(4).isInt() && n.get(4).canConvertToInt() && n.get(4).intValue() == 0);
        assertEquals(0, new BigDecimal(100000).compareTo(n.get(5).decimalValue()));
        assertTrue(JsonValues.equal(n.get(0), utf8("0.0")), "-0.0 and 0.0 are the same JSON value");
        assertFalse(n.get(0).equals(utf8("0.0")), "but not the same text");
    }

    @Test
    void aNumberPastTheLimit_isAPositionedError() {
        String m = refused("[1, " + "9".repeat(StrictJson.MAX_NUMBER_LENGTH + 1) + "]");
        assertTrue(m.matches("doc\\.json:1:\\d+: a number longer than 100000 characters, Lensc's limit"), m);
    }

    // --- limits and depth ---

    @Test
    void nestingUpToTheLimit_readsAndWrites_withoutRecursion() {
        int depth = StrictJson.MAX_DEPTH;
        String json = "[".repeat(depth) + "-0.0" + "]".repeat(depth);
        JsonNode deep = utf8(json); // on the test's own thread: neither read nor write may recurse
        assertEquals(json, StrictJson.compact(deep));
    }

    @Test
    void pretty_ofADeepValue_growsWithItsDepth_notWithItsSquare() {
        int depth = 10_000;
        JsonNode deep = utf8("[".repeat(depth) + "]".repeat(depth));
        String pretty = StrictJson.pretty(deep);
        long lineAtMostIndented = 2L * StrictJson.MAX_INDENT_LEVELS + 2;
        assertTrue(pretty.length() < 2 * depth * lineAtMostIndented, "indentation stops growing: " + pretty.length());
        assertTrue(pretty.startsWith("[\n  [\n    [\n"), pretty.substring(0, 20));
        assertEquals(StrictJson.compact(deep), StrictJson.compact(utf8(pretty)));
    }

    @Test
    void nestingPastTheLimit_isLenscsOwnPositionedError() {
        int depth = StrictJson.MAX_DEPTH + 1;
        String m = refused("{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}");
        assertEquals("doc.json:1:100005: the document nests deeper than 100000 levels, Lensc's limit", m);
    }

    @Test
    void longStrings_readPastJacksonsDefaultLimit() {
        String big = "x".repeat(21_000_000); // Jackson's default limit: 20,000,000 characters
        assertEquals(big.length(), utf8("[\"" + big + "\"]").get(0).textValue().length());
    }

    @Test
    void notJson_empty_andTrailingContent_arePositionedErrors() {
        assertTrue(refused("{\"a\": }").startsWith("doc.json:1:7: invalid JSON: "), refused("{\"a\": }"));
        assertEquals("doc.json: no JSON document (the input is empty)", refused("  \n"));
        assertTrue(refused("{} {}").startsWith("doc.json:1:4: invalid JSON: "), refused("{} {}"));
        assertTrue(refused("[NaN]").startsWith("doc.json:1:"), refused("[NaN]"));
    }

    @Test
    void pretty_indentsAsJsonStringifyDoes() {
        assertEquals("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": []\n}", StrictJson.pretty(utf8("{\"a\":[1,{}],\"b\":[]}")));
    }

    @Test
    void brief_writesOnlyTheStart_ofAValueOfAnyDepth() {
        JsonNode deep = utf8("[".repeat(50_000) + "]".repeat(50_000));
        assertEquals("[".repeat(57) + "...", JsonValues.brief(deep));
        assertEquals("-0.0", JsonValues.brief(utf8("-0.0")));
    }

    @Test
    void equal_comparesValuesOfAnyDepth_onAnyThread_numbersByValue_keysInAnyOrder() {
        String deep = "[".repeat(StrictJson.MAX_DEPTH - 1);
        String end = "]".repeat(StrictJson.MAX_DEPTH - 1);
        assertTrue(JsonValues.equal(utf8(deep + "{\"a\": 1, \"b\": -0.0}" + end), utf8(deep + "{\"b\": 0, \"a\": 1.0}" + end)));
        assertFalse(JsonValues.equal(utf8(deep + "{\"a\": 1, \"b\": 0}" + end), utf8(deep + "{\"a\": 1, \"c\": 0}" + end)));
        assertFalse(JsonValues.equal(utf8("[1, [2]]"), utf8("[1, [2, 3]]")));
        assertFalse(JsonValues.equal(utf8("{\"a\": null}"), utf8("{\"b\": null}")));
        assertFalse(JsonValues.equal(utf8("\"1\""), utf8("1")));
        assertTrue(JsonValues.equal(null, null));
        assertFalse(JsonValues.equal(utf8("{}"), null));
    }

    @Test
    void deepStack_returnsTheResult_andRethrowsWhatTheWorkThrows() {
        assertEquals("[]", DeepStack.call(() -> StrictJson.compact(utf8("[]"))));
        assertThrows(JsonReadException.class, () -> DeepStack.call(() -> utf8("{")));
        assertThrows(StackOverflowError.class, () -> DeepStack.call(() -> {
            throw new StackOverflowError();
        }));
    }

    // --- several documents (JSON Lines) ---

    private static java.util.List<String> each(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        long n = StrictJson.readEach(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "ops.jsonl",
                v -> out.add(StrictJson.compact(v)));
        assertEquals(out.size(), n);
        return out;
    }

    @Test
    void readEach_readsOneDocumentALine_orOneDocumentOverSeveralLines_orNone() {
        assertEquals(java.util.List.of("{\"a\":1.0}", "[1,2]", "\"x\""), each("{\"a\":1.0}\n[1,2]\n\n\"x\"\n"));
        assertEquals(java.util.List.of("{\"a\":[1]}"), each("{\n  \"a\": [\n    1\n  ]\n}\n"));
        assertEquals(java.util.List.of(), each(" \n"));
    }

    @Test
    void readEach_isAsStrictAsRead_andNamesTheLineInTheWholeInput() {
        JsonReadException e = assertThrows(JsonReadException.class, () -> each("{\"a\":1}\n{\"b\":1,\"b\":2}\n"));
        assertTrue(e.getMessage().startsWith("ops.jsonl:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate key \"b\" at /b"), e.getMessage());
        assertTrue(assertThrows(JsonReadException.class, () -> each("{\"a\":1}\n{\"b\":\n"))
                .getMessage().startsWith("ops.jsonl:3:"));
    }
}
