package dev.lensc.store;

import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.store.Assembly;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The document types a store holds (a {@link Translator} each: the interpreter or generated code),
 * the versions a new store starts with, and the assembled versions.
 */
public record StoreConfig(Map<String, Translator> translators, Map<String, DocumentCheck> checks,
        Map<String, SortedSet<Integer>> initialVersions, List<Assembly> assemblies, int backfillBatch) {

    public StoreConfig {
        translators = Collections.unmodifiableMap(new LinkedHashMap<>(translators));
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
        initialVersions = Collections.unmodifiableMap(new LinkedHashMap<>(initialVersions));
        assemblies = List.copyOf(assemblies);
        if (backfillBatch < 1) {
            throw new IllegalArgumentException("backfill batch size must be positive: " + backfillBatch);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Translator> translators = new LinkedHashMap<>();
        private final Map<String, DocumentCheck> checks = new LinkedHashMap<>();
        private final Map<String, SortedSet<Integer>> initial = new LinkedHashMap<>();
        private final List<Assembly> assemblies = new ArrayList<>();
        private int backfillBatch = 200;

        /** A document type in every version its translator knows. */
        public Builder type(Translator translator) {
            return type(translator, translator.versions().stream().mapToInt(Integer::intValue).toArray());
        }

        /**
         * A document type that a new store holds in {@code versions} only; the translator's other
         * versions can be added later ({@link LensStore#addVersion}, which backfills).
         */
        public Builder type(Translator translator, int... versions) {
            return type(translator, DocumentCheck.NONE, versions);
        }

        /**
         * A document type whose documents {@code check} must accept at their version, besides what
         * the translator checks (generated translators check nothing).
         */
        public Builder type(Translator translator, DocumentCheck check, int... versions) {
            if (versions.length == 0) {
                versions = translator.versions().stream().mapToInt(Integer::intValue).toArray();
            }
            String name = DocumentId.typeName(translator.documentType());
            SortedSet<Integer> set = new TreeSet<>();
            for (int v : versions) {
                if (!translator.versions().contains(v)) {
                    throw new IllegalArgumentException(name + " has no version " + v + "; its versions: "
                            + translator.versions());
                }
                set.add(v);
            }
            translators.put(name, translator);
            checks.put(name, check);
            initial.put(name, set);
            return this;
        }

        public Builder assembly(Assembly assembly) {
            assemblies.add(assembly);
            return this;
        }

        public Builder backfillBatch(int size) {
            backfillBatch = size;
            return this;
        }

        public StoreConfig build() {
            for (Assembly a : assemblies) {
                require(a.type(), a.version(), "assembled document " + a);
                for (Assembly.Input in : a.inputs()) {
                    require(in.type(), in.version(), "input " + in.type() + "@" + in.version() + " of " + a);
                }
            }
            return new StoreConfig(translators, checks, initial, assemblies, backfillBatch);
        }

        private void require(String type, int version, String what) {
            Translator t = translators.get(type);
            if (t == null || !t.versions().contains(version)) {
                throw new IllegalArgumentException(what + ": the store has no type " + type + " with version "
                        + version + "; types: " + translators.keySet());
            }
        }
    }
}
