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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@link JavaGenerator} produced: Java files and the ServiceLoader registration text. */
public record GeneratedSources(List<JavaFile> files, String serviceFile) {

    private static final Pattern ONE_LINE_JAVADOC = Pattern.compile("(?m)^( *)/\\*\\*\n\\1 \\* ([^\n]+)\n\\1 \\*/$");
    private static final int MAX_LINE = 100;

    public GeneratedSources {
        files = List.copyOf(files);
    }

    /** Source text by relative path ({@code com/example/TodoItemV1.java}), in generation order. */
    public Map<String, String> sources() {
        Map<String, String> out = new LinkedHashMap<>();
        for (JavaFile f : files) {
            String path = f.packageName().isEmpty() ? "" : f.packageName().replace('.', '/') + "/";
            out.put(path + f.typeSpec().name() + ".java", oneLineJavadocs(f.toString()));
        }
        return out;
    }

    /**
     * The source with each Javadoc of one short line written on one line ({@code /** text *\/}):
     * JavaPoet gives every comment three lines, which in a class of hundreds of private methods is
     * a sixth of its length.
     */
    static String oneLineJavadocs(String source) {
        Matcher m = ONE_LINE_JAVADOC.matcher(source);
        StringBuilder out = new StringBuilder(source.length());
        while (m.find()) {
            String line = m.group(1) + "/** " + m.group(2) + " */";
            m.appendReplacement(out, Matcher.quoteReplacement(line.length() <= MAX_LINE ? line : m.group()));
        }
        return m.appendTail(out).toString();
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
