package dev.lensc.dsl;

import java.util.Objects;

/**
 * How to link a {@code .lens} file.
 *
 * @param classLoader where {@code custom f using com.example.Cls} finds its classes
 */
public record LensOptions(ClassLoader classLoader) {
    public LensOptions {
        Objects.requireNonNull(classLoader, "classLoader");
    }

    /** Custom lens classes come from the thread's context class loader (or this library's). */
    public static LensOptions defaults() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return new LensOptions(context != null ? context : LensOptions.class.getClassLoader());
    }
}
