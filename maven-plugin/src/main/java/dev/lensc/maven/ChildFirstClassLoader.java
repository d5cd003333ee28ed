package dev.lensc.maven;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * The project's class path for custom lens classes, searched before the plugin's own: the
 * project's classes and libraries win over whatever the plugin happens to carry (ANTLR, JavaPoet,
 * ...). Only the packages of the contract a custom lens implements, {@code dev.lensc.runtime} and
 * Jackson (its methods take {@code JsonNode}), come from the plugin, since the plugin calls the
 * lens through them; the JDK always comes from the platform.
 */
final class ChildFirstClassLoader extends URLClassLoader {
    static final List<String> SHARED_PACKAGES = List.of("dev.lensc.runtime.", "com.fasterxml.jackson.");

    static {
        registerAsParallelCapable();
    }

    ChildFirstClassLoader(List<URL> classPath, ClassLoader plugin) {
        super(classPath.toArray(new URL[0]), plugin);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (SHARED_PACKAGES.stream().anyMatch(name::startsWith)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = platformOrProject(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    private Class<?> platformOrProject(String name) throws ClassNotFoundException {
        try {
            return getPlatformClassLoader().loadClass(name);
        } catch (ClassNotFoundException notJdk) {
            try {
                return findClass(name);
            } catch (ClassNotFoundException notProject) {
                return getParent().loadClass(name);
            }
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }
}
