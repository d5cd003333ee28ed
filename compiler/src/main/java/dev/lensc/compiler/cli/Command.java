package dev.lensc.compiler.cli;

import dev.lensc.compiler.LensProject;
import dev.lensc.dsl.Diagnostic;
import dev.lensc.dsl.LensOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One {@code lensc} command. {@link Lensc} parses its arguments with {@link #options()} (every
 * command also takes {@code --help}, printing {@link #help()}) and runs it.
 */
abstract class Command {
    private final String name;
    private final Options options;
    private final String help;

    /**
     * @param name the name on the command line: {@code apply}, {@code check}, ...
     * @param options the options it takes, besides {@code --help}
     * @param help the text {@code lensc help NAME} and {@code lensc NAME --help} print
     */
    Command(String name, Options options, String help) {
        this.name = name;
        this.options = options;
        this.help = help;
    }

    final String name() {
        return name;
    }

    final Options options() {
        return options;
    }

    final String help() {
        return help;
    }

    /** Refuses (usage) any of {@code files} that is not a regular file. */
    final void requireFiles(List<Path> files) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UsageException(name, "no such file: " + f);
            }
        }
    }

    /**
     * The lens files loaded as one project, every diagnostic printed on stderr; null, after saying
     * that nothing was written, when any file has errors.
     */
    static LensProject loadProject(List<Path> files, Context c) {
        LensProject project = LensProject.load(files, LensOptions.defaults().classLoader());
        for (Diagnostic d : project.diagnostics()) {
            c.err().println(d.format());
        }
        if (project.hasErrors()) {
            c.err().println("error: lens files have errors; nothing was written");
            return null;
        }
        return project;
    }

    /**
     * Runs the command.
     *
     * @return the exit code ({@link Lensc#OK}, {@link Lensc#UNTRANSLATABLE}, {@link Lensc#USAGE})
     * @throws UsageException for arguments that do not fit
     */
    abstract int run(Arguments arguments, Context context);
}
