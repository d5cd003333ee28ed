package dev.lensc.maven;

import dev.lensc.dsl.Diagnostic;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** Lens diagnostics in the Maven log, as {@code file:line:col: error: message}, never a stack trace. */
final class MavenDiagnostics {
    private MavenDiagnostics() {}

    static void report(List<Diagnostic> diagnostics, Log log) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                log.error(d.format());
            } else {
                log.warn(d.format());
            }
        }
    }
}
