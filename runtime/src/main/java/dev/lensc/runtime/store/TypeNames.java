package dev.lensc.runtime.store;

import java.util.Locale;

/** The name a document type has in stored ids and feeds: {@code TodoItem} and {@code todo-item} both become {@code todo-item}. */
public final class TypeNames {
    private TypeNames() {}

    public static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
