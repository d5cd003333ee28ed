package dev.lensc.bench.generated;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.GeneratedLenses;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Registers {@link ChainLenses} with the runtime through {@code META-INF/services/dev.lensc.runtime.graph.GeneratedLenses}.
 */
public final class ChainRegistration implements GeneratedLenses {
    public ChainRegistration() {
    }

    @Override
    public String documentType() {
        return "Chain";
    }

    @Override
    public SortedSet<Integer> versions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));
    }

    @Override
    public JsonNode translate(JsonNode doc, int from, int to, JsonNode base) {
        return ChainLenses.translate(doc, from, to, base);
    }
}
