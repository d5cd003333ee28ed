package dev.lensc.maven;

import dev.lensc.dsl.Diagnostic;
import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * Lens diagnostics in the Maven log, as {@code file:line:col: error: message}, never a stack
 * trace; in an IDE also as markers on the lens files.
 */
final class MavenDiagnostics {
    private MavenDiagnostics() {}

    /** Clears the markers of the files, then reports every diagnostic. */
    static void report(Collection<Path> files, List<Diagnostic> diagnostics, Log log, BuildContext context) {
        boolean ide = !(context instanceof DefaultBuildContext);
        if (ide) {
            files.forEach(f -> context.removeMessages(f.toFile()));
        }
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                log.error(d.format());
            } else {
                log.warn(d.format());
            }
            if (ide) {
                context.addMessage(new File(d.location().file()), d.location().line(), d.location().column(),
                        d.message() + (d.hint() == null ? "" : " (" + d.hint() + ")"),
                        d.isError() ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
            }
        }
    }

    /** The build failure's message: how many errors, and the first of them. */
    static String failure(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        return errors.size() + (errors.size() == 1 ? " error" : " errors") + " in lens files; the first: "
                + errors.get(0).format().lines().findFirst().orElse("");
    }
}
