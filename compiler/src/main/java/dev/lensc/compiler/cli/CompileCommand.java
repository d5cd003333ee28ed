package dev.lensc.compiler.cli;

import dev.lensc.compiler.LensProject;
import dev.lensc.dsl.Diagnostic;
import dev.lensc.dsl.LensOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lensc compile FILE... -d OUTPUT-DIR [--package NAME] [--resources DIR]}: Java sources for
 * every schema of the files. Any error in any file: every diagnostic is printed and nothing is
 * written.
 */
final class CompileCommand {
    private CompileCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> files = new ArrayList<>();
        String dir = null;
        String resources = null;
        String pkg = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-d", "--output", "--package", "--resources" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("compile", a + " needs a value");
                    }
                    String v = args.get(++i);
                    if (a.equals("--package")) {
                        pkg = v;
                    } else if (a.equals("--resources")) {
                        resources = v;
                    } else {
                        dir = v;
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("compile", "unknown option '" + a + "'");
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("compile", "no lens file given");
        }
        if (dir == null) {
            throw new UsageException("compile", "-d OUTPUT-DIR is required");
        }
        if (pkg != null && !pkg.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")) {
            throw new UsageException("compile", "'" + pkg + "' is not a Java package name");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UsageException("compile", "no such file: " + f);
            }
        }
        LensProject project = LensProject.load(files, LensOptions.defaults().classLoader());
        for (Diagnostic d : project.diagnostics()) {
            err.println(d.format());
        }
        if (project.hasErrors()) {
            err.println("error: lens files have errors; nothing was written");
            return 2;
        }
        try {
            Path sources = Path.of(dir);
            List<Path> written = project.generate(sources, resources == null ? sources : Path.of(resources), pkg);
            for (Path p : written) {
                out.println(p);
            }
            return 0;
        } catch (IOException e) {
            err.println("error: cannot write to " + dir + ": " + e.getMessage());
            return 2;
        }
    }
}
