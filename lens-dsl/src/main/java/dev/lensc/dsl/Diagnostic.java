package dev.lensc.dsl;

import java.util.Objects;

/** One problem found in a {@code .lens} file. {@code hint} is null when there is none. */
public record Diagnostic(Severity severity, Location location, DiagnosticCode code, String message, String hint) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(Location location, DiagnosticCode code, String message, String hint) {
        return new Diagnostic(Severity.ERROR, location, code, message, hint);
    }

    public static Diagnostic warning(Location location, DiagnosticCode code, String message, String hint) {
        return new Diagnostic(Severity.WARNING, location, code, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message}, then {@code \n  hint: ...} when there is a hint. */
    public String format() {
        return location + ": " + severity.label() + ": " + message + (hint == null ? "" : "\n  hint: " + hint);
    }

    @Override
    public String toString() {
        return format() + " [" + code.code() + "]";
    }
}
