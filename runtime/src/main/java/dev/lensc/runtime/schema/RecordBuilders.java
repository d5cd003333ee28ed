package dev.lensc.runtime.schema;

import java.util.ArrayList;
import java.util.List;

/** What the builders of generated records share. */
public final class RecordBuilders {
    private RecordBuilders() {}

    /**
     * Refuses to build while a required field that cannot be null has no value.
     *
     * @param what the record, as messages name it ({@code TodoItem version 3})
     * @param names the JSON names of the required fields that cannot be null
     * @param values their values in the builder, in the same order
     * @throws IllegalStateException naming every such field that is not set
     */
    public static void requireSet(String what, String[] names, Object... values) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (values[i] == null) {
                missing.add(names[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(what + ": required " + (missing.size() == 1 ? "field" : "fields")
                    + " not set: " + String.join(", ", missing));
        }
    }
}
