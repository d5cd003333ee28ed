package dev.lensc.compiler.cli;

import dev.lensc.compiler.LawReports;
import dev.lensc.dsl.Diagnostic;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.laws.LawResult;
import dev.lensc.runtime.laws.LawSettings;
import dev.lensc.runtime.laws.LensLaws;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * {@code lensc check}: every file parsed and checked (all diagnostics of all files), then the
 * round-trip laws of every schema on generated documents. Law results go to stdout, diagnostics and
 * the final verdict of a failure to stderr.
 */
final class CheckCommand extends Command {
    static final int DEFAULT_TRIES = 1000;

    private final LongSupplier nanoTime;

    /** @param nanoTime the clock of the time the law checks took */
    CheckCommand(LongSupplier nanoTime) {
        super("check", Options.of(Set.of("tries", "seed"), Set.of("no-laws")), Help.CHECK);
        this.nanoTime = nanoTime;
    }

    @Override
    int run(Arguments a, Context c) {
        if (a.operands().isEmpty()) {
            throw new UsageException(name(), "give the .lens files to check");
        }
        int tries = (int) a.number("tries", 1, Integer.MAX_VALUE, DEFAULT_TRIES);
        long seed = a.number("seed", Long.MIN_VALUE, Long.MAX_VALUE, LawSettings.DEFAULT_SEED);
        List<Path> files = new ArrayList<>();
        for (String f : a.operands()) {
            if (!f.toLowerCase(Locale.ROOT).endsWith(".lens")) {
                throw new UsageException(name(), "check reads .lens files, not " + f);
            }
            if (!Files.isRegularFile(Path.of(f))) {
                throw new UsageException(name(), "no such lens file: " + f);
            }
            files.add(Path.of(f));
        }
        return check(files, tries, seed, !a.has("no-laws"), c.out(), c.err());
    }

    /** @param tries documents per law and lens; {@code laws} false checks the files only */
    private int check(List<Path> files, int tries, long seed, boolean laws, PrintStream out, PrintStream err) {
        List<LinkedSchema> schemas = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            LensFileResult result = LensFiles.load(file);
            for (Diagnostic d : result.diagnostics()) {
                err.println(d.format());
            }
            errors += result.errors().size();
            warnings += result.warnings().size();
            schemas.addAll(result.schemas());
        }
        if (errors > 0) {
            err.println("error: " + count(errors, "error") + (warnings > 0 ? " and " + count(warnings, "warning") : "")
                    + " in " + count(files.size(), "lens file"));
            return Lensc.USAGE;
        }
        if (!laws) {
            out.println("checked " + count(files.size(), "lens file") + ": " + count(schemas.size(), "schema")
                    + ", no errors" + (warnings > 0 ? ", " + count(warnings, "warning") : ""));
            return Lensc.OK;
        }
        long start = nanoTime.getAsLong();
        LensLaws lensLaws = new LensLaws(LawSettings.of(seed, tries));
        int passed = 0;
        int failed = 0;
        int accepted = 0;
        for (LinkedSchema schema : schemas) {
            DocumentType type = schema.toDocumentType();
            out.println(schema.qualifiedName() + " (" + schema.location().file() + "), versions "
                    + type.versions() + ":");
            for (LawResult r : lensLaws.check(type)) {
                switch (r.status()) {
                    case PASSED -> {
                        passed++;
                        out.println("  " + LawReports.summary(r));
                    }
                    case FAILED -> {
                        failed++;
                        out.println(indent(LawReports.format(r)));
                    }
                    case ACCEPTED_LOSS -> {
                        accepted++;
                        out.println(indent(LawReports.format(r)));
                    }
                }
            }
        }
        double seconds = (nanoTime.getAsLong() - start) / 1e9;
        int total = passed + failed + accepted;
        out.println(count(total, "law check") + ": " + passed + " passed, " + failed + " failed, " + accepted
                + " accepted " + (accepted == 1 ? "loss" : "losses") + " (" + tries + " tries each, seed " + seed
                + ", " + String.format(Locale.ROOT, "%.1f", seconds) + " s)");
        if (failed > 0) {
            err.println("error: " + count(failed, "law check") + " failed; replay with --seed " + seed
                    + (tries != DEFAULT_TRIES ? " --tries " + tries : ""));
            return Lensc.UNTRANSLATABLE;
        }
        return Lensc.OK;
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
