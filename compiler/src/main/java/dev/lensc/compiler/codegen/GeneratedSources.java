package dev.lensc.compiler.codegen;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@link JavaGenerator} produced: Java files and the ServiceLoader registration text. */
public record GeneratedSources(List<JavaFile> files, String serviceFile) {

    public GeneratedSources {
        files = List.copyOf(files);
    }

    /** Source text by relative path ({@code com/example/TodoItemV1.java}), in generation order. */
    public Map<String, String> sources() {
        Map<String, String> out = new LinkedHashMap<>();
        for (JavaFile f : files) {
            String path = f.packageName().isEmpty() ? "" : f.packageName().replace('.', '/') + "/";
            out.put(path + f.typeSpec().name() + ".java", f.toString());
        }
        return out;
    }

    /** Writes the sources under {@code sourceRoot} and the service file under {@code resourceRoot}. */
    public void writeTo(Path sourceRoot, Path resourceRoot) {
        try {
            for (Map.Entry<String, String> e : sources().entrySet()) {
                write(sourceRoot.resolve(e.getKey()), e.getValue());
            }
            write(resourceRoot.resolve(JavaGenerator.SERVICE_FILE), serviceFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
