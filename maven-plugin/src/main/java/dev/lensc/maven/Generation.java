package dev.lensc.maven;

import dev.lensc.compiler.LensProject;
import dev.lensc.compiler.LensProject.GeneratedFile;
import dev.lensc.dsl.Diagnostic;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run of a generate execution, apart from Maven: decides from the execution's state whether
 * anything changed, generates, writes only files whose content changed, and deletes what the last
 * run wrote and this one did not (also when no input is left).
 *
 * @param projectDirectory outputs are recorded relative to it, and only deleted inside it
 * @param sourceRoot where Java sources go, in {@code encoding}
 * @param resourceRoot where the ServiceLoader file goes (always UTF-8, as ServiceLoader reads it)
 * @param packageName one package for all generated code, or null
 * @param generator what produces the code, e.g. a version and a digest of the generator's jars: when it
 *     changes, everything is generated again
 */
record Generation(Path projectDirectory, Path sourceDirectory, Path sourceRoot, Path resourceRoot,
        String packageName, Charset encoding, String generator) {

    /** What a run did. */
    sealed interface Outcome {
        /** Inputs and settings as last time, every output still there: nothing written. */
        record UpToDate(int inputs) implements Outcome {}

        /**
         * Another execution generates the same file (e.g. two executions with one resource directory,
         * where each writes the ServiceLoader file): nothing written or deleted.
         */
        record Conflict(String file, String otherExecution) implements Outcome {}

        /** The lens files have errors: nothing written or deleted. */
        record Failed(List<Diagnostic> diagnostics) implements Outcome {}

        /**
         * @param diagnostics warnings
         * @param changes inputs added, changed or deleted since the last run, e.g. {@code a.lens (changed)}
         * @param written files whose content changed; {@code unchanged} more were generated as they were
         * @param removed files of the last run that this run no longer generates
         */
        record Generated(int inputs, List<Diagnostic> diagnostics, List<String> changes, int written, int unchanged,
                int removed) implements Outcome {}
    }

    Outcome run(List<Path> inputs, Path stateFile, ClassLoader customLenses, OutputFiles files) throws IOException {
        IncrementalState before = IncrementalState.read(stateFile);
        IncrementalState now = IncrementalState.of(sourceDirectory, inputs, settings());
        if (now.upToDate(before, projectDirectory) || inputs.isEmpty() && before.outputs().isEmpty()) {
            return new Outcome.UpToDate(inputs.size());
        }
        List<Diagnostic> diagnostics = List.of();
        List<GeneratedFile> generated = List.of();
        if (!inputs.isEmpty()) {
            LensProject lenses = LensProject.load(inputs, customLenses);
            if (lenses.hasErrors()) {
                return new Outcome.Failed(lenses.diagnostics());
            }
            diagnostics = lenses.diagnostics();
            generated = lenses.generatedFiles(packageName);
        }
        Map<String, String> claimed = IncrementalState.claimedByOthers(stateFile);
        for (GeneratedFile f : generated) {
            String file = IncrementalState.relative(projectDirectory, target(f));
            if (claimed.containsKey(file)) {
                return new Outcome.Conflict(file, claimed.get(file));
            }
        }
        Set<Path> outputs = new LinkedHashSet<>();
        int written = 0;
        for (GeneratedFile f : generated) {
            Path target = target(f);
            byte[] content = f.root() == GeneratedFile.Root.SOURCES
                    ? JavaSourceEncoding.encode(f.text(), encoding)
                    : f.text().getBytes(StandardCharsets.UTF_8);
            if (!sameContent(target, content)) {
                files.write(target, content);
                written++;
            }
            outputs.add(target);
        }
        IncrementalState after = now.withOutputs(projectDirectory, outputs);
        int removed = 0;
        for (String stale : before.outputs()) {
            Optional<Path> file = IncrementalState.resolveInside(projectDirectory, stale);
            if (file.isPresent() && !after.outputs().contains(stale) && Files.isRegularFile(file.get())) {
                files.delete(file.get());
                removed++;
            }
        }
        after.write(stateFile);
        return new Outcome.Generated(inputs.size(), diagnostics, now.changes(before), written,
                outputs.size() - written, removed);
    }

    /** What shapes the output besides the inputs; a change regenerates everything. */
    private String settings() {
        return String.join(";", "package=" + packageName, "sources=" + projectDirectory.relativize(sourceRoot),
                "resources=" + projectDirectory.relativize(resourceRoot), "encoding=" + encoding.name(),
                "generator=" + generator);
    }

    private Path target(GeneratedFile f) {
        return (f.root() == GeneratedFile.Root.SOURCES ? sourceRoot : resourceRoot).resolve(f.path());
    }

    private static boolean sameContent(Path file, byte[] content) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == content.length
                && Arrays.equals(Files.readAllBytes(file), content);
    }
}
