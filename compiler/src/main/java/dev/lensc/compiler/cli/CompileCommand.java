package dev.lensc.compiler.cli;

import dev.lensc.compiler.LensProject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code lensc compile FILE... -d OUTPUT-DIR [--package NAME] [--resources DIR]}: Java sources for
 * every schema of the files. Any error in any file: every diagnostic is printed and nothing is
 * written.
 */
final class CompileCommand extends Command {
    CompileCommand() {
        super("compile", new Options(Set.of("output", "package", "resources"), Set.of(), Map.of("-d", "output")),
                Help.COMPILE);
    }

    private static final String JAVA_PACKAGE = "[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*";

    @Override
    int run(Arguments a, Context c) {
        List<Path> files = a.operands().stream().map(Path::of).toList();
        if (files.isEmpty()) {
            throw new UsageException(name(), "no lens file given");
        }
        String dir = a.value("output");
        if (dir == null) {
            throw new UsageException(name(), "-d OUTPUT-DIR is required");
        }
        String pkg = a.value("package");
        String resources = a.value("resources");
        if (pkg != null && !pkg.matches(JAVA_PACKAGE)) {
            throw new UsageException(name(), "'" + pkg + "' is not a Java package name");
        }
        requireFiles(files);
        PrintStream out = c.out();
        PrintStream err = c.err();
        LensProject project = loadProject(files, c);
        if (project == null) {
            return Lensc.USAGE;
        }
        try {
            Path sources = Path.of(dir);
            List<Path> written = project.generate(sources, resources == null ? sources : Path.of(resources), pkg);
            for (Path p : written) {
                out.println(p);
            }
            return Lensc.OK;
        } catch (IOException e) {
            err.println("error: cannot write to " + dir + ": " + e.getMessage());
            return Lensc.USAGE;
        }
    }
}
