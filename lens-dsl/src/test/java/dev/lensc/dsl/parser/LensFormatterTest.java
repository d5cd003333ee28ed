package dev.lensc.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LensFormatterTest {

    static Stream<Path> sampleLensFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("..", "samples"))) {
            return files.filter(p -> p.toString().endsWith(".lens") && !p.toString().contains("target"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sampleLensFiles")
    void samples_areAlreadyFormatted(Path file) throws IOException {
        String text = Files.readString(file);
        assertEquals(text, format(text));
    }

    static final String MESSY = """
            /* header
               block */
            package   com.example.x ;
            schema   Todo{version 1{title:string;isDone:boolean,   note ? : string   // why optional
            tags:[string]=["a","b",]
               meta: {a: int, b:map<  [int] >}


               addr: {
                  // the street
                  street: string
                  city: string? = null }
            }
              lens 1->2 "desc"{rename isDone->status;convert status:boolean->enum(active,done){true<->"done" // yes
              false<->"active"
              else <- false}
              in addr { rename street -> road }    hoist addr.city
              lossy PutGet,CreateGet "why"
              }
              mode read-new-write-old
              epoch 2 { reject writes to tags from versions<2:"x" }
              // trailing comment in schema

            }
            // end of file
            """;

    @Test
    void format_laysOutEveryItemOnItsLine_keepsCommentsAndOneBlankLine_alignsTables() {
        assertEquals("""
                /* header
                   block */
                package com.example.x;
                schema Todo {
                  version 1 {
                    title: string
                    isDone: boolean
                    note?: string   // why optional
                    tags: [string] = ["a", "b"]
                    meta: { a: int, b: map<[int]> }

                    addr: {
                      // the street
                      street: string
                      city: string? = null
                    }
                  }
                  lens 1 -> 2 "desc" {
                    rename isDone -> status
                    convert status: boolean -> enum(active, done) {
                      true  <-> "done" // yes
                      false <-> "active"
                      else  <-  false
                    }
                    in addr {
                      rename street -> road
                    }
                    hoist addr.city
                    lossy PutGet, CreateGet "why"
                  }
                  mode read-new-write-old
                  epoch 2 {
                    reject writes to tags from versions < 2: "x"
                  }
                  // trailing comment in schema
                }
                // end of file
                """, format(MESSY));
    }

    @Test
    void format_isIdempotent_andTheFormattedFileMeansTheSame() {
        String once = format(MESSY);
        assertEquals(once, format(once));
        LinkedSchema before = LensFiles.parse("a.lens", MESSY).schemas().get(0);
        LinkedSchema after = LensFiles.parse("a.lens", once).schemas().get(0);
        assertEquals(before.typesByVersion(), after.typesByVersion());
        assertEquals(before.lenses().stream().map(l -> l.lens()).toList(), after.lenses().stream().map(l -> l.lens()).toList());
        assertEquals(Words.of(MESSY), Words.of(once));
    }

    @Test
    void format_aRuleItDoesNotKnow_isCopiedByteForByte() {
        // as if 'split' and the typed convert head were added to the grammar after the formatter
        Set<Class<?>> known = new HashSet<>(LensFormatter.KNOWN);
        known.remove(LensParser.SplitOpContext.class);
        known.remove(LensParser.EnvelopeContext.class);
        String text = """
                schema S { version 1 { name: string }
                lens 1 -> 2 {   split   name ->first,last   by " "  ;
                  rename first->given }
                envelope "s"{id:id "s:{key}"   version :version}
                }
                """;
        LensFormatter.Result r = LensFormatter.format("s.lens", text, known);
        assertTrue(r.ok(), r.errors().toString());
        assertEquals("""
                schema S {
                  version 1 {
                    name: string
                  }
                  lens 1 -> 2 {
                    split   name ->first,last   by " "
                    rename first -> given
                  }
                  envelope "s"{id:id "s:{key}"   version :version}
                }
                """, r.text());
        assertEquals(r.text(), LensFormatter.format("s.lens", r.text(), known).text());
    }

    @Test
    void format_anItemWithACommentBetweenItsTokens_isCopiedAsWritten() {
        String text = "schema S {\n  version 1 {\n    a: /* the count */ int\n    b:int\n  }\n}\n";
        assertEquals(text.replace("b:int", "b: int"), format(text));
    }

    @Test
    void format_syntaxErrors_refuses_withThePlace() {
        LensFormatter.Result r = LensFormatter.format("bad.lens", "schema S {\n  123 x { }\n}\n");
        assertFalse(r.ok());
        assertNull(r.text());
        assertEquals("bad.lens:2:3", r.errors().get(0).location().toString());
    }

    @Test
    void format_emptyAndCommentOnlyFiles() {
        assertEquals("", format(""));
        assertEquals("", format("  \n\n"));
        assertEquals("// only a comment\n", format("\n\n// only a comment\n\n"));
    }

    @Test
    void format_deeplyNestedTypes() {
        int depth = 10_000;
        String text = "schema D { version 1 { a: " + "[".repeat(depth) + "int" + "]".repeat(depth) + " } }";
        String out = dev.lensc.runtime.json.DeepStack.call(() -> format(text));
        assertEquals("schema D {\n  version 1 {\n    a: " + "[".repeat(depth) + "int" + "]".repeat(depth) + "\n  }\n}\n",
                out);
    }

    private static String format(String text) {
        LensFormatter.Result r = LensFormatter.format("t.lens", text);
        assertTrue(r.ok(), () -> List.copyOf(r.errors()).toString());
        return r.text();
    }
}
