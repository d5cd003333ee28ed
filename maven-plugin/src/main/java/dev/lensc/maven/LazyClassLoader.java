package dev.lensc.maven;

import java.io.Closeable;
import java.io.IOException;
import java.net.URL;
import java.util.function.Supplier;

/**
 * A class loader made on first use: the project's dependencies are resolved only when a lens
 * names a custom class, so a module whose lenses need none (or that has no lens files) never
 * waits for, or fails on, dependencies that are not built yet.
 */
final class LazyClassLoader extends ClassLoader implements AutoCloseable {
    static {
        registerAsParallelCapable();
    }

    private final Supplier<ClassLoader> factory;
    private volatile ClassLoader delegate;

    LazyClassLoader(Supplier<ClassLoader> factory) {
        super(null);
        this.factory = factory;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        return delegate().loadClass(name);
    }

    @Override
    public URL getResource(String name) {
        return delegate().getResource(name);
    }

    /** Whether anything asked for a class, that is, whether the project's class path was resolved. */
    boolean used() {
        return delegate != null;
    }

    /** Closes the class path's jars, if they were opened. */
    @Override
    public void close() throws IOException {
        if (delegate instanceof Closeable c) {
            c.close();
        }
    }

    private ClassLoader delegate() {
        ClassLoader d = delegate;
        if (d == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = factory.get();
                }
                d = delegate;
            }
        }
        return d;
    }
}
