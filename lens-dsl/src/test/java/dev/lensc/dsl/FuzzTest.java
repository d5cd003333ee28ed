package dev.lensc.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lensc.dsl.parser.LensLexer;
import dev.lensc.runtime.graph.DocumentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broken input only ever yields diagnostics: valid files mutated at random (tokens and characters
 * deleted, duplicated, swapped, inserted) and random token soup. Seeded, so a failure names the
 * seed and the input that reproduces it.
 */
class FuzzTest {
    private static final long SEED = 0x1e45c0deL;
    private static final int MUTATED = 10_000;
    private static final int SOUP = 2_000;
    private static final long TIME_LIMIT_MS = 2_000;

    /** Every literal token of the grammar (keywords and punctuation), so a new keyword is fuzzed without a word here. */
    static final List<String> GRAMMAR_LITERALS = grammarLiterals();
    private static final String[] VOCABULARY = vocabulary();

    private static List<String> grammarLiterals() {
        Vocabulary v = LensLexer.VOCABULARY;
        List<String> out = new ArrayList<>();
        for (int type = 1; type <= v.getMaxTokenType(); type++) {
            String literal = v.getLiteralName(type);
            if (literal != null) {
                out.add(literal.substring(1, literal.length() - 1));
            }
        }
        return out;
    }

    private static String[] vocabulary() {
        List<String> out = new ArrayList<>(GRAMMAR_LITERALS);
        out.addAll(List.of("1", "2", "3", "0", "-1", "1.5e3", "99999999999", "\"done\"", "\"a\\\"b\"", "`class`",
                "title", "isDone", "status", "größe", "x", "y", "PutGet", "CreateGet",
                "dev.lensc.dsl.testlenses.ReversedText", "java.lang.String", "/* c */", "// c\n", "\n", "/^(\\d+) (.*)$/",
                "\"{a} {b}\""));
        return out.toArray(String[]::new);
    }

    private static final String CHARS = "{}[]()<>-=:;,.?\"`/*\\ \n\tabcxyz019éß名#~";

    private static final List<String> CORPUS = new ArrayList<>();
    private static ExecutorService worker;

