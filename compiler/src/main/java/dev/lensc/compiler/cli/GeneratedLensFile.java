package dev.lensc.compiler.cli;

import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;

/**
 * A {@code .lens} file a command wrote: checked before it is printed, so that a command never
 * exits 0 with a file that {@code lensc check} would refuse.
 */
final class GeneratedLensFile {
    private GeneratedLensFile() {}

    /** The text, when it checks without errors; else its errors on stderr and a failure. */
    static String checked(String text, String name, Context c) {
        LensFileResult result = LensFiles.parse(name, text);
        if (result.hasErrors()) {
            result.errors().forEach(d -> c.err().println(d.format()));
            throw new BadInputException("the " + name + " lensc wrote does not check ("
                    + result.errors().size() + " error" + (result.errors().size() == 1 ? "" : "s") + ")");
        }
        return text;
    }

    /**
     * The text of a proposal: when it does not check, its errors follow as comments (the decisions
     * in it say what to do about them), and the command still succeeds.
     */
    static String checkedOrCommented(String text, String name, Context c) {
        LensFileResult result = LensFiles.parse(name, text);
        if (!result.hasErrors()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text).append("// lensc check reports, until the decisions above are made:\n");
        result.errors().forEach(d -> out.append("//   ").append(d.format().replace("\n", "\n//   ")).append('\n'));
        return out.toString();
    }
}
