package dev.lensc.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * What {@code lens:generate} and {@code lens:generate-test} share: they differ in their
 * directories, the source root they add and the class path custom lens classes come from.
 */
abstract class AbstractGenerateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    @Component
    BuildContext buildContext;

    @Component
    ProjectDependenciesResolver dependenciesResolver;

    /**
     * One Java package for all generated code, instead of each file's {@code package} line (files
     * without one use {@code lensc.generated}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.package")
    String packageName;

    /**
     * Which files under the source directory to read: globs relative to it, {@code *} within one
     * directory, {@code **} across directories ({@code **}{@code /*.lens} also matches files at the top).
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> includes = new ArrayList<>(List.of("**/*.lens"));

    /**
     * Globs (as {@code includes}) of files to leave out, even when included.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> excludes = new ArrayList<>();

    /**
     * The encoding of the generated Java sources. Characters it cannot hold are written as Unicode
     * escapes; the ServiceLoader file is always UTF-8.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /**
     * Skips every lens goal: {@code generate}, {@code generate-test} and {@code check}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.skip", defaultValue = "false")
    boolean skip;

    abstract File sourceDirectory();

    abstract File outputDirectory();

    abstract File resourceOutputDirectory();

    /** Adds the output directories to the project as a (test) source root and a (test) resource directory. */
    abstract void addOutputRoots();

    abstract ProjectClassPath.Scope classPathScope();

    /** Why this goal is skipped (a user property said so), or null. */
    String skipReason() {
        return skip ? "lens.skip=true" : null;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String goal = "lens:" + mojoExecution.getGoal();
        String skipped = skipReason();
        if (skipped != null) {
            getLog().info("Skipping " + goal + " (" + skipped + ")");
            return;
        }
        addOutputRoots();
        Path source = sourceDirectory().toPath();
        if (buildContext.isIncremental() && !buildContext.hasDelta(sourceDirectory())) {
            getLog().debug("No lens file changed in " + source);
            return;
        }
        RuntimeVersionCheck.warning(project).ifPresent(getLog()::warn);
        Path base = project.getBasedir().toPath();
        Generation generation = new Generation(base, source, outputDirectory().toPath(),
                resourceOutputDirectory().toPath(), packageName, charset(), GeneratorFingerprint.VALUE);
        try (LazyClassLoader customLenses = new ProjectClassPath(project, session, dependenciesResolver, getLog())
                .loader(classPathScope(), getClass().getClassLoader())) {
            List<Path> files = LensFilesScanner.scan(source, includes, excludes);
            Generation.Outcome outcome = generation.run(files, stateFile(), customLenses, new BuildContextFiles(buildContext));
            report(outcome, files, source);
        } catch (IOException e) {
            throw new MojoExecutionException(goal + " could not read or write files: " + e.getMessage(), e);
        }
    }

    private void report(Generation.Outcome outcome, List<Path> files, Path source) throws MojoFailureException {
        if (outcome instanceof Generation.Outcome.UpToDate u) {
            getLog().info(u.inputs() == 0 ? "No lens files in " + relative(source)
                    : "Nothing to generate: " + u.inputs() + " lens file(s) unchanged since the last build");
        } else if (outcome instanceof Generation.Outcome.Conflict c) {
            throw new MojoFailureException("Execution '" + mojoExecution.getExecutionId() + "' of lens:"
                    + mojoExecution.getGoal() + " would overwrite " + c.file() + ", which execution " + c.otherExecution()
                    + " generates: give each execution its own outputDirectory and resourceOutputDirectory");
        } else if (outcome instanceof Generation.Outcome.Failed f) {
            MavenDiagnostics.report(files, f.diagnostics(), getLog(), buildContext);
            throw new MojoFailureException(MavenDiagnostics.failure(f.diagnostics()));
        } else if (outcome instanceof Generation.Outcome.Generated g) {
            MavenDiagnostics.report(files, g.diagnostics(), getLog(), buildContext);
            String changes = g.changes().isEmpty() ? "" : " (" + String.join(", ", g.changes()) + ")";
            if (g.inputs() == 0) {
                getLog().info("No lens files in " + relative(source) + (g.removed() == 0 ? "" : "; removed "
                        + g.removed() + " file(s) generated from lens files no longer there" + changes));
            } else {
                getLog().info("Generated from " + g.inputs() + " lens file(s)" + changes + ": " + g.written()
                        + " file(s) written, " + g.unchanged() + " unchanged, " + g.removed() + " removed, in "
                        + relative(outputDirectory().toPath()));
            }
        }
    }

    /** One state per goal and execution, so two executions never take each other's outputs for stale ones. */
    private Path stateFile() {
        return Path.of(project.getBuild().getDirectory(), "lens-state",
                mojoExecution.getGoal() + "-" + mojoExecution.getExecutionId() + ".properties");
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            getLog().warn("No encoding set (project.build.sourceEncoding): generated sources are written as UTF-8");
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("encoding '" + encoding + "' is not known to this Java runtime");
        }
    }

    private String relative(Path p) {
        return ProjectPaths.relative(project, p);
    }
}
