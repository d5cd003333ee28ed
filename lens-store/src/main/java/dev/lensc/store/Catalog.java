package dev.lensc.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.store.Assembly;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The types a store holds, the versions it writes now, and which versions are assembled. */
final class Catalog {
    private final Map<String, Translator> translators;
    private final Map<String, DocumentCheck> checks;
    private final Map<String, SortedSet<Integer>> live = new ConcurrentHashMap<>();
    private final Map<String, Assembly> assembled = new HashMap<>();
    private final Map<String, List<Assembly>> fedBy = new HashMap<>();

    Catalog(StoreConfig config) {
        this.translators = config.translators();
        this.checks = config.checks();
        for (Assembly a : config.assemblies()) {
            assembled.put(a.type() + "@" + a.version(), a);
            for (Assembly.Input in : a.inputs()) {
                fedBy.computeIfAbsent(in.type() + "@" + in.version(), k -> new ArrayList<>()).add(a);
            }
        }
    }

    Set<String> types() {
        return translators.keySet();
    }

    Translator translator(String type) {
        Translator t = translators.get(type);
        if (t == null) {
            throw new LensException("the store holds no document type '" + type + "'; types: " + translators.keySet(),
                    null, null);
        }
        return t;
    }

    /** Throws a {@link LensException} naming the pointer when {@code doc} does not fit {@code id}'s version. */
    void check(DocumentId id, JsonNode doc) {
        try {
            checks.getOrDefault(id.type(), DocumentCheck.NONE).check(doc, id.version());
        } catch (LensException e) {
            throw e.inContext(id.type(), id.version(), id.version());
        }
    }

    /** The versions every write of {@code type} is stored in (served ones and those being backfilled). */
    SortedSet<Integer> live(String type) {
        return live.getOrDefault(type, Collections.emptySortedSet());
    }

    void setLive(String type, SortedSet<Integer> versions) {
        live.put(type, Collections.unmodifiableSortedSet(new TreeSet<>(versions)));
    }

    void requireLive(DocumentId id) {
        translator(id.type());
        if (!live(id.type()).contains(id.version())) {
            throw new LensException("the store holds " + id.type() + " in versions " + live(id.type()) + ", not in version "
                    + id.version(), null, null);
        }
    }

    Assembly assembly(String type, int version) {
        return assembled.get(type + "@" + version);
    }

    /** The assembled versions that documents of {@code type@version} feed. */
    List<Assembly> fedBy(String type, int version) {
        return fedBy.getOrDefault(type + "@" + version, List.of());
    }

    /**
     * Among {@code candidates}, the version closest to {@code target} that is not assembled (an
     * assembled version holds data of other documents, so it never feeds its own type's versions).
     */
    Integer source(String type, int target, Set<Integer> candidates) {
        Integer best = null;
        for (int v : candidates) {
            if (v != target && assembly(type, v) == null
                    && (best == null || Math.abs(v - target) < Math.abs(best - target))) {
                best = v;
            }
        }
        return best;
    }
}
