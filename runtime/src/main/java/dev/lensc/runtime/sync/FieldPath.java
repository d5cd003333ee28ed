package dev.lensc.runtime.sync;

import dev.lensc.runtime.json.JsonPointers;
import java.util.Arrays;
import java.util.List;

/**
 * A field named by its path of object field names in the newest version of a document type, as
 * the {@code .lens} file writes it ({@code meta.dots}).
 */
public record FieldPath(List<String> names) {
    public FieldPath {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a field path names at least one field");
        }
    }

    /** {@code a.b.c}; a name with a dot in it needs {@link #FieldPath(List)}. */
    public static FieldPath of(String dotted) {
        return new FieldPath(Arrays.asList(dotted.split("\\.", -1)));
    }

    /** The JSON pointer of the field, e.g. {@code /meta/dots}. */
    public String pointer() {
        return JsonPointers.join(names);
    }

    /**
     * Whether a write at {@code pointer} writes this field: the pointer is the field, inside it, or
     * one of its hosts (a write of the host replaces the field too).
     */
    public boolean writtenBy(String pointer) {
        String mine = pointer();
        return pointer.equals(mine) || pointer.startsWith(mine + "/") || mine.startsWith(pointer + "/")
                || pointer.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(".", names);
    }
}
