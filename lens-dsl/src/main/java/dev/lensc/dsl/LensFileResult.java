package dev.lensc.dsl;

import dev.lensc.runtime.store.Assembly;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What loading a {@code .lens} file gives: every diagnostic (in source order) and the schemas that
 * linked without errors. A schema with an error is left out; the diagnostics say why.
 */
public record LensFileResult(String file, List<Diagnostic> diagnostics, List<LinkedSchema> schemas) {
    public LensFileResult {
        diagnostics = List.copyOf(diagnostics);
        schemas = List.copyOf(schemas);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /** The schema of that name (unqualified). */
    public java.util.Optional<LinkedSchema> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The assembled versions of every schema, for a multi-version store (lens-store's {@code StoreConfig}). */
    public List<Assembly> assemblies() {
        return schemas.stream().flatMap(s -> s.assemblies().stream()).toList();
    }

    /** Every diagnostic formatted, one after another, each ending in a newline. */
    public String formatDiagnostics() {
        return diagnostics.stream().map(d -> d.format() + "\n").collect(Collectors.joining());
    }
}
