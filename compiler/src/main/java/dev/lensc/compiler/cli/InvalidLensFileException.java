package dev.lensc.compiler.cli;

import java.util.List;

/**
 * A {@code .lens} file with errors: every diagnostic of the file (errors and warnings), each
 * formatted {@code file:line:col: error: message}, printed as they are before the summary.
 */
public class InvalidLensFileException extends LensFileException {
    private static final long serialVersionUID = 1L;

    private final List<String> diagnostics;

    public InvalidLensFileException(String message, List<String> diagnostics) {
        super(message, null);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<String> diagnostics() {
        return diagnostics;
    }
}
