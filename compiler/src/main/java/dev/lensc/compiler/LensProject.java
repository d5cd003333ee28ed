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
import dev.lensc.runtime.sync.Envelope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A set of {@code .lens} files taken together: what {@code lensc compile}, {@code lensc check},
 * {@code lens:generate} and {@code lens:check} share. Loading never throws for bad input; the
 * diagnostics say what is wrong, and nothing is generated while there are errors.
 */
public final class LensProject {
    /**
     * This Lensc's version, from the {@code pom.properties} Maven puts into the jar ({@code "development"}
     * when run from a class folder). Part of the plugin's up-to-date check: a new Lensc regenerates.
     */
    public static final String VERSION = readVersion();
    /** The package of generated code for files that declare none and no package is given. */
    public static final String DEFAULT_PACKAGE = "lensc.generated";
    private static final String POM_PROPERTIES = "/META-INF/maven/dev.lensc/lens-compiler/pom.properties";

    /** One file that {@link #generatedFiles} produces, by its path relative to its root. */
    public record GeneratedFile(Root root, String path, String text) {
        /** Where a generated file belongs: the Java sources or the resources (the ServiceLoader file). */
        public enum Root { SOURCES, RESOURCES }
    }

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
     * {@code resourceRoot}, both UTF-8; returns every file written, sources first.
     *
     * @param packageOverride one package for all generated code, or null to use each file's own
     */
    public List<Path> generate(Path sourceRoot, Path resourceRoot, String packageOverride) throws IOException {
        List<Path> written = new ArrayList<>();
        for (GeneratedFile f : generatedFiles(packageOverride)) {
            Path root = f.root() == GeneratedFile.Root.SOURCES ? sourceRoot : resourceRoot;
            written.add(write(root.resolve(f.path()), f.text()));
        }
        return written;
    }

    /**
     * The generated files in memory, sources first, for callers that write them their own way (in
     * another encoding, or only when changed).
     *
     * @param packageOverride one package for all generated code, or null to use each file's own
     */
    public List<GeneratedFile> generatedFiles(String packageOverride) {
        if (hasErrors()) {
            throw new IllegalStateException("lens files have errors; nothing is generated");
        }
        Map<String, List<DocumentType>> byPackage = new LinkedHashMap<>();
        Map<DocumentType, Envelope> envelopes = new HashMap<>();
        for (LinkedSchema s : schemas()) {
            String pkg = packageOverride != null && !packageOverride.isBlank() ? packageOverride
                    : s.packageName() != null ? s.packageName() : DEFAULT_PACKAGE;
            DocumentType type = s.toDocumentType();
            byPackage.computeIfAbsent(pkg, k -> new ArrayList<>()).add(type);
            s.sync().envelope().ifPresent(e -> envelopes.put(type, e));
        }
        List<GeneratedFile> out = new ArrayList<>();
        StringBuilder services = new StringBuilder();
        for (Map.Entry<String, List<DocumentType>> e : byPackage.entrySet()) {
            GeneratedSources sources = new JavaGenerator(e.getKey(), envelopes).generate(e.getValue());
            sources.sources().forEach((path, text) -> out.add(new GeneratedFile(GeneratedFile.Root.SOURCES, path, text)));
            services.append(sources.serviceFile());
        }
        if (!byPackage.isEmpty()) {
            out.add(new GeneratedFile(GeneratedFile.Root.RESOURCES, JavaGenerator.SERVICE_FILE, services.toString()));
        }
        return out;
    }

    /** The law checks of every schema: every lens both ways and every pair of versions. */
    public List<LawResult> checkLaws(LawSettings settings) {
        List<LawResult> out = new ArrayList<>();
        checkLawsByType(settings).values().forEach(out::addAll);
        return out;
    }

    /** The law checks by document type (its qualified name), in the order of the files. */
    public Map<String, List<LawResult>> checkLawsByType(LawSettings settings) {
        LensLaws laws = new LensLaws(settings);
        Map<String, List<LawResult>> out = new LinkedHashMap<>();
        for (LinkedSchema s : schemas()) {
            out.computeIfAbsent(s.qualifiedName(), k -> new ArrayList<>()).addAll(laws.check(s.toDocumentType()));
        }
        return out;
    }

    private static String readVersion() {
        try (InputStream in = LensProject.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }

    private static Path write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }
}
