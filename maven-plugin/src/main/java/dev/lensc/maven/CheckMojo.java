package dev.lensc.maven;

import dev.lensc.compiler.LawReports;
import dev.lensc.compiler.LensProject;
import dev.lensc.dsl.Diagnostic;
import dev.lensc.runtime.laws.LawResult;
import dev.lensc.runtime.laws.LawSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Runs the static checks and the round-trip law checks (GetPut, PutGet onto a base, PutGet,
 * CreateGet) for every lens both ways and every pair of versions, and fails the build with a shrunk
 * counterexample when a law breaks that the lens does not declare as an accepted loss. Logs one
 * line per document type; {@code -X} shows every law.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.TEST, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private BuildContext buildContext;

    @Component
    private ProjectDependenciesResolver dependenciesResolver;

    /**
     * Where the {@code .lens} files are.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.sourceDirectory", defaultValue = "${project.basedir}/src/main/lens")
    private File sourceDirectory;

    /**
     * Which files under the source directory to check; globs as for {@code lens:generate}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> includes = new ArrayList<>(List.of("**/*.lens"));

    /**
     * Globs of files to leave out, even when included.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /**
     * Documents tried per law and lens.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.tries", defaultValue = "1000")
    private int tries;

    /**
     * The seed of the document generator; a failure prints it, and {@code -Dlens.seed=N} replays the run.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.seed", defaultValue = "" + LawSettings.DEFAULT_SEED)
    private long seed;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.check.skip", defaultValue = "false")
    private boolean skipCheck;

    /**
     * Skips every lens goal, this one too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Skips this goal along with the tests.
     *
     * @since 0.1.0
     */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /**
     * Skips this goal along with compiling and running the tests.
     *
     * @since 0.1.0
     */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean skipTestCompile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String skipped = skipCheck ? "lens.check.skip=true" : skip ? "lens.skip=true"
                : skipTests ? "skipTests=true" : skipTestCompile ? "maven.test.skip=true" : null;
        if (skipped != null) {
            getLog().info("Skipping lens:check (" + skipped + ")");
            return;
        }
        Path source = sourceDirectory.toPath();
        try (LazyClassLoader customLenses = new ProjectClassPath(project, session, dependenciesResolver, getLog())
                .loader(ProjectClassPath.Scope.TEST, getClass().getClassLoader())) {
            List<Path> files = LensFilesScanner.scan(source, includes, excludes);
            if (files.isEmpty()) {
                getLog().info("No lens files in " + ProjectPaths.relative(project, source));
                return;
            }
            LensProject lenses = LensProject.load(files, customLenses);
            checkStatically(files, lenses.diagnostics());
            checkLaws(lenses);
        } catch (IOException e) {
            throw new MojoExecutionException("lens:check could not read files: " + e.getMessage(), e);
        }
    }

    /** Errors fail the build; warnings are lens:generate's to show, so here they go to the debug log. */
    private void checkStatically(List<Path> files, List<Diagnostic> diagnostics) throws MojoFailureException {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        diagnostics.stream().filter(d -> !d.isError()).forEach(d -> getLog().debug(d.format()));
        if (!errors.isEmpty()) {
            MavenDiagnostics.report(files, errors, getLog(), buildContext);
            throw new MojoFailureException(MavenDiagnostics.failure(errors));
        }
    }

    private void checkLaws(LensProject lenses) throws MojoFailureException {
        int failed = 0;
        int total = 0;
        for (Map.Entry<String, List<LawResult>> type : lenses.checkLawsByType(LawSettings.of(seed, tries)).entrySet()) {
            int typeFailed = 0;
            int accepted = 0;
            for (LawResult r : type.getValue()) {
                if (r.failed()) {
                    typeFailed++;
                    getLog().error(LawReports.format(r, "-Dlens.seed=" + r.seed()));
                } else {
                    if (r.status() == LawResult.Status.ACCEPTED_LOSS) {
                        accepted++;
                    }
                    getLog().debug(LawReports.format(r));
                }
            }
            getLog().info(type.getKey() + ": " + (type.getValue().size() - typeFailed) + " of "
                    + type.getValue().size() + " law checks passed" + (accepted == 0 ? "" : " (" + accepted
                    + " as declared losses)") + (typeFailed == 0 ? "" : ", " + typeFailed + " FAILED"));
            failed += typeFailed;
            total += type.getValue().size();
        }
        if (failed > 0) {
            throw new MojoFailureException(failed + " of " + total + " law checks failed (seed " + seed + ", "
                    + tries + " tries per law; replay with -Dlens.seed=" + seed
                    + "); fix the lens or declare the loss in the lens file");
        }
        getLog().info("All " + total + " law checks passed (" + tries + " tries each, seed " + seed + ")");
    }
}
