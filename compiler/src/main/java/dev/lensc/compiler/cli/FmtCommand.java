package dev.lensc.compiler.cli;

import dev.lensc.dsl.parser.LensFormatter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code lensc fmt}: rewrites .lens files in the canonical layout, or says which would change. */
final class FmtCommand extends Command {
    static final String HELP = """
            lensc fmt - format .lens files

            Usage:
              lensc fmt FILE.lens... [--check | --stdout]

            Rewrites each file in the canonical layout: one item a line, two spaces a
            level, one space between tokens except where the language writes them tight
            (name?: T, [T], map<T>, enum(a, b), host.name), no ';' or ',' after items on
            their own lines, convert tables with their arrows in one column. Comments,
            single blank lines between items and one-line object types stay as written.
            Formatting a formatted file changes nothing. A file with syntax errors is
            left alone (exit 1); a construct this lensc does not know is kept as written.

            Options:
              --check    change nothing; list the files that would change (exit 1 if any)
              --stdout   print the formatted text instead of rewriting the files

            Examples:
              lensc fmt src/main/lens/*.lens
              lensc fmt --check src/main/lens/*.lens
            """;

    FmtCommand() {
        super("fmt", Options.of(Set.of(), Set.of("check", "stdout")), HELP);
    }

    @Override
    int run(Arguments a, Context c) {
        if (a.operands().isEmpty()) {
            throw new UsageException(name(), "give the .lens files to format");
        }
        if (a.has("check") && a.has("stdout")) {
            throw new UsageException(name(), "give either --check or --stdout, not both");
        }
        List<String> changed = new ArrayList<>();
        for (String file : a.operands()) {
            Path path = Path.of(file);
            String text = read(path);
            LensFormatter.Result result = LensFormatter.format(file, text);
            if (!result.ok()) {
                throw new BadInputException(result.errors().get(0).format() + " (" + file + " is left as it was)");
            }
            if (a.has("stdout")) {
                c.out().print(result.text());
            } else if (!result.text().equals(text)) {
                changed.add(file);
                if (!a.has("check")) {
                    write(path, result.text());
                }
            }
        }
        if (a.has("check")) {
            changed.forEach(f -> c.out().println(f));
            if (!changed.isEmpty()) {
                c.err().println("error: " + changed.size() + " of " + a.operands().size() + " file"
                        + (a.operands().size() == 1 ? "" : "s") + " would change; run lensc fmt on "
                        + (changed.size() == 1 ? "it" : "them"));
                return Lensc.UNTRANSLATABLE;
            }
        }
        return Lensc.OK;
    }

    private String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(name(), "no such lens file: " + file);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": the file is not valid UTF-8");
        } catch (IOException e) {
            throw new UsageException(name(), "cannot read " + file + ": " + e.getMessage());
        }
    }

    private void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
