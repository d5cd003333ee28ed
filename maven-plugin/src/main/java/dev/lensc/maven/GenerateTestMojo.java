package dev.lensc.maven;

import java.io.File;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * As {@code lens:generate}, for lenses only tests use: reads {@code src/test/lens} and adds the
 * generated code to the test sources. Custom lens classes come from the test class path.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class GenerateTestMojo extends AbstractGenerateMojo {

    /**
     * Where the test {@code .lens} files are.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.testSourceDirectory", defaultValue = "${project.basedir}/src/test/lens")
    private File sourceDirectory;

    /**
     * Where generated Java test sources go; added as a test source root.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.testOutputDirectory",
            defaultValue = "${project.build.directory}/generated-test-sources/lens")
    private File outputDirectory;

    /**
     * Where the ServiceLoader registration of the test lenses goes; added as a test resource directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lens.testResourceOutputDirectory",
            defaultValue = "${project.build.directory}/generated-test-resources/lens")
    private File resourceOutputDirectory;

    /**
     * Skips this goal, as it skips compiling the tests.
     *
     * @since 0.1.0
     */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean skipTestCompile;

    @Override
    String skipReason() {
        return skipTestCompile ? "maven.test.skip=true" : super.skipReason();
    }

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
        project.addTestCompileSourceRoot(outputDirectory.getPath());
        Resource resource = new Resource();
        resource.setDirectory(resourceOutputDirectory.getPath());
        project.addTestResource(resource);
    }

    @Override
    ProjectClassPath.Scope classPathScope() {
        return ProjectClassPath.Scope.TEST;
    }
}
