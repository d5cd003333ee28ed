package dev.lensc.dsl;

import dev.lensc.dsl.ast.LensFileNode;
import dev.lensc.dsl.check.Linker;
import dev.lensc.dsl.parser.LensSourceParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The front door of the {@code .lens} language: text in, diagnostics and linked schemas out. It
 * never throws for bad input; every problem is a {@link Diagnostic}.
 */
public final class LensFiles {
    private LensFiles() {}

    public static LensFileResult load(Path path) {
        return load(path, LensOptions.defaults());
    }

    public static LensFileResult load(Path path, LensOptions options) {
        String name = path.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            return failed(name, "the file is not valid UTF-8");
        } catch (IOException e) {
            return failed(name, "cannot read the file: " + e.getMessage());
        }
        return parse(name, text, options);
    }

    public static LensFileResult parse(String fileName, String text) {
        return parse(fileName, text, LensOptions.defaults());
    }

    /** @param classLoader where custom lens classes are found */
    public static LensFileResult parse(String fileName, String text, ClassLoader classLoader) {
        return parse(fileName, text, new LensOptions(classLoader));
    }

    public static LensFileResult parse(String fileName, String text, LensOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        List<LinkedSchema> schemas = List.of();
        try {
            LensFileNode ast = LensSourceParser.parse(fileName, text, diagnostics);
            if (ast != null) {
                schemas = Linker.link(ast, options, diagnostics);
            }
        } catch (StackOverflowError e) {
            diagnostics.error(Location.start(fileName), DiagnosticCode.SYNTAX, "the file is nested too deeply to read",
                    null);
            schemas = List.of();
        }
        return new LensFileResult(fileName, diagnostics.sorted(), schemas);
    }

    private static LensFileResult failed(String file, String message) {
        return new LensFileResult(file, List.of(Diagnostic.error(Location.start(file), DiagnosticCode.IO, message, null)),
                List.of());
    }
}
