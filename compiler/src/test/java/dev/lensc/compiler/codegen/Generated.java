package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Reflective calls into compiled generated code. */
final class Generated {
    private final ClassLoader loader;
    private final Class<?> lenses;

    Generated(ClassLoader loader, String className) {
        this.loader = loader;
        try {
            this.lenses = loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The streaming translators of the same type: {@code OrderStreamTranslators} next to {@code OrderLenses}. */
    Generated streams() {
        return new Generated(loader, lenses.getName().replaceFirst("Lenses$", "StreamTranslators"));
    }

    Class<?> type() {
        return lenses;
    }

    JsonNode translate(JsonNode doc, int from, int to, JsonNode base) {
        return (JsonNode) call("translate", new Class<?>[] {JsonNode.class, int.class, int.class, JsonNode.class},
                doc, from, to, base);
    }

    Object call(String name, Class<?>[] types, Object... args) {
        try {
            Method m = lenses.getMethod(name, types);
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
