package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.InferCommandTest.assertOneError;
import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.compiler.cli.LenscTest.Run;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lensc suggest}: the todo sample's lenses from its documents and versions, other moves, hostile input. */
class SuggestCommandTest {
    static final String DOCS = "../samples/todo/docs/";
    static final String LENS = "../samples/todo/src/main/lens/todo-item.lens";

    @TempDir
    Path dir;

    @Test
    void todoDocuments_v2ToV3_wrapRenameAndAdd_andTheLensChecks() throws IOException {
        Run r = lensc("", "suggest", DOCS + "todo-v2.json", DOCS + "todo-v3.json", "--name", "TodoItem");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("""
                    wrap assignee // 0.90: a value became an array of it
                    rename assignee -> assignees // 0.88: similar name and values (score 0.88)
                    add groupId: string = "" // 0.60: only the newer version has it
                """), r.out());
        assertTrue(r.out().contains("// decide: 'groupId' is added with the default \"\""), r.out());
        Path lens = write("suggested.lens", r.out());
        Run check = lensc("", "check", lens.toString(), "--tries", "200");
        assertEquals(0, check.code(), check.out() + check.err());
        assertEquals(0, lensc("", "fmt", "--check", lens.toString()).code());
    }

    @Test
    void todoDocuments_v1ToV2_renameAndConvertFromThePairedValues_andSaysWhatIsLeftToDecide() {
        Run r = lensc("", "suggest", DOCS + "todo-v1.json", DOCS + "todo-v2.json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("""
                    convert isDone: boolean -> string { // 0.50: the values change type; the table pairs the examples' values
                      false <-> "blocked"
                    }
                    rename isDone -> status // 0.35: the only field left on each side
                """), r.out());
        assertTrue(r.out().contains("// decide: 'isDone': what does true become?"), r.out());
        assertTrue(r.out().contains("// lensc check reports, until the decisions above are made:\n"
                + "//   Todo.lens:16:5: error: convert table of 'isDone' has no entry for true going forward"), r.out());
    }

    @Test
    void todoLensVersions_2To3_recoversTheSamplesLens() throws IOException {
        Run r = lensc("", "suggest", LENS + "@2", LENS + "@3");
        assertEquals(0, r.code(), r.err());
        Path lens = write("suggested.lens", r.out());
        LinkedSchema suggested = LensFiles.load(lens).schemas().get(0);
        LinkedSchema sample = LensFiles.load(Path.of(LENS)).schemas().get(0);
        // the restated version 2 checks: the suggested lens derives the sample's version 3 exactly
        assertEquals(sample.type(3), suggested.type(2));
        assertEquals(ops(sample.lenses().get(1)), ops(suggested.lenses().get(0)));
        assertEquals(sample.lenses().get(1).acceptedLosses(), suggested.lenses().get(0).acceptedLosses());
        assertEquals(0, lensc("", "check", lens.toString(), "--tries", "200").code());
    }

    @Test
    void todoLensVersions_1To2_leavesTheTableToTheUser_valueByValue() {
        Run r = lensc("", "suggest", LENS + "@1", LENS + "@2");
        assertEquals(0, r.code(), r.err());
        for (String v : new String[] {"true", "false"}) {
            assertTrue(r.out().contains("// decide: 'isDone': what does " + v + " become?"), r.out());
        }
        for (String v : new String[] {"active", "done", "blocked", "halted"}) {
            assertTrue(r.out().contains("// decide: 'isDone': what does \"" + v + "\" become in the older version?"), r.out());
        }
        assertTrue(r.out().contains("    rename isDone -> status // 0.35"), r.out());
        assertTrue(!r.out().contains("lossy"), "no losses declared for an undecided table: " + r.out());
    }

    @Test
    void documents_hoistPlungeAndNestedRenames() throws IOException {
        Path older = write("old.json", "{\"id\":1,\"meta\":{\"city\":\"Oslo\",\"zip\":\"0150\"},\"tag\":\"x\","
                + "\"items\":[{\"qty\":2}]}");
        Path newer = write("new.json", "{\"id\":1,\"city\":\"Oslo\",\"meta\":{\"zip\":\"0150\",\"tag\":\"x\"},"
                + "\"items\":[{\"quantity\":2}]}");
        Run r = lensc("", "suggest", older.toString(), newer.toString(), "--name", "Doc");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("""
                    hoist meta.city // 0.80: 'city' left object 'meta'
                    plunge tag -> meta // 0.80: 'tag' went into object 'meta'
                    in items { // 0.59: inside the items of 'items'
                      map {
                        rename qty -> quantity
                      }
                    }
                """), r.out());
        assertEquals(0, lensc("", "check", write("doc.lens", r.out()).toString(), "--no-laws").code());
    }

    @Test
    void jsonSchemas_renameByNameAndWideningConvert() throws IOException {
        Path older = write("old.schema.json", "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
                + "\"properties\":{\"fullname\":{\"type\":\"string\"},\"n\":{\"type\":\"integer\"}},\"required\":[\"fullname\",\"n\"]}");
        Path newer = write("new.schema.json", "{\"type\":\"object\",\"properties\":{\"full_name\":{\"type\":\"string\"},"
                + "\"n\":{\"type\":\"number\"}},\"required\":[\"full_name\",\"n\"]}");
        Run r = lensc("", "suggest", older.toString(), newer.toString(), "--name", "P");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("    convert n: long -> double { // 0.80: a wider type\n    }\n"
                + "    rename fullname -> full_name // 0.90: similar name (score 0.90)\n"), r.out());
        assertTrue(r.out().contains("  version 2 {\n    full_name: string\n    n: double\n  }\n"), r.out());
    }

    static final String CONTACTS = "../samples/contacts/";

    @Test
    void contactDocuments_v1ToV2_splitTheName_andTheFileChecks() throws IOException {
        Run r = lensc("", "suggest", CONTACTS + "docs/contacts-v1.jsonl", CONTACTS + "docs/contacts-v2.jsonl", "--name", "Contact");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("    split name -> first, last by \" \" // 0.90: the examples' values joined at \" \" (4 examples)\n"),
                r.out());
        assertTrue(r.out().contains("// decide: 'phone' changes from string to object: if its text went into the object's"
                + " fields, split it into them"), r.out());
        assertTrue(!r.out().contains("remove name") && !r.out().contains("add first"), r.out());
        Run check = lensc("", "check", write("contact.lens", r.out()).toString(), "--tries", "200");
        assertEquals(0, check.code(), check.out() + check.err());
    }

    @Test
    void contactDocuments_v2ToV1_mergeTheName() {
        Run r = lensc("", "suggest", CONTACTS + "docs/contacts-v2.jsonl", CONTACTS + "docs/contacts-v1.jsonl", "--name", "Contact");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("    merge first, last -> name by \" \" // 0.90"), r.out());
    }

    @Test
    void contactLensVersions_1To2_splitFromTheNamesAlone_withLowConfidence_andTheFileChecks() throws IOException {
        String lens = CONTACTS + "src/main/lens/contact.lens";
        Run r = lensc("", "suggest", lens + "@1", lens + "@2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("    // decide: 'name' is split into first, last at a space from the names alone:"
                + " check the separator against real documents\n"), r.out());
        assertTrue(r.out().contains("    split name -> first, last by \" \" // 0.30: the names of a person's name and its"
                + " parts; no example shows the separator\n"), r.out());
        assertEquals(0, lensc("", "check", write("contact.lens", r.out()).toString(), "--tries", "200").code());
    }

    @Test
    void aSplitThatDerivesTheNewerVersion_isHeldToItByCheck() throws IOException {
        Path older = write("old.jsonl", "{\"name\":\"Ada Lovelace\",\"age\":36}\n{\"name\":\"Mary Ann Smith\",\"age\":3}\n");
        Path newer = write("new.jsonl", "{\"first\":\"Ada\",\"last\":\"Lovelace\",\"age\":36}\n"
                + "{\"first\":\"Mary Ann\",\"last\":\"Smith\",\"age\":3}\n");
        Run r = lensc("", "suggest", older.toString(), newer.toString(), "--name", "P");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("split name -> first, last by \" \" // 0.50: the examples' values joined at \" \","
                + " but the split gives 1 of 2 examples"), r.out());
        assertTrue(r.out().contains("  version 2 {\n    first: string\n    last: string\n    age: int\n  }\n"), r.out());
        assertEquals(0, lensc("", "check", write("p.lens", r.out()).toString(), "--tries", "200").code());
        // unpaired examples (two and three documents) tell nothing by value: names still do
        Path three = write("three.jsonl", "{\"first\":\"Ann\",\"last\":\"Berg\",\"age\":1}\n"
                + "{\"first\":\"Cy\",\"last\":\"Dahl\",\"age\":2}\n{\"first\":\"Eve\",\"last\":\"Falk\",\"age\":3}\n");
        assertTrue(lensc("", "suggest", older.toString(), three.toString()).out().contains("split name -> first, last by \" \" // 0.30"));
    }

    @Test
    void hostileInput() throws IOException {
        Path empty = write("empty.json", "");
        assertOneError(lensc("", "suggest", empty.toString(), DOCS + "todo-v1.json"), "empty.json: no JSON document");
        Path array = write("array.json", "[]");
        assertOneError(lensc("", "suggest", DOCS + "todo-v1.json", array.toString()), "found array");
        Run one = lensc("", "suggest", DOCS + "todo-v1.json");
        assertEquals(2, one.code());
        Run noVersion = lensc("", "suggest", LENS + "@7", LENS);
        assertEquals(2, noVersion.code());
        assertTrue(noVersion.err().contains("has no version 7 (versions: [1, 2, 3])"), noVersion.err());
        // inconsistent documents on one side: fields of unrelated kinds are any, and nothing breaks
        Path mixed = write("mixed.jsonl", "{\"a\":1}\n{\"a\":\"x\"}\n");
        Path other = write("other.jsonl", "{\"a\":true}\n{\"b\":[1]}\n");
        Run r = lensc("", "suggest", mixed.toString(), other.toString());
        assertEquals(0, r.code(), r.err());
        int depth = 50_000;
        Path deep = write("deep.json", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
        Path deeper = write("deeper.json", "{\"b\":".repeat(depth) + "1" + "}".repeat(depth));
        Run d = lensc("", "suggest", deep.toString(), deeper.toString());
        assertEquals(0, d.code(), d.err());
        assertTrue(d.out().contains("rename a -> b"), d.out());
    }

    private static Set<String> ops(dev.lensc.dsl.LinkedLens lens) {
        return lens.lens().ops().stream().map(Object::toString).collect(Collectors.toSet());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
