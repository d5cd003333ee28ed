package dev.lensc.maven;

import dev.lensc.compiler.LensProject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed records and translators from {@code .lens} files and adds them to the compile
 * sources. Unchanged inputs regenerate nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Where the {@code .lens} files are. */
    @Parameter(property = "lens.sourceDirectory", defaultValue = "${project.basedir}/src/main/lens")
    private File sourceDirectory;

    /** Where generated Java sources go; added as a compile source root. */
    @Parameter(property = "lens.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/lens")
    private File outputDirectory;

    /** Where the ServiceLoader registration goes; added as a resource directory. */
    @Parameter(property = "lens.resourceOutputDirectory",
            defaultValue = "${project.build.directory}/generated-resources/lens")
    private File resourceOutputDirectory;

    /** A Java package for all generated code, instead of each file's {@code package} line. */
    @Parameter(property = "lens.package")
    private String packageName;

    @Parameter
    private List<String> includes = new ArrayList<>(List.of("**/*.lens"));

    @Parameter
    private List<String> excludes = new ArrayList<>();

    @Parameter(property = "lens.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.build.directory}/lens-state/generate.properties", readonly = true)
    private File stateFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping lens:generate (lens.skip=true)");
            return;
        }
        Path source = sourceDirectory.toPath();
        Path output = outputDirectory.toPath();
        Path resources = resourceOutputDirectory.toPath();
        project.addCompileSourceRoot(output.toString());
        Resource resource = new Resource();
        resource.setDirectory(resources.toString());
        project.addResource(resource);
        try {
            List<Path> files = LensFilesScanner.scan(source, includes, excludes);
            if (files.isEmpty()) {
                getLog().info("No .lens files in " + source);
                return;
            }
            IncrementalState now = IncrementalState.of(source, files, settings());
            IncrementalState before = IncrementalState.read(stateFile.toPath());
            if (now.upToDate(before)) {
                getLog().info("Nothing to generate: " + files.size() + " lens file(s) unchanged since the last build");
                return;
            }
            List<String> changes = now.changes(before);
            getLog().info("Generating from " + files.size() + " lens file(s)"
                    + (changes.isEmpty() ? "" : "; changed: " + String.join(", ", changes)));
            LensProject lenses = LensProject.load(files, projectClassLoader());
            MavenDiagnostics.report(lenses.diagnostics(), getLog());
            if (lenses.hasErrors()) {
                throw new MojoFailureException("lens files have errors (see above)");
            }
            for (String stale : before.outputs()) {
                Files.deleteIfExists(Path.of(stale));
            }
            List<Path> written = lenses.generate(output, resources, packageName);
            now.withOutputs(written.stream().map(p -> p.toAbsolutePath().toString()).toList()).write(stateFile.toPath());
            getLog().info("Wrote " + written.size() + " file(s) to " + output + " and " + resources);
        } catch (IOException e) {
            throw new MojoExecutionException("lens:generate could not read or write files: " + e.getMessage(), e);
        }
    }

    private String settings() {
        return "package=" + packageName + ";output=" + outputDirectory + ";resources=" + resourceOutputDirectory
                + ";version=" + LensProject.VERSION;
    }

    private ClassLoader projectClassLoader() {
        return ProjectClassLoaders.compileClassLoader(project, getClass().getClassLoader());
    }
}
