package dev.lensc.maven;

import dev.lensc.compiler.LensProject;
import java.util.Optional;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;

/**
 * Generated code is made for the {@code lens-runtime} of the plugin's own version; a project that
 * declares another version gets a warning (the cure: one version property for both).
 */
final class RuntimeVersionCheck {
    static final String GROUP_ID = "dev.lensc";
    static final String RUNTIME = "lens-runtime";

    private RuntimeVersionCheck() {}

    /** The warning, when the project declares a {@code lens-runtime} of another version than the plugin's. */
    static Optional<String> warning(MavenProject project) {
        return LensProject.VERSION.equals("development") ? Optional.empty() : warning(project, LensProject.VERSION);
    }

    static Optional<String> warning(MavenProject project, String pluginVersion) {
        return project.getDependencies().stream()
                .filter(d -> GROUP_ID.equals(d.getGroupId()) && RUNTIME.equals(d.getArtifactId()))
                .map(Dependency::getVersion)
                .filter(v -> v != null && !v.equals(pluginVersion))
                .findFirst()
                .map(v -> "The project uses " + GROUP_ID + ":" + RUNTIME + ":" + v + ", but lens-maven-plugin "
                        + pluginVersion + " generates code for " + RUNTIME + " " + pluginVersion
                        + ": use one version (property) for both");
    }
}
