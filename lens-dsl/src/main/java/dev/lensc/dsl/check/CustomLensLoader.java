package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.Location;
import dev.lensc.runtime.lens.CustomLens;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/** Finds and instantiates the class of a {@code custom} op, reporting why it cannot. */
final class CustomLensLoader {
    private final ClassLoader classLoader;
    private final Diagnostics diagnostics;

    CustomLensLoader(ClassLoader classLoader, Diagnostics diagnostics) {
        this.classLoader = classLoader;
        this.diagnostics = diagnostics;
    }

    /** The lens, or null after reporting the problem. */
    CustomLens load(String className, Location at) {
        Class<?> cls;
        try {
            cls = Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            diagnostics.error(at, DiagnosticCode.CUSTOM_CLASS, "class '" + className + "' not found",
                    "put the class on the class path of the lens compiler; it must implement "
                            + CustomLens.class.getName());
            return null;
        }
        if (!CustomLens.class.isAssignableFrom(cls)) {
            diagnostics.error(at, DiagnosticCode.CUSTOM_CLASS, "class '" + className + "' does not implement "
                    + CustomLens.class.getName(), null);
            return null;
        }
        if (cls.isInterface() || Modifier.isAbstract(cls.getModifiers()) || !Modifier.isPublic(cls.getModifiers())) {
            diagnostics.error(at, DiagnosticCode.CUSTOM_CLASS, "class '" + className
                    + "' must be a public, concrete class", null);
            return null;
        }
        Constructor<?> constructor;
        try {
            constructor = cls.getConstructor();
        } catch (NoSuchMethodException | SecurityException e) {
            diagnostics.error(at, DiagnosticCode.CUSTOM_CLASS, "class '" + className
                    + "' has no public no-argument constructor", null);
            return null;
        }
        try {
            return (CustomLens) constructor.newInstance();
        } catch (InvocationTargetException e) {
            diagnostics.error(at, DiagnosticCode.CUSTOM_CLASS, "creating '" + className + "' failed: "
                    + e.getCause(), null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            diagnostics.error(at, DiagnosticCode.CUSTOM_CLASS, "creating '" + className + "' failed: " + e, null);
        }
        return null;
    }
}
