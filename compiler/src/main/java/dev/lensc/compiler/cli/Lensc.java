package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchTranslation;
import dev.lensc.runtime.schema.Hints;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The {@code lensc} command line. {@link #run} is the whole program (tests call it in-process);
 * {@link #main} only binds it to the process.
 *
 * <p>Exit codes: 0 success; 1 a document or patch cannot be translated, or a law check fails; 2
 * usage errors and lens files that cannot be loaded. Every failure ends in one {@code error: ...}
 * message on stderr (after the {@code file:line:col: error: ...} diagnostics of a lens file), never
 * a stack trace.
 */
public final class Lensc {
    public static final int OK = 0;
    public static final int UNTRANSLATABLE = 1;
    public static final int USAGE = 2;

    private static final List<String> COMMANDS = List.of("apply", "schema", "patch", "check", "graph", "compile", "help");

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
        int code = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, LensSources.standard(), in, out, err);
    }

    /** @param sources the lens file formats to accept */
    public static int run(String[] args, LensSources sources, InputStream in, PrintStream out, PrintStream err) {
        return new Lensc(sources, in, out, err).run(Arrays.asList(args));
    }

    private int run(List<String> args) {
        String command = null;
        try {
            if (args.isEmpty()) {
                err.print("error: no command given\n\n" + Help.OVERVIEW);
                return USAGE;
            }
            command = args.get(0);
            List<String> rest = args.subList(1, args.size());
            switch (command) {
                case "help", "--help", "-h":
                    return help(rest);
                case "apply":
                    return apply(rest);
                case "schema":
                    return schema(rest);
                case "patch":
                    return patch(rest);
                case "check":
                    return check(rest);
                case "graph":
                    return graph(rest);
                case "compile":
                    return CompileCommand.run(rest, out, err);
                default:
                    String hint = Hints.didYouMean(command, COMMANDS);
                    command = null;
                    throw new UsageException(null, "unknown command '" + args.get(0) + "'"
                            + (hint != null ? " (" + hint + ")" : ""));
            }
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
        } catch (LensException | JsonIo.BadJson e) {
            err.println("error: " + e.getMessage());
            return UNTRANSLATABLE;
        } catch (RuntimeException e) {
            err.println("error: unexpected failure" + (command != null ? " in '" + command + "'" : "") + ": " + e);
            return UNTRANSLATABLE;
        }
    }

    private int help(List<String> rest) {
        if (rest.size() > 1) {
            throw new UsageException(null, "help takes at most one command");
        }
        String text = Help.of(rest.isEmpty() ? null : rest.get(0));
        if (text == null) {
            String hint = Hints.didYouMean(rest.get(0), COMMANDS);
            throw new UsageException(null, "no command '" + rest.get(0) + "' (" + (hint != null ? hint + "; " : "")
                    + "commands: " + String.join(", ", COMMANDS.subList(0, COMMANDS.size() - 1)) + ")");
        }
        out.print(text);
        return OK;
    }

    private int apply(List<String> rest) {
        Arguments a = Arguments.parse("apply", rest,
                Set.of("lens", "type", "from", "to", "base", "schema"), Set.of("reverse", "help"));
        if (a.has("help")) {
            out.print(Help.APPLY);
            return OK;
        }
        Selection selection = new Selection(a.value("type"), a.version("from"), a.version("to"), null, a.has("reverse"));
        checkDirection(selection, "apply");
        if (a.operands().size() > 1) {
            throw new UsageException("apply", "one input document at most, found " + a.operands().size()
                    + ": " + String.join(" ", a.operands()));
        }
        LensSource lens = load(a.required("lens"), "apply");
        JsonNode schema = a.has("schema") ? schemaFile(a.value("schema"), "apply") : null;
        JsonNode base = a.has("base") ? JsonIo.readFile(Path.of(a.value("base")), "apply", "base document") : null;
        String input = a.operands().isEmpty() ? "-" : a.operands().get(0);
        JsonNode doc = input.equals("-") ? JsonIo.read(in, "<stdin>") : JsonIo.readFile(Path.of(input), "apply", "input");
        JsonNode result = lens.apply(doc, selection, schema, base);
        out.print(JsonIo.pretty(result));
        return OK;
    }

    private int schema(List<String> rest) {
        Arguments a = Arguments.parse("schema", rest,
                Set.of("lens", "type", "version", "schema"), Set.of("reverse", "help"));
        if (a.has("help")) {
            out.print(Help.SCHEMA);
            return OK;
        }
        if (!a.operands().isEmpty()) {
            throw new UsageException("schema", "unexpected argument '" + a.operands().get(0) + "'");
        }
        Selection selection = new Selection(a.value("type"), null, null, a.version("version"), a.has("reverse"));
        if (selection.reverse() && selection.version() != null) {
            throw new UsageException("schema", "give either --version or --reverse, not both");
        }
        LensSource lens = load(a.required("lens"), "schema");
        JsonNode input = a.has("schema") ? schemaFile(a.value("schema"), "schema") : null;
        try {
            out.print(JsonIo.pretty(lens.schema(selection, input)));
        } catch (LensException e) {
            // the lens does not fit the schema it starts from: a problem of the lens, not of a document
            throw new LensFileException(e.getMessage(), e);
        }
        return OK;
    }

    private int patch(List<String> rest) {
        Arguments a = Arguments.parse("patch", rest,
                Set.of("lens", "type", "from", "to", "doc", "base", "schema"), Set.of("reverse", "strict", "help"));
        if (a.has("help")) {
            out.print(Help.PATCH);
            return OK;
        }
        Selection selection = new Selection(a.value("type"), a.version("from"), a.version("to"), null, a.has("reverse"));
        checkDirection(selection, "patch");
        if (a.operands().size() > 1) {
            throw new UsageException("patch", "one patch at most, found " + a.operands().size() + ": "
                    + String.join(" ", a.operands()));
        }
        if (a.has("base") && !a.has("doc")) {
            throw new UsageException("patch", "--base needs --doc: without the document the patch is translated"
                    + " from its paths and values alone");
        }
        LensSource lens = load(a.required("lens"), "patch");
        JsonNode schema = a.has("schema") ? schemaFile(a.value("schema"), "patch") : null;
        JsonNode doc = a.has("doc") ? JsonIo.readFile(Path.of(a.value("doc")), "patch", "document") : null;
        JsonNode base = a.has("base") ? JsonIo.readFile(Path.of(a.value("base")), "patch", "base document") : null;
        String input = a.operands().isEmpty() ? "-" : a.operands().get(0);
        JsonNode patchJson = input.equals("-") ? JsonIo.read(in, "<stdin>") : JsonIo.readFile(Path.of(input), "patch", "patch");
        String patchName = input.equals("-") ? "<stdin>" : input;
        JsonPatch patch;
        try {
            patch = JsonPatch.parse(patchJson);
        } catch (IllegalArgumentException | LensException e) {
            throw new JsonIo.BadJson(patchName + ": not a JSON Patch: " + e.getMessage());
        }
        PatchTranslation t = doc == null ? lens.patch(patch, selection, schema)
                : lens.patch(patch, selection, doc, schema, base);
        if (a.has("strict")) {
            t = t.strict();
        }
        if (!PatchNotes.report(t, err)) {
            return UNTRANSLATABLE;
        }
        out.print(JsonIo.pretty(t.patch().toJson()));
        return OK;
    }

    private int check(List<String> rest) {
        Arguments a = Arguments.parse("check", rest, Set.of("tries", "seed"), Set.of("no-laws", "help"));
        if (a.has("help")) {
            out.print(Help.CHECK);
            return OK;
        }
        if (a.operands().isEmpty()) {
            throw new UsageException("check", "give the .lens files to check");
        }
        int tries = CheckCommand.DEFAULT_TRIES;
        if (a.has("tries")) {
            try {
                tries = Integer.parseInt(a.value("tries"));
            } catch (NumberFormatException e) {
                tries = 0;
            }
            if (tries < 1) {
                throw new UsageException("check", "--tries takes a whole number of at least 1, not '" + a.value("tries") + "'");
            }
        }
        long seed = CheckCommand.DEFAULT_SEED;
        if (a.has("seed")) {
            try {
                seed = Long.parseLong(a.value("seed"));
            } catch (NumberFormatException e) {
                throw new UsageException("check", "--seed takes a whole number, not '" + a.value("seed") + "'");
            }
        }
        List<Path> files = new java.util.ArrayList<>();
        for (String f : a.operands()) {
            if (!f.toLowerCase(java.util.Locale.ROOT).endsWith(".lens")) {
                throw new UsageException("check", "check reads .lens files, not " + f);
            }
            if (!java.nio.file.Files.isRegularFile(Path.of(f))) {
                throw new UsageException("check", "no such lens file: " + f);
            }
            files.add(Path.of(f));
        }
        return new CheckCommand(out, err, System::nanoTime).run(files, tries, seed, !a.has("no-laws"));
    }

    private int graph(List<String> rest) {
        Arguments a = Arguments.parse("graph", rest, Set.of("lens", "type", "format"), Set.of("help"));
        if (a.has("help")) {
            out.print(Help.GRAPH);
            return OK;
        }
        if (!a.operands().isEmpty()) {
            throw new UsageException("graph", "unexpected argument '" + a.operands().get(0) + "'");
        }
        String format = a.has("format") ? a.value("format") : "dot";
        if (!GraphText.FORMATS.contains(format)) {
            throw new UsageException("graph", "--format is one of " + String.join(", ", GraphText.FORMATS)
                    + ", not '" + format + "'");
        }
        LensSource lens = load(a.required("lens"), "graph");
        Selection selection = new Selection(a.value("type"), null, null, null, false);
        out.print(GraphText.render(lens.documentType(selection, "graph"), format));
        return OK;
    }

    /** Loads a lens file and prints its warnings. */
    private LensSource load(String file, String command) {
        LensSource lens = sources.load(Path.of(file), command);
        lens.warnings().forEach(err::println);
        return lens;
    }

    private static void checkDirection(Selection s, String command) {
        if (s.reverse() && (s.from() != null || s.to() != null)) {
            throw new UsageException(command, "give either --from/--to or --reverse, not both");
        }
        if ((s.from() == null) != (s.to() == null)) {
            throw new UsageException(command, "--from and --to go together");
        }
    }

    private static JsonNode schemaFile(String file, String command) {
        JsonNode schema;
        try {
            schema = JsonIo.readFile(Path.of(file), command, "schema");
        } catch (JsonIo.BadJson e) {
            throw new UsageException(command, e.getMessage());
        }
        try {
            dev.lensc.runtime.schema.JsonSchemas.fromJsonSchema(schema);
        } catch (IllegalArgumentException e) {
            throw new UsageException(command, file + ": " + e.getMessage());
        }
        return schema;
    }
}
