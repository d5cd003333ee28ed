package dev.lensc.maven;

import dev.lensc.compiler.LawReports;
import dev.lensc.compiler.LensProject;
import dev.lensc.runtime.laws.LawResult;
import dev.lensc.runtime.laws.LawSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs the static checks and the round-trip law checks for every lens, and fails the build with
 * a shrunk counterexample when a law breaks that the lens does not declare as an accepted loss.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.TEST, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(property = "lens.sourceDirectory", defaultValue = "${project.basedir}/src/main/lens")
    private File sourceDirectory;

    @Parameter
    private List<String> includes = new ArrayList<>(List.of("**/*.lens"));

    @Parameter
    private List<String> excludes = new ArrayList<>();

    /** Documents tried per law and lens. */
    @Parameter(property = "lens.tries", defaultValue = "1000")
    private int tries;

    /** The seed of the document generator; a failure prints it so that a run can be replayed. */
    @Parameter(property = "lens.seed", defaultValue = "1")
    private long seed;

    @Parameter(property = "lens.check.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests) {
            getLog().info("Skipping lens:check");
            return;
        }
        Path source = sourceDirectory.toPath();
        try {
            List<Path> files = LensFilesScanner.scan(source, includes, excludes);
            if (files.isEmpty()) {
                getLog().info("No .lens files in " + source);
                return;
            }
            LensProject lenses = LensProject.load(files,
                    ProjectClassLoaders.testClassLoader(project, getClass().getClassLoader()));
            MavenDiagnostics.report(lenses.diagnostics(), getLog());
            if (lenses.hasErrors()) {
                throw new MojoFailureException("lens files have errors (see above)");
            }
            List<LawResult> results = lenses.checkLaws(LawSettings.of(seed, tries));
            int failed = 0;
            for (LawResult r : results) {
                if (r.failed()) {
                    failed++;
                    getLog().error(LawReports.format(r));
                } else {
                    getLog().info(LawReports.summary(r));
                }
            }
            if (failed > 0) {
                throw new MojoFailureException(failed + " law check(s) failed (seed " + seed + ", " + tries
                        + " tries per law); fix the lens or declare the loss in the lens file");
            }
            getLog().info("All " + results.size() + " law checks passed (" + tries + " tries each, seed " + seed + ")");
        } catch (IOException e) {
            throw new MojoExecutionException("lens:check could not read files: " + e.getMessage(), e);
        }
    }
}
