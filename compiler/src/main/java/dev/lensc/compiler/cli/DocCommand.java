package dev.lensc.compiler.cli;

import dev.lensc.compiler.LensProject;
import dev.lensc.compiler.doc.SchemaPage;
import dev.lensc.dsl.LinkedSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code lensc doc FILE.lens... -o DIR}: an HTML page per schema and an index of them. */
final class DocCommand extends Command {
    DocCommand() {
        super("doc", new Options(Set.of("output"), Set.of(), Map.of("-o", "output")), Help.DOC);
    }

    @Override
    int run(Arguments a, Context c) {
        List<Path> files = a.operands().stream().map(Path::of).toList();
        if (files.isEmpty()) {
            throw new UsageException(name(), "give the .lens files to document");
        }
        String dir = a.value("output");
        if (dir == null) {
            throw new UsageException(name(), "-o OUTPUT-DIR is required");
        }
        requireFiles(files);
        LensProject project = loadProject(files, c);
        if (project == null) {
            return Lensc.USAGE;
        }
        Path out = Path.of(dir);
        try {
            Files.createDirectories(out);
            List<Path> written = new ArrayList<>();
            Map<LinkedSchema, String> pages = new LinkedHashMap<>();
            Set<String> taken = new HashSet<>(Set.of("index.html"));
            for (LinkedSchema schema : project.schemas()) {
                String page = SchemaPage.fileName(schema, taken);
                pages.put(schema, page);
                written.add(write(out.resolve(page), SchemaPage.render(schema)));
            }
            written.add(write(out.resolve("index.html"), SchemaPage.index(pages)));
            written.forEach(c.out()::println);
            return Lensc.OK;
        } catch (IOException e) {
            c.err().println("error: cannot write to " + dir + ": " + e.getMessage());
            return Lensc.USAGE;
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
