package dev.lensc.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What one execution's last successful generation read and wrote: a digest per input file
 * (relative to the source directory), one for the settings that shape the output, and the output
 * files relative to the project directory. Nothing in it is absolute, so a moved or copied project
 * never deletes files of another tree; and an output is only ever deleted inside the project
 * directory ({@link #resolveInside}).
 */
final class IncrementalState {
    private static final String SETTINGS_KEY = "settings";
    private static final String INPUT_PREFIX = "in.";
    private static final String OUTPUT_PREFIX = "out.";

    private final Map<String, String> inputs;
    private final String settings;
    private final List<String> outputs;

    private IncrementalState(Map<String, String> inputs, String settings, List<String> outputs) {
        this.inputs = inputs;
        this.settings = settings;
        this.outputs = outputs;
    }

    static IncrementalState of(Path sourceDirectory, List<Path> inputFiles, String settings) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (Path p : inputFiles) {
            digests.put(slashes(sourceDirectory.relativize(p)), digest(Files.readAllBytes(p)));
        }
        return new IncrementalState(digests, digest(settings.getBytes(StandardCharsets.UTF_8)), List.of());
    }

    /** The state in {@code file}, or an empty one (never up to date) when there is none. */
    static IncrementalState read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new IncrementalState(Map.of(), "", List.of());
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        Map<String, String> inputs = new TreeMap<>();
        List<String> outputs = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(INPUT_PREFIX)) {
                inputs.put(key.substring(INPUT_PREFIX.length()), p.getProperty(key));
            } else if (key.startsWith(OUTPUT_PREFIX)) {
                outputs.add(p.getProperty(key));
            }
        }
        outputs.sort(null);
        return new IncrementalState(inputs, p.getProperty(SETTINGS_KEY, ""), outputs);
    }

    /** This state with the files written, as paths relative to {@code projectDirectory}. */
    IncrementalState withOutputs(Path projectDirectory, Collection<Path> written) {
        return new IncrementalState(inputs, settings,
                written.stream().map(w -> relative(projectDirectory, w)).sorted().toList());
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty(SETTINGS_KEY, settings);
        inputs.forEach((k, v) -> p.setProperty(INPUT_PREFIX + k, v));
        for (int i = 0; i < outputs.size(); i++) {
            p.setProperty(OUTPUT_PREFIX + i, outputs.get(i));
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "lens:generate state of one execution; delete it to force regeneration");
        }
    }

    /** Same inputs and settings as {@code previous}, and every output {@code previous} wrote still exists. */
    boolean upToDate(IncrementalState previous, Path projectDirectory) {
        if (previous.settings.isEmpty() || !inputs.equals(previous.inputs) || !settings.equals(previous.settings)) {
            return false;
        }
        return previous.outputs.stream()
                .allMatch(o -> resolveInside(projectDirectory, o).filter(Files::isRegularFile).isPresent());
    }

    /** Input paths that differ from {@code previous}: added, changed or deleted. */
    List<String> changes(IncrementalState previous) {
        Map<String, String> all = new LinkedHashMap<>();
        inputs.forEach((k, v) -> {
            if (!v.equals(previous.inputs.get(k))) {
                all.put(k, previous.inputs.containsKey(k) ? "changed" : "added");
            }
        });
        previous.inputs.keySet().stream().filter(k -> !inputs.containsKey(k)).forEach(k -> all.put(k, "deleted"));
        List<String> out = new ArrayList<>();
        all.forEach((k, v) -> out.add(k + " (" + v + ")"));
        return out;
    }

    /** The outputs, relative to the project directory. */
    List<String> outputs() {
        return outputs;
    }

    /**
     * The outputs the other executions' states (beside {@code stateFile}) record, each with the
     * state's name ({@code generate-alpha}).
     */
    static Map<String, String> claimedByOthers(Path stateFile) throws IOException {
        Map<String, String> claims = new TreeMap<>();
        Path dir = stateFile.getParent();
        if (!Files.isDirectory(dir)) {
            return claims;
        }
        try (var others = Files.list(dir)) {
            for (Path other : others.filter(p -> p.toString().endsWith(".properties") && !p.equals(stateFile)).toList()) {
                String name = other.getFileName().toString().replaceFirst("\\.properties$", "");
                read(other).outputs.forEach(o -> claims.putIfAbsent(o, name));
            }
        }
        return claims;
    }

    /** {@code relative} under {@code projectDirectory}, or empty when it is absolute or leads outside. */
    static Optional<Path> resolveInside(Path projectDirectory, String relative) {
        Path base = projectDirectory.toAbsolutePath().normalize();
        Path rel = Path.of(relative);
        if (rel.isAbsolute()) {
            return Optional.empty();
        }
        Path resolved = base.resolve(rel).normalize();
        return resolved.startsWith(base) && !resolved.equals(base) ? Optional.of(resolved) : Optional.empty();
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A file's path relative to the project directory, with forward slashes, as the state records it. */
    static String relative(Path projectDirectory, Path file) {
        return slashes(projectDirectory.relativize(file));
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
