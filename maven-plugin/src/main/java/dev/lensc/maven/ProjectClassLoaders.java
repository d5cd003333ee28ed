package dev.lensc.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/** Class loaders over a project's classpath, for custom lens classes named in {@code .lens} files. */
final class ProjectClassLoaders {
    private ProjectClassLoaders() {}

    static ClassLoader compileClassLoader(MavenProject project, ClassLoader parent) {
        return loader(elements(project, false), parent);
    }

    static ClassLoader testClassLoader(MavenProject project, ClassLoader parent) {
        return loader(elements(project, true), parent);
    }

    private static List<String> elements(MavenProject project, boolean test) {
        try {
            return test ? project.getTestClasspathElements() : project.getCompileClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            return List.of();
        }
    }

    private static ClassLoader loader(List<String> elements, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (String e : elements) {
            try {
                urls.add(new File(e).toURI().toURL());
            } catch (MalformedURLException ex) {
                throw new IllegalArgumentException("bad classpath element " + e, ex);
            }
        }
        return new URLClassLoader(urls.toArray(new URL[0]), parent);
    }
}
