package dev.lensc.compiler.cli;

import dev.lensc.runtime.json.DeepStack;
import dev.lensc.runtime.json.JsonReadException;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Hints;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code lensc} command line. {@link #run} is the whole program (tests call it in-process);
 * {@link #main} only binds it to the process. Each command is a {@link Command}; this class parses
 * their arguments, prints help, and turns every failure into an exit code and one line.
 *
 * <p>Exit codes: 0 success; 1 a document or patch cannot be read or translated, a law check fails,
 * or the heap runs out; 2 usage errors and lens files that cannot be loaded. Every failure ends in
 * one {@code error: ...} message on stderr (after the {@code file:line:col: error: ...} diagnostics
 * of a lens file), never a stack trace. Commands run on a thread with a large stack
 * ({@link DeepStack}), so documents nested as deeply as lensc reads them translate.
 */
public final class Lensc {
    public static final int OK = 0;
    public static final int UNTRANSLATABLE = 1;
    public static final int USAGE = 2;

    private static final List<Command> COMMANDS = List.of(new ApplyCommand(), new SchemaCommand(),
            new PatchCommand(), new CheckCommand(System::nanoTime), new GraphCommand(), new CompileCommand(),
            new DocCommand());

    private final LensSources sources;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    private Lensc(LensSources sources, InputStream in, PrintStream out, PrintStream err) {
        this.sources = sources;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, System.in, System.out, System.err);
        } catch (Throwable t) {
            // only when even the command's thread could not be had
            System.err.println("error: lensc could not run: " + t);
            code = UNTRANSLATABLE;
        }
        System.out.flush();
        System.exit(code);
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, LensSources.standard(), in, out, err);
    }

    /** @param sources the lens file formats to accept */
    public static int run(String[] args, LensSources sources, InputStream in, PrintStream out, PrintStream err) {
        Lensc lensc = new Lensc(sources, in, out, err);
        List<String> arguments = Arrays.asList(args);
        return DeepStack.call(() -> lensc.run(arguments));
    }

    private int run(List<String> args) {
        String command = null;
        JsonIo json = new JsonIo(in);
        try {
            if (args.isEmpty()) {
                err.print("error: no command given\n\n" + Help.OVERVIEW);
                return USAGE;
            }
            String name = args.get(0);
            List<String> rest = args.subList(1, args.size());
            if (List.of("help", "--help", "-h").contains(name)) {
                return help(rest);
            }
            Command c = COMMANDS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() ->
                    new UsageException(null, "unknown command '" + name + "'" + hint(name).map(h -> " (" + h + ")")
                            .orElse("")));
            command = name;
            Arguments a = Arguments.parse(name, rest, c.options());
            if (a.has("help")) {
                out.print(c.help());
                return OK;
            }
            return c.run(a, new Context(sources, json, out, err));
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("run 'lensc help" + (e.command() != null ? " " + e.command() : "") + "' for usage");
            return USAGE;
        } catch (LensFileException e) {
            if (e instanceof InvalidLensFileException invalid) {
                invalid.diagnostics().forEach(err::println);
            }
            err.println("error: " + e.getMessage());
            return USAGE;
        } catch (LensException | JsonReadException | BadInputException e) {
            err.println("error: " + e.getMessage());
            return UNTRANSLATABLE;
        } catch (OutOfMemoryError e) {
            // the document, the tree and its translation were on the stack frames just left: free now
            err.println("error: out of memory " + (json.reading() ? "reading" : "translating") + " a document of "
                    + json.largestDocument() + " bytes; give lensc more heap: LENSC_JAVA_OPTS=-Xmx"
                    + moreHeap(json.largestDocument()));
            return UNTRANSLATABLE;
        } catch (StackOverflowError e) {
            err.println("error: stack overflow" + (command != null ? " in '" + command + "'" : "")
                    + ": a value nested deeper than lensc's stack holds");
            return UNTRANSLATABLE;
        } catch (RuntimeException | Error e) {
            err.println("error: unexpected failure" + (command != null ? " in '" + command + "'" : "") + ": " + e);
            return UNTRANSLATABLE;
        }
    }

    private int help(List<String> rest) {
        if (rest.size() > 1) {
            throw new UsageException(null, "help takes at most one command");
        }
        if (rest.isEmpty()) {
            out.print(Help.OVERVIEW);
            return OK;
        }
        String name = rest.get(0);
        Command c = COMMANDS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() ->
                new UsageException(null, "no command '" + name + "' (" + hint(name).map(h -> h + "; ").orElse("")
                        + "commands: " + String.join(", ", COMMANDS.stream().map(Command::name).toList()) + ")"));
        out.print(c.help());
        return OK;
    }

    private static Optional<String> hint(String name) {
        List<String> names = new ArrayList<>(COMMANDS.stream().map(Command::name).toList());
        names.add("help");
        return Optional.ofNullable(Hints.didYouMean(name, names));
    }

    /**
     * A heap to suggest: twice today's, and at least 16 times the document (a JSON tree takes
     * several times its text), in whole gigabytes or megabytes.
     */
    static String moreHeap(long documentBytes) {
        long bytes = Math.max(2 * Runtime.getRuntime().maxMemory(), 16 * documentBytes);
        long mb = (bytes + (1 << 20) - 1) >> 20;
        return mb >= 1024 ? ((mb + 1023) / 1024) + "g" : mb + "m";
    }
}
