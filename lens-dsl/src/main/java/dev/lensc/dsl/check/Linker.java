package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.LensOptions;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.dsl.ast.LensFileNode;
import dev.lensc.dsl.ast.SchemaNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a parsed file and links its schemas to the runtime model; every problem goes to the diagnostics. */
public final class Linker {
    private Linker() {}

    /** The schemas that linked without errors. */
    public static List<LinkedSchema> link(LensFileNode file, LensOptions options, Diagnostics diagnostics) {
        JavaNameCheck.check(file, diagnostics);
        List<LinkedSchema> out = new ArrayList<>();
        Map<String, SchemaNode> seen = new HashMap<>();
        for (SchemaNode s : file.schemas()) {
            SchemaNode first = seen.putIfAbsent(s.name().text(), s);
            if (first != null) {
                diagnostics.error(s.name().location(), DiagnosticCode.DUPLICATE, "schema '" + s.name().text()
                        + "' is declared twice", "first declared at " + first.name().location());
            }
            LinkedSchema linked = new SchemaLinker(file.packageName(), diagnostics, options.classLoader()).link(s);
            if (linked != null && first == null) {
                out.add(linked);
            }
        }
        return out;
    }
}
