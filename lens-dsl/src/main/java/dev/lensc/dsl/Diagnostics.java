package dev.lensc.dsl;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics; every stage adds to one instance so a run reports all problems at once. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic d) {
        all.add(d);
    }

    public void error(Location at, DiagnosticCode code, String message, String hint) {
        add(Diagnostic.error(at, code, message, hint));
    }

    public void error(Location at, DiagnosticCode code, String message) {
        error(at, code, message, null);
    }

    public void warning(Location at, DiagnosticCode code, String message, String hint) {
        add(Diagnostic.warning(at, code, message, hint));
    }

    public int errorCount() {
        return (int) all.stream().filter(Diagnostic::isError).count();
    }

    /** In source order (stable for diagnostics at the same place). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(all);
        out.sort((a, b) -> a.location().compareTo(b.location()));
        return List.copyOf(out);
    }
}
