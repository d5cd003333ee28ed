package dev.lensc.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.graph.Dependency;

/**
 * The project's class path for custom lens classes. The goals declare no dependency resolution
 * (so Maven resolves nothing up front, and a module without custom lenses builds in any reactor
 * order); the class path is resolved here, on the first custom class a lens names.
 */
final class ProjectClassPath {
    /** Which part of the project's class path: the main code's, or the tests' (which includes the main's). */
    enum Scope {
        MAIN(Set.of("compile", "provided", "system")),
        TEST(Set.of("compile", "provided", "system", "runtime", "test"));

        private final Set<String> dependencyScopes;

        Scope(Set<String> dependencyScopes) {
            this.dependencyScopes = dependencyScopes;
        }
    }

    private final MavenProject project;
    private final MavenSession session;
    private final ProjectDependenciesResolver resolver;
    private final Log log;

    ProjectClassPath(MavenProject project, MavenSession session, ProjectDependenciesResolver resolver, Log log) {
        this.project = project;
        this.session = session;
        this.resolver = resolver;
        this.log = log;
    }

    /** A loader that resolves the class path when a lens first names a class. */
    LazyClassLoader loader(Scope scope, ClassLoader plugin) {
        return new LazyClassLoader(() -> new ChildFirstClassLoader(urls(scope), plugin));
    }

    private List<URL> urls(Scope scope) {
        List<File> elements = new ArrayList<>();
        if (scope == Scope.TEST) {
            elements.add(new File(project.getBuild().getTestOutputDirectory()));
        }
        elements.add(new File(project.getBuild().getOutputDirectory()));
        DefaultDependencyResolutionRequest request =
                new DefaultDependencyResolutionRequest(project, session.getRepositorySession());
        request.setResolutionFilter((node, parents) -> node.getDependency() == null
                || scope.dependencyScopes.contains(node.getDependency().getScope()));
        try {
            for (Dependency d : resolver.resolve(request).getDependencies()) {
                if (d.getArtifact().getFile() != null && scope.dependencyScopes.contains(d.getScope())) {
                    elements.add(d.getArtifact().getFile());
                }
            }
        } catch (DependencyResolutionException e) {
            log.warn("Custom lens classes are looked up in the project's own classes only: its dependencies "
                    + "could not be resolved (" + e.getMessage() + ")");
        }
        log.debug("Class path for custom lens classes: " + elements);
        List<URL> urls = new ArrayList<>();
        for (File f : elements) {
            try {
                urls.add(f.toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("class path element " + f + " is not a valid URL", e);
            }
        }
        return urls;
    }
}