    @BeforeAll
    static void setUp() throws IOException {
        CORPUS.add(Files.readString(Path.of("../samples/todo/src/main/lens/todo-item.lens")));
        CORPUS.add("""
                package com.example.all;
                /* every construct */
                schema All {
                  version 1 {
                    name: string
                    phone: string
                    "odd \\" name": int = 1
                    `class`: string? = null
                    tags: [string] = ["a"]
                    counts: map<int> = {"x": 1}
                    addr: { city: string, street: string = "" }
                    items: [{ n: int, label: enum(a, b) }]
                    level: enum(low, high)
                    score: double = 1.5e3
                    big: long = -7
                    flag: boolean = true
                    blob: any
                    stats: { n: int = 0 }
                  }
                  lens 1 -> 2 "everything" {
                    rename name -> fullName
                    add note: string? = null
                    remove blob: any = null
                    hoist addr.city
                    plunge score -> stats
                    wrap `class` -> classes
                    head tags
                    in addr { rename street -> road }
                    map items { rename n -> count; in label { } }
                    convert level: enum(low, high) -> int { "low" <-> 1; "high" <-> 2; else <- "low" }
                    convert flag { true <-> "yes" false <-> "no" false <- "maybe" }
                    custom fullName using dev.lensc.dsl.testlenses.ReversedText
                  }
                  lens 2 -> 3 {
                    in counts { }
                    split fullName -> first, last = "?" by " "
                    split phone -> area, number by /^\\((\\d+)\\) (.*)$/ format "({area}) {number}" else -> number: phone
                    merge last, area -> tail by ", "
                    lossy PutGet, CreateGet "names with spaces"
                  }
                  semantic tags
                  epoch 3 { reject writes to tags from versions < 3: "resync"  accept writes to note from versions < 3 }
                  mode read-new-write-both
                  gate tags min-version 2: "tags are one string now"
                  envelope "rich" { _id: id "{type}@{version}:{key}"  v: version }
                }
                schema Small { version 4 { a: int } lens 4 -> 5 { add b: int = 2 } }
                schema Reused {
                  version 1 { flag: boolean  note?: string  box: { n?: int } }
                  lens 1 -> 2 { remove flag: boolean = false }
                  lens 2 -> 3 { add flag: int = 0; reuse flag "no v1 reader remains"; lossy PutGet "new flags" }
                }
                """);
        CORPUS.add("""
                schema P {
                  version 1 { name: string }
                  lens 1 -> 2 "add age" { add age: int = 18 }
                  lens 2 -> 3 { rename name -> fullName }
                  lens 2 -> 4 { remove age: int = 18 }
                  version 3 { fullName: string  age: int = 18 }
                }""");
        CORPUS.add("""
                schema Status { version 1 { todoId: string  done: boolean  at?: string } }
                schema TodoItem {
                  version 1 { title: string  isDone: boolean  doneAt?: string }
                  lens 1 -> 2 { remove isDone: boolean = false  remove doneAt: string  add note: string = "" }
                  assemble version 1 {
                    isDone, doneAt from Status version 1 by todoId { rename done -> isDone; rename at -> doneAt }
                  }
                }""");
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lens-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void tearDown() {
        worker.shutdownNow();
    }

    @Test
    void vocabulary_holdsEveryKeywordOfTheGrammar() {
        List<String> vocabulary = List.of(VOCABULARY);
        for (String keyword : List.of("lossy", "reuse", "package", "epoch", "<->", "?")) {
            assertTrue(vocabulary.contains(keyword), keyword);
        }
        // every token has a literal but NUMBER, STRING, BACKTICKED, REGEX, IDENT and the skipped comments and spaces
        assertEquals(LensLexer.VOCABULARY.getMaxTokenType() - 8, GRAMMAR_LITERALS.size(), GRAMMAR_LITERALS::toString);
    }

    @Test
    void corpus_isValid() {
        for (String text : CORPUS) {
            LensFileResult r = LensFiles.parse("fuzz.lens", text);
            assertTrue(r.errors().isEmpty(), r.formatDiagnostics());
        }
    }

    @Test
    void mutatedFiles_onlyYieldDiagnostics() throws Exception {
        Random random = new Random(SEED);
        int withErrors = 0;
        for (int i = 0; i < MUTATED; i++) {
            String input = mutate(CORPUS.get(random.nextInt(CORPUS.size())), random);
            if (check(input, "mutated input #" + i).hasErrors()) {
                withErrors++;
            }
        }
        // the mutations must actually break things most of the time, or the test proves little
        assertTrue(withErrors > MUTATED / 2, "only " + withErrors + " mutated inputs had errors");
    }

    @Test
    void tokenSoup_onlyYieldsDiagnostics() throws Exception {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < SOUP; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(random.nextInt(4) == 0 ? "\n" : " ");
            }
            check(sb.toString(), "soup input #" + i);
        }
    }

    @Test
    void sameSeed_sameDiagnostics() throws Exception {
        for (int round = 0; round < 2; round++) {
            Random a = new Random(SEED);
            Random b = new Random(SEED);
            for (int i = 0; i < 100; i++) {
                String x = mutate(CORPUS.get(a.nextInt(CORPUS.size())), a);
                String y = mutate(CORPUS.get(b.nextInt(CORPUS.size())), b);
                assertEquals(x, y);
                assertEquals(check(x, "#" + i).diagnostics(), check(y, "#" + i).diagnostics());
            }
        }
    }

    @Test
    void deeplyNestedInput_isADiagnostic() throws Exception {
        String deepType = "schema D { version 1 { a: " + "[".repeat(20_000) + "int" + "]".repeat(20_000) + " } }";
        String deepValue = "schema D { version 1 { a: any = " + "[".repeat(20_000) + "]".repeat(20_000) + " } }";
        for (String input : List.of(deepType, deepValue)) {
            LensFileResult r = check(input, "deep input");
            assertTrue(r.hasErrors() || !r.schemas().isEmpty(), r.formatDiagnostics());
        }
    }

    /** Runs one input under the time limit and checks that the result is well-formed. */
    private static LensFileResult check(String input, String what) throws InterruptedException {
        Future<LensFileResult> future = worker.submit(() -> LensFiles.parse("fuzz.lens", input));
        LensFileResult r;
        try {
            r = future.get(TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = Executors.newSingleThreadExecutor();
            fail(what + " (seed " + SEED + ") took longer than " + TIME_LIMIT_MS + " ms:\n" + input);
            return null;
        } catch (ExecutionException e) {
            throw new AssertionError(what + " (seed " + SEED + ") threw " + e.getCause() + " for:\n" + input, e.getCause());
        }
        int lines = (int) input.chars().filter(c -> c == '\n').count() + 1;
        for (Diagnostic d : r.diagnostics()) {
            // messages as suppliers: building them eagerly for every diagnostic would dominate the run
            assertEquals("fuzz.lens", d.location().file(), () -> what);
            assertTrue(d.location().line() >= 1 && d.location().line() <= lines, () -> what + ": " + d + "\n" + input);
            assertTrue(d.location().column() >= 1, () -> what + ": " + d);
            assertFalse(d.message().isBlank(), () -> what + ": " + d);
            assertTrue(d.format().startsWith(d.location() + ": "), () -> what + ": " + d);
        }
        if (!r.hasErrors()) {
            for (LinkedSchema s : r.schemas()) {
                DocumentType type;
                try {
                    type = s.toDocumentType();
                } catch (RuntimeException e) {
                    throw new AssertionError(what + ": linked without errors, but the runtime rejects it:\n" + input, e);
                }
                for (int v : s.versions()) {
                    assertEquals(s.type(v), type.schema(v).orElseThrow(), () -> what + ": runtime derives another"
                            + " version for:\n" + input);
                }
            }
        } else {
            assertTrue(r.diagnostics().stream().anyMatch(Diagnostic::isError));
        }
        return r;
    }

    private static String mutate(String text, Random random) {
        String out = text;
        int n = 1 + random.nextInt(4);
        for (int k = 0; k < n; k++) {
            out = random.nextBoolean() ? mutateTokens(out, random) : mutateChars(out, random);
        }
        return out;
    }

    private static String mutateTokens(String text, Random random) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            tokens.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        int i = random.nextInt(tokens.size());
        int j = random.nextInt(tokens.size());
        switch (random.nextInt(5)) {
            case 0 -> tokens.remove(i);
            case 1 -> tokens.add(i, tokens.get(i));
            case 2 -> {
                String t = tokens.get(i);
                tokens.set(i, tokens.get(j));
                tokens.set(j, t);
            }
            case 3 -> tokens.set(i, VOCABULARY[random.nextInt(VOCABULARY.length)]);
            default -> tokens.add(i, VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append(t).append(t.startsWith("//") || random.nextInt(8) == 0 ? "\n" : " ");
        }
        return sb.toString();
    }

    /** Roughly the lexer's tokens (a hand-written scanner: a regex made mutation the slowest part of the test). */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '"' || c == '`') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    i += c == '"' && text.charAt(i) == '\\' && i + 1 < n ? 2 : 1;
                }
                i = Math.min(n, i + 1);
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (text.startsWith("<->", i)) {
                i += 3;
            } else if (text.startsWith("<-", i) || text.startsWith("->", i)) {
                i += 2;
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                i++;
                while (i < n && (Character.isDigit(text.charAt(i)) || ".eE+-".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    private static String mutateChars(String text, Random random) {
        if (text.isEmpty()) {
            return String.valueOf(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        StringBuilder sb = new StringBuilder(text);
        int i = random.nextInt(sb.length());
        switch (random.nextInt(5)) {
            case 0 -> sb.deleteCharAt(i);
            case 1 -> sb.insert(i, sb.charAt(i));
            case 2 -> {
                int j = Math.min(sb.length() - 1, i + 1);
                char c = sb.charAt(i);
                sb.setCharAt(i, sb.charAt(j));
                sb.setCharAt(j, c);
            }
            case 3 -> sb.insert(i, CHARS.charAt(random.nextInt(CHARS.length())));
            default -> sb.setLength(i);
        }
        return sb.toString();
    }
}
