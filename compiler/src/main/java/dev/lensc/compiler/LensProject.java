package dev.lensc.compiler;

import dev.lensc.compiler.codegen.GeneratedSources;
import dev.lensc.compiler.codegen.JavaGenerator;
import dev.lensc.dsl.Diagnostic;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LensOptions;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.laws.LawResult;
import dev.lensc.runtime.laws.LawSettings;
import dev.lensc.runtime.laws.LensLaws;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of {@code .lens} files taken together: what {@code lensc compile}, {@code lensc check},
 * {@code lens:generate} and {@code lens:check} share. Loading never throws for bad input; the
 * diagnostics say what is wrong, and nothing is generated while there are errors.
 */
public final class LensProject {
    /** Part of the plugin's up-to-date check: a new Lensc regenerates. */
    public static final String VERSION = "0.1.0";
    /** The package of generated code for files that declare none and no package is given. */
    public static final String DEFAULT_PACKAGE = "lensc.generated";

    private final List<LensFileResult> files;

    private LensProject(List<LensFileResult> files) {
        this.files = List.copyOf(files);
    }

    public static LensProject load(List<Path> paths, ClassLoader customLenses) {
        List<LensFileResult> results = new ArrayList<>();
        LensOptions options = new LensOptions(customLenses);
        for (Path p : paths) {
            results.add(LensFiles.load(p, options));
        }
        return new LensProject(results);
    }

    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        files.forEach(f -> out.addAll(f.diagnostics()));
        return out;
    }

    public boolean hasErrors() {
        return files.stream().anyMatch(LensFileResult::hasErrors);
    }

    public List<LinkedSchema> schemas() {
        List<LinkedSchema> out = new ArrayList<>();
        files.forEach(f -> out.addAll(f.schemas()));
        return out;
    }

    public List<DocumentType> documentTypes() {
        return schemas().stream().map(LinkedSchema::toDocumentType).toList();
    }

    /**
     * Writes Java sources under {@code sourceRoot} and the ServiceLoader registration under
     * {@code resourceRoot}; returns every file written, sources first.
     *
     * @param packageOverride one package for all generated code, or null to use each file's own
     */
    public List<Path> generate(Path sourceRoot, Path resourceRoot, String packageOverride) throws IOException {
        if (hasErrors()) {
            throw new IllegalStateException("lens files have errors; nothing is generated");
        }
        Map<String, List<DocumentType>> byPackage = new LinkedHashMap<>();
        for (LinkedSchema s : schemas()) {
            String pkg = packageOverride != null && !packageOverride.isBlank() ? packageOverride
                    : s.packageName() != null ? s.packageName() : DEFAULT_PACKAGE;
            byPackage.computeIfAbsent(pkg, k -> new ArrayList<>()).add(s.toDocumentType());
        }
        List<Path> written = new ArrayList<>();
        StringBuilder services = new StringBuilder();
        for (Map.Entry<String, List<DocumentType>> e : byPackage.entrySet()) {
            GeneratedSources sources = new JavaGenerator(e.getKey()).generate(e.getValue());
            for (Map.Entry<String, String> src : sources.sources().entrySet()) {
                written.add(write(sourceRoot.resolve(src.getKey()), src.getValue()));
            }
            services.append(sources.serviceFile());
        }
        if (!byPackage.isEmpty()) {
            written.add(write(resourceRoot.resolve(JavaGenerator.SERVICE_FILE), services.toString()));
        }
        return written;
    }

    /** The law checks of every schema: every lens both ways and every pair of versions. */
    public List<LawResult> checkLaws(LawSettings settings) {
        LensLaws laws = new LensLaws(settings);
        List<LawResult> out = new ArrayList<>();
        for (DocumentType t : documentTypes()) {
            out.addAll(laws.check(t));
        }
        return out;
    }

    private static Path write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }
}
