package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.ast.LensFileNode;
import dev.lensc.dsl.ast.SchemaNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * What generated Java code needs of a file's names: a package name javac accepts, and schema names
 * that give distinct class names. A schema's classes are its name camel-cased
 * ({@code todo-item} → {@code TodoItem}) plus a suffix ({@code V1}, {@code Lenses}, ...), so two
 * schemas clash when their names agree in letters and digits, ignoring case: case-insensitive file
 * systems cannot hold {@code TodoV1.java} and {@code TODOV1.java} side by side either.
 */
final class JavaNameCheck {
    private JavaNameCheck() {}

    static void check(LensFileNode file, Diagnostics diagnostics) {
        String pkg = file.packageName();
        if (pkg != null && !SourceVersion.isName(pkg)) {
            String bad = badPart(pkg);
            boolean keyword = SourceVersion.isKeyword(bad);
            diagnostics.error(file.location(), DiagnosticCode.JAVA_PACKAGE_NAME, "'" + pkg
                    + "' cannot be a Java package name: '" + bad + "' is " + (keyword ? "a Java keyword"
                            : "not a Java identifier"),
                    keyword ? "Java's convention is a trailing underscore: '" + bad + "_'"
                            : "use letters, digits and underscores, not starting with a digit");
        }
        Map<String, SchemaNode> byClassName = new HashMap<>();
        for (SchemaNode s : file.schemas()) {
            SchemaNode first = byClassName.putIfAbsent(classKey(s.name().text()), s);
            // the same name twice is DUPLICATE's to report
            if (first != null && !first.name().text().equals(s.name().text())) {
                diagnostics.error(s.name().location(), DiagnosticCode.JAVA_CLASS_CLASH, "schema '" + s.name().text()
                        + "' would generate the same Java classes as schema '" + first.name().text() + "' (declared at "
                        + first.name().location() + ")", "rename one of them");
            }
        }
    }

    /** The first part of a qualified name that is a keyword or not an identifier. */
    private static String badPart(String pkg) {
        for (String part : pkg.split("\\.", -1)) {
            if (SourceVersion.isKeyword(part) || !SourceVersion.isIdentifier(part)) {
                return part;
            }
        }
        return pkg;
    }

    /** The letters and digits of a name, lower-cased: what the generated class names are made of. */
    private static String classKey(String name) {
        StringBuilder key = new StringBuilder();
        name.codePoints().filter(cp -> Character.isLetterOrDigit(cp) && Character.isJavaIdentifierPart(cp))
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
