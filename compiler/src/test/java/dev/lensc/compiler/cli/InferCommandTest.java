package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.compiler.cli.LenscTest.Run;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code lensc infer}: a first .lens file from documents, then {@code lensc check} on it. */
class InferCommandTest {
    @TempDir
    Path dir;

    /** The documents that come with the samples and examples, one set per document type. */
    static Stream<List<String>> sampleDocuments() {
        return Stream.of(
                List.of("../samples/todo/docs/todo-v1.json"),
                List.of("../samples/todo/docs/todo-v1.json", "../samples/todo/docs/todo-v2.json",
                        "../samples/todo/docs/todo-v3.json"),
                List.of("../samples/github-issue/src/test/resources/issue.json"),
                List.of("../examples/github-issue/original.json"),
                List.of("../examples/github-issue/task.json"));
    }

    @ParameterizedTest
    @MethodSource("sampleDocuments")
    void infer_thenCheck_passes_andEveryDocumentFitsTheVersion(List<String> documents) throws IOException {
        String[] args = Stream.concat(Stream.of("infer", "--name", "Inferred"), documents.stream()).toArray(String[]::new);
        Run r = lensc("", args);
        assertEquals(0, r.code(), r.err());
        Path lens = write("inferred.lens", r.out());
        Run check = lensc("", "check", lens.toString(), "--tries", "200");
        assertEquals(0, check.code(), check.err() + check.out());
        LensFileResult loaded = LensFiles.load(lens);
        DocumentType type = loaded.schema("Inferred").orElseThrow().toDocumentType();
        for (String doc : documents) {
            type.requireFits(1, StrictJson.read(Path.of(doc)));
        }
    }

    @Test
    void infer_todoDocuments_fieldsMissingFromSomeAreOptional() {
        Run r = lensc("", "infer", "../samples/todo/docs/todo-v1.json", "../samples/todo/docs/todo-v3.json");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                // inferred by lensc infer from 2 documents
                schema Todo {
                  version 1 {
                    title: string
                    isDone?: boolean
                    isImportant: boolean
                    createdAt: string
                    assignee?: string
                    status?: string
                    assignees?: [string]
                    groupId?: string
                  }
                }
                """, r.out());
    }

    @Test
    void infer_jsonLines_enumsNullsMapsAndNumbers() throws IOException {
        Path docs = write("issues.jsonl", """
                {"state":"open","closedAt":null,"votes":{"2024-01-01":3},"size":1,"title":"a b"}
                {"state":"closed","closedAt":"2024-02-01","votes":{"2024-01-02":1,"2024-01-03":2},"size":2.5,"title":"c d"}

                {"state":"open","closedAt":null,"votes":{},"size":3000000000,"title":"e f"}
                {"state":"open","votes":{"2024-01-04":7},"size":4,"title":"g h","extra":{"deep":[{"x":true}]}}
                """);
        Run r = lensc("", "infer", "--name", "Issue", docs.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                // inferred by lensc infer from 4 documents
                schema Issue {
                  version 1 {
                    state: enum(open, closed)
                    closedAt?: string?
                    votes: map<int>
                    size: double
                    title: string
                    extra?: { deep: [{ x: boolean }] }
                  }
                }
                """, r.out());
        Run noEnums = lensc("", "infer", "--name", "Issue", "--enum-limit", "0", docs.toString());
        assertTrue(noEnums.out().contains("    state: string\n"), noEnums.out());
        Path counts = write("counts.json", "{\"counts\":{\"apples\":1,\"pears\":2,\"plums\":3}}");
        assertTrue(lensc("", "infer", counts.toString()).out().contains("    counts: { apples: int, pears: int, plums: int }\n"));
        Run fewMapKeys = lensc("", "infer", "--map-keys", "2", counts.toString());
        assertTrue(fewMapKeys.out().contains("    counts: map<int>\n"), fewMapKeys.out());
    }

    @Test
    void infer_inconsistentDocuments_valuesOfUnrelatedKindsAreAny_andTheFileStillChecks() throws IOException {
        Path docs = write("mixed.jsonl", "{\"a\":1,\"b\":[1]}\n{\"a\":\"x\",\"b\":{\"c\":1}}\n{\"c\":null}\n");
        Run r = lensc("", "infer", docs.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("    a?: any\n    b?: any\n    c?: any\n"), r.out());
        assertEquals(0, lensc("", "check", write("mixed.lens", r.out()).toString(), "--tries", "50").code());
    }

    @Test
    void infer_deepNesting_describes32Levels_andChecks() throws IOException {
        int depth = 100_000 - 10;
        Path doc = write("deep.json", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
        Run r = lensc("", "infer", doc.toString());
        assertEquals(0, r.code(), r.err());
        // the root and 31 objects below it; the 32nd level down is any
        assertEquals(31, r.out().split("a: \\{", -1).length - 1, r.out());
        assertTrue(r.out().contains("a: { a: any }"), r.out());
        assertEquals(0, lensc("", "check", write("deep.lens", r.out()).toString(), "--tries", "20").code());
    }

    @Test
    void infer_hostileInput_oneErrorLine_exit1() throws IOException {
        assertOneError(lensc("", "infer", write("empty.json", "").toString()), "empty.json: no JSON document");
        assertOneError(lensc("", "infer", write("blank.jsonl", "\n  \n").toString()), "blank.jsonl: no documents");
        assertOneError(lensc("", "infer", write("bad.jsonl", "{\"a\":1}\n{\"a\":}\n").toString()), "bad.jsonl:2:6: invalid JSON");
        assertOneError(lensc("", "infer", write("dup.json", "{\"a\":1,\"a\":2}").toString()), "duplicate key \"a\"");
        assertOneError(lensc("", "infer", write("array.json", "[1]").toString()),
                "array.json: expected an object (a version describes JSON objects), found array");
        Run none = lensc("", "infer");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("error: give the example documents"), none.err());
    }

    static void assertOneError(Run r, String fragment) {
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: ") && r.err().indexOf('\n') == r.err().length() - 1, r.err());
        assertTrue(r.err().contains(fragment), r.err());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
