package dev.lensc.dsl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lensc.dsl.Diagnostic;
import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that would give generated Java code that does not compile, or classes that overwrite each other. */
class JavaNameCheckTest {

    private static void expect(String text, List<DiagnosticCode> codes, String... formatted) {
        LensFileResult r = LensFiles.parse("t.lens", text);
        assertEquals(String.join("", List.of(formatted).stream().map(f -> f + "\n").toList()), r.formatDiagnostics());
        assertEquals(codes, r.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void keywordInPackageName_isAPositionedError() {
        expect("""
                // generated code goes to com.example.class
                package com.example.class;
                schema Todo { version 1 { title: string } }
                """, List.of(DiagnosticCode.JAVA_PACKAGE_NAME),
                "t.lens:2:1: error: 'com.example.class' cannot be a Java package name: 'class' is a Java keyword\n"
                        + "  hint: Java's convention is a trailing underscore: 'class_'");
    }

    @Test
    void quotedPackagePartThatIsNoIdentifier_isAPositionedError() {
        expect("""
                package com."1st";
                schema Todo { version 1 { title: string } }
                """, List.of(DiagnosticCode.JAVA_PACKAGE_NAME),
                "t.lens:1:1: error: 'com.1st' cannot be a Java package name: '1st' is not a Java identifier\n"
                        + "  hint: use letters, digits and underscores, not starting with a digit");
    }

    @Test
    void contextualKeywordsAndUnicode_makeGoodPackageNames() {
        expect("""
                package com.example.record.größe;
                schema Todo { version 1 { title: string } }
                """, List.of());
    }

    @Test
    void schemaNamesThatGiveTheSameClasses_areAnErrorAtTheSecond() {
        expect("""
                package com.example;
                schema Todo { version 1 { title: string } }
                schema todo { version 1 { title: string } }
                schema "to-do" { version 1 { title: string } }
                schema TodoItem { version 1 { title: string } }
                """, List.of(DiagnosticCode.JAVA_CLASS_CLASH, DiagnosticCode.JAVA_CLASS_CLASH),
                "t.lens:3:8: error: schema 'todo' would generate the same Java classes as schema 'Todo'"
                        + " (declared at t.lens:2:8)\n  hint: rename one of them",
                "t.lens:4:8: error: schema 'to-do' would generate the same Java classes as schema 'Todo'"
                        + " (declared at t.lens:2:8)\n  hint: rename one of them");
    }
}
