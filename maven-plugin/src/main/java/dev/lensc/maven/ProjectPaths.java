package dev.lensc.maven;

import java.nio.file.Path;
import org.apache.maven.project.MavenProject;

/** Paths as the log shows them: relative to the project directory when inside it. */
final class ProjectPaths {
    private ProjectPaths() {}

    static String relative(MavenProject project, Path p) {
        Path base = project.getBasedir().toPath();
        return p.startsWith(base) ? base.relativize(p).toString() : p.toString();
    }
}
