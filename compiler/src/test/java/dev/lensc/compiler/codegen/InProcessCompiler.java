package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.Steps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with javac in this JVM ({@code -Xlint:all -Werror}) against the
 * runtime and Jackson (plus the test classes, for the custom lens {@link TagsToSet}), and loads them. The class path comes from the classes' own locations,
 * because surefire's {@code java.class.path} may be a manifest-only jar.
 */
final class InProcessCompiler {
    private InProcessCompiler() {}

    static ClassLoader compile(GeneratedSources sources, Path dir) {
        return compile(List.of(sources), dir);
    }

    /** One javac run for several packages' sources: javac's start-up dominates on a busy machine. */
    static ClassLoader compile(List<GeneratedSources> all, Path dir) {
        Path src = dir.resolve("src");
        Path res = dir.resolve("classes");
        List<String> files = new ArrayList<>();
        StringBuilder services = new StringBuilder();
        for (GeneratedSources sources : all) {
            sources.writeTo(src, res);
            services.append(sources.serviceFile());
            for (Map.Entry<String, String> e : sources.sources().entrySet()) {
                files.add(src.resolve(e.getKey()).toString());
            }
        }
        try {
            // each package's sources bring a service file; the class path holds all of them in one
            Files.writeString(res.resolve(JavaGenerator.SERVICE_FILE), services);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String classPath = String.join(java.io.File.pathSeparator, location(Steps.class), location(JsonNode.class),
                location(JsonParser.class), location(JsonProperty.class), location(TagsToSet.class));
        List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8",
                "-proc:none", "-classpath", classPath, "-d", res.toString()));
        args.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int rc = javac.run(null, out, out, args.toArray(new String[0]));
        if (rc != 0) {
            throw new AssertionError("generated code does not compile:\n"
                    + out.toString(java.nio.charset.StandardCharsets.UTF_8) + "\n" + listing(src));
        }
        try {
            return new URLClassLoader(new URL[] {res.toUri().toURL()}, InProcessCompiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String listing(Path src) {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(p);
                sb.append("---- ").append(src.relativize(p)).append('\n');
                for (int i = 0; i < lines.size(); i++) {
                    sb.append(i + 1).append(": ").append(lines.get(i)).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
