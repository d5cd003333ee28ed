package dev.lensc.maven;

import dev.lensc.compiler.LensProject;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.runtime.graph.DocumentType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * What identifies the code generator in an execution's state: Lensc's version and a digest of the
 * jars that turn lens files into code (compiler, DSL, runtime). A rebuilt snapshot of the same
 * version is a new generator, so it regenerates.
 */
final class GeneratorFingerprint {
    static final String VALUE = compute();

    private GeneratorFingerprint() {}

    private static String compute() {
        List<String> parts = new ArrayList<>(List.of(LensProject.VERSION));
        for (Class<?> c : List.of(LensProject.class, LinkedSchema.class, DocumentType.class)) {
            parts.add(codeDigest(c));
        }
        return String.join("/", parts);
    }

    private static String codeDigest(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return IncrementalState.digest(Files.readAllBytes(location));
            }
            // a class folder (a build inside this repository): its class file's time tells builds apart
            Path classFile = location.resolve(c.getName().replace('.', '/') + ".class");
            return Long.toString(Files.getLastModifiedTime(classFile).toMillis());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
