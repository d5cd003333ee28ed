package dev.lensc.maven;

import java.io.File;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates typed records and translators from the {@code .lens} files under
 * {@code src/main/lens} and adds them to the compile sources, with their ServiceLoader
 * registration as a resource. Unchanged inputs regenerate nothing; output of an input that is gone
 * is removed. The project's dependencies are resolved only when a lens names a custom class.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class GenerateMojo extends AbstractGenerateMojo {

    /**
     * Where the {@code .lens} files are.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.sourceDirectory", defaultValue = "${project.basedir}/src/main/lens")
    private File sourceDirectory;

    /**
     * Where generated Java sources go; added as a compile source root.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/lens")
    private File outputDirectory;

    /**
     * Where the ServiceLoader registration goes; added as a resource directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.resourceOutputDirectory",
            defaultValue = "${project.build.directory}/generated-resources/lens")
    private File resourceOutputDirectory;

    @Override
    File sourceDirectory() {
        return sourceDirectory;
    }

    @Override
    File outputDirectory() {
        return outputDirectory;
    }

    @Override
    File resourceOutputDirectory() {
        return resourceOutputDirectory;
    }

    @Override
    void addOutputRoots() {
        project.addCompileSourceRoot(outputDirectory.getPath());
        Resource resource = new Resource();
        resource.setDirectory(resourceOutputDirectory.getPath());
        project.addResource(resource);
    }

    @Override
    ProjectClassPath.Scope classPathScope() {
        return ProjectClassPath.Scope.MAIN;
    }
}
