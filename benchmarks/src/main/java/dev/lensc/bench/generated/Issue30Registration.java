package dev.lensc.bench.generated;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.GeneratedLenses;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Registers {@link Issue30Lenses} with the runtime through {@code META-INF/services/dev.lensc.runtime.graph.GeneratedLenses}.
 */
public final class Issue30Registration implements GeneratedLenses {
    public Issue30Registration() {
    }

    @Override
    public String documentType() {
        return "Issue30";
    }

    @Override
    public SortedSet<Integer> versions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(1, 2)));
    }

    @Override
    public JsonNode translate(JsonNode doc, int from, int to, JsonNode base) {
        return Issue30Lenses.translate(doc, from, to, base);
    }
}
