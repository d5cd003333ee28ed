package com.example.todo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.GeneratedLenses;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Generated;

/**
 * Registers {@link TodoItemLenses} with the runtime through {@code META-INF/services/dev.lensc.runtime.graph.GeneratedLenses}.
 */
@Generated("lensc")
public final class TodoItemRegistration implements GeneratedLenses {
    public TodoItemRegistration() {
    }

    @Override
    public String documentType() {
        return "TodoItem";
    }

    @Override
    public SortedSet<Integer> versions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(1, 2, 3)));
    }

    @Override
    public JsonNode translate(JsonNode doc, int from, int to, JsonNode base) {
        return TodoItemLenses.translate(doc, from, to, base);
    }

    @Override
    public void translate(JsonParser in, JsonGenerator out, int from, int to) throws IOException {
        TodoItemStreamTranslators.translate(in, out, from, to);
    }
}
