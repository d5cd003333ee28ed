package dev.lensc.dsl;

import java.util.Objects;

/**
 * One problem found in a {@code .lens} file. {@code hint} is null when there is none. The severity
 * is the code's: one code, one severity.
 */
public record Diagnostic(Location location, DiagnosticCode code, String message, String hint) {
    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A diagnostic of an error code; a warning code here is a bug in the caller. */
    public static Diagnostic error(Location location, DiagnosticCode code, String message, String hint) {
        return of(Severity.ERROR, location, code, message, hint);
    }

    /** A diagnostic of a warning code; an error code here is a bug in the caller. */
    public static Diagnostic warning(Location location, DiagnosticCode code, String message, String hint) {
        return of(Severity.WARNING, location, code, message, hint);
    }

    private static Diagnostic of(Severity expected, Location location, DiagnosticCode code, String message,
            String hint) {
        if (code.severity() != expected) {
            throw new IllegalArgumentException(code + " is a " + code.severity().label() + " code, not "
                    + expected.label());
        }
        return new Diagnostic(location, code, message, hint);
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    /** {@code file:line:col: error: message}, then {@code \n  hint: ...} when there is a hint. */
    public String format() {
        return location + ": " + severity().label() + ": " + message + (hint == null ? "" : "\n  hint: " + hint);
    }

    @Override
    public String toString() {
        return format() + " [" + code.code() + "]";
    }
}
