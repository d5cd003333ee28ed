package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonReadException;
import dev.lensc.runtime.json.StrictJson;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Example documents named on a command line: a {@code .jsonl} or {@code .ndjson} file holds one
 * document a line (blank lines skipped), any other file one document. Every document is read
 * strictly; a bad one is named by {@code file:line:col}.
 */
final class ExampleDocuments {
    private ExampleDocuments() {}

    /** A document and where it came from ({@code docs/a.json}, {@code docs/all.jsonl:3}). */
    record Example(String source, JsonNode document) {}

    static List<Example> read(List<String> files, Context c, String command) {
        List<Example> out = new ArrayList<>();
        for (String file : files) {
            Path path = Path.of(file);
            if (isLines(file)) {
                out.addAll(lines(path, command));
            } else {
                out.add(new Example(file, c.json().readFile(path, command, "document")));
            }
        }
        return out;
    }

    private static boolean isLines(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        return f.endsWith(".jsonl") || f.endsWith(".ndjson");
    }

    private static List<Example> lines(Path file, String command) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new UsageException(command, "no such document file: " + file);
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": the file is not valid UTF-8");
        } catch (IOException e) {
            throw new UsageException(command, "cannot read the document file " + file + ": " + e.getMessage());
        }
        List<Example> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String source = file + ":" + (i + 1);
            try {
                out.add(new Example(source, StrictJson.read(lines[i], source)));
            } catch (JsonReadException e) {
                // "file:N:1:col: ..." reads as file:line:col with the line's own number
                throw new BadInputException(e.getMessage().replace(source + ":1:", source + ":"));
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException(file + ": no documents (the file has no lines that are not blank)");
        }
        return out;
    }
}
