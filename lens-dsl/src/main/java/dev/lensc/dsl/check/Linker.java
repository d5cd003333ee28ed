package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.LensOptions;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.dsl.ast.LensFileNode;
import dev.lensc.dsl.ast.SchemaNode;
import dev.lensc.runtime.store.Assembly;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a parsed file and links its schemas to the runtime model; every problem goes to the diagnostics. */
public final class Linker {
    private Linker() {}

    /** The schemas that linked without errors. */
    public static List<LinkedSchema> link(LensFileNode file, LensOptions options, Diagnostics diagnostics) {
        JavaNameCheck.check(file, diagnostics);
        Map<String, LinkedSchema> linked = new LinkedHashMap<>();
        Map<String, SchemaNode> seen = new HashMap<>();
        List<SchemaNode> firsts = new ArrayList<>();
        for (SchemaNode s : file.schemas()) {
            SchemaNode first = seen.putIfAbsent(s.name().text(), s);
            if (first != null) {
                diagnostics.error(s.name().location(), DiagnosticCode.DUPLICATE, "schema '" + s.name().text()
                        + "' is declared twice", "first declared at " + first.name().location());
            } else {
                firsts.add(s);
            }
            LinkedSchema one = new SchemaLinker(file.packageName(), diagnostics, options.classLoader()).link(s);
            if (one != null && first == null) {
                linked.put(s.name().text(), one);
            }
        }
        return withAssemblies(firsts, linked, options, diagnostics);
    }

    /** Each linked schema with its assembled versions; one whose assemblies have errors is left out. */
    private static List<LinkedSchema> withAssemblies(List<SchemaNode> schemas, Map<String, LinkedSchema> linked,
            LensOptions options, Diagnostics diagnostics) {
        Set<String> onCycles = new AssemblyCycles(diagnostics).check(schemas);
        AssemblyLinker assemblies = new AssemblyLinker(diagnostics, linked, Set.copyOf(names(schemas)),
                options.classLoader());
        List<LinkedSchema> out = new ArrayList<>();
        for (SchemaNode s : schemas) {
            LinkedSchema schema = linked.get(s.name().text());
            if (schema == null) {
                continue;
            }
            if (s.assemblies().isEmpty()) {
                out.add(schema);
                continue;
            }
            int errors = diagnostics.errorCount();
            List<Assembly> assembled = assemblies.link(s, schema);
            if (diagnostics.errorCount() == errors && !onCycles.contains(s.name().text())) {
                out.add(schema.withAssemblies(assembled));
            }
        }
        return out;
    }

    private static List<String> names(List<SchemaNode> schemas) {
        return schemas.stream().map(s -> s.name().text()).toList();
    }
}
