package com.example.contact;

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
 * Registers {@link ContactLenses} with the runtime through {@code META-INF/services/dev.lensc.runtime.graph.GeneratedLenses}.
 */
@Generated("lensc")
public final class ContactRegistration implements GeneratedLenses {
    public ContactRegistration() {
    }

    @Override
    public String documentType() {
        return "Contact";
    }

    @Override
    public SortedSet<Integer> versions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(1, 2)));
    }

    @Override
    public JsonNode translate(JsonNode doc, int from, int to, JsonNode base) {
        return ContactLenses.translate(doc, from, to, base);
    }

    @Override
    public void translate(JsonParser in, JsonGenerator out, int from, int to) throws IOException {
        ContactStreamTranslators.translate(in, out, from, to);
    }
}
