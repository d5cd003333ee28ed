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
}
