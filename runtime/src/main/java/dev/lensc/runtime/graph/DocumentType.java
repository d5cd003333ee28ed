package dev.lensc.runtime.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.SchemaTransform;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import dev.lensc.runtime.laws.Law;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One document type's versions and the lenses between them. Any two connected versions translate
 * into each other, both ways, along the shortest path of lenses: n versions need n-1 lenses.
 *
 * <p>Schemas are known for versions declared with one and for every version a lens reaches from
 * one (derived through the lens). Where a version's schema is known, inputs and bases are checked
 * against it before translation.
 */
public final class DocumentType implements Translator {
    private final String name;
    private final Map<Integer, Type> schemas;
    private final List<LensEdge> edges;
    private final Map<Integer, List<Hop>> adjacency = new HashMap<>();
    private final Map<Long, Lens> paths = new ConcurrentHashMap<>();

    private DocumentType(String name, Map<Integer, Type> declared, List<LensEdge> edges) {
        this.name = name;
        this.edges = List.copyOf(edges);
        for (LensEdge e : edges) {
            adjacency.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(new Hop(e, false));
            adjacency.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(new Hop(e, true));
        }
        for (Integer v : declared.keySet()) {
            adjacency.computeIfAbsent(v, k -> new ArrayList<>());
        }
        this.schemas = Collections.unmodifiableMap(deriveSchemas(declared));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String documentType() {
        return name;
    }

    @Override
    public SortedSet<Integer> versions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(adjacency.keySet()));
    }

    public List<LensEdge> lenses() {
        return edges;
    }

    /** The version's schema, declared or derived through the lenses, if known. */
    public Optional<Type> schema(int version) {
        return Optional.ofNullable(schemas.get(version));
    }

    /** The composed lens from one version to another. */
    public Lens path(int from, int to) {
        requireVersion(from);
        requireVersion(to);
        return paths.computeIfAbsent(((long) from << 32) | (to & 0xffffffffL), k -> findPath(from, to));
    }

    /**
     * The lenses between two versions, in order, each run forward or reversed: the shortest chain
     * in the version graph (breadth first; among equally short chains, lenses in registration order).
     * Translation, law checks, generated code and its Javadoc all follow this one route.
     */
    public List<Hop> route(int from, int to) {
        requireVersion(from);
        requireVersion(to);
        return hops(from, to);
    }

    /** The laws the lenses on the route between two versions declare they may break, in its direction. */
    public Set<Law> acceptedLosses(int from, int to) {
        Set<Law> out = EnumSet.noneOf(Law.class);
        for (Hop h : route(from, to)) {
            out.addAll(h.acceptedLosses());
        }
        return out;
    }

    /**
     * Translates {@code doc} from version {@code from} to {@code to}; {@code base}, when given, is an
     * existing document of version {@code to} whose data the result keeps wherever {@code doc} has
     * no say (fields version {@code from} does not know, the tail of a wrapped array, ...).
     */
    @Override
    public JsonNode translate(JsonNode doc, int from, int to, JsonNode base) {
        try {
            Lens lens = path(from, to);
            check(doc, from, "document");
            if (base != null) {
                check(base, to, "base document");
            }
            return lens.forward(doc, base);
        } catch (LensException e) {
            throw e.inContext(name, from, to);
        }
    }

    /** Throws a {@link LensException} naming the first places where the document does not fit. */
    public void check(JsonNode doc, int version, String what) {
        Type schema = schemas.get(version);
        if (schema == null) {
            return;
        }
        List<Violation> violations = SchemaValidator.validate(doc, schema);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            StringBuilder all = new StringBuilder(first.message());
            for (Violation v : violations.subList(1, Math.min(violations.size(), 5))) {
                all.append("; at ").append(v);
            }
            if (violations.size() > 5) {
                all.append("; and ").append(violations.size() - 5).append(" more");
            }
            throw new LensException("the " + what + " does not fit " + name + " version " + version + ": " + all,
                    first.pointer(), null);
        }
    }

    private void requireVersion(int v) {
        if (!adjacency.containsKey(v)) {
            throw new LensException("unknown version " + v + " of " + name + "; known versions: " + versions(),
                    null, null);
        }
    }

    private Lens findPath(int from, int to) {
        Lens all = new Lens(List.of());
        for (Hop hop : hops(from, to)) {
            all = all.andThen(hop.lens());
        }
        return all;
    }

    private List<Hop> hops(int from, int to) {
        if (from == to) {
            return List.of();
        }
        Map<Integer, Hop> cameBy = new HashMap<>();
        Map<Integer, Integer> previous = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        previous.put(from, from);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (v == to) {
                break;
            }
            for (Hop h : adjacency.getOrDefault(v, List.of())) {
                if (!previous.containsKey(h.to())) {
                    previous.put(h.to(), v);
                    cameBy.put(h.to(), h);
                    queue.add(h.to());
                }
            }
        }
        if (!previous.containsKey(to)) {
            throw new LensException("no chain of lenses joins version " + from + " and version " + to + " of " + name,
                    null, null);
        }
        List<Hop> hops = new ArrayList<>();
        for (int v = to; v != from; v = previous.get(v)) {
            hops.add(cameBy.get(v));
        }
        Collections.reverse(hops);
        return hops;
    }

    private Map<Integer, Type> deriveSchemas(Map<Integer, Type> declared) {
        Map<Integer, Type> known = new LinkedHashMap<>(declared);
        Deque<Integer> queue = new ArrayDeque<>(declared.keySet());
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (Hop s : adjacency.getOrDefault(v, List.of())) {
                if (!known.containsKey(s.to())) {
                    try {
                        known.put(s.to(), SchemaTransform.apply(s.lens().ops(), known.get(v)));
                    } catch (LensException e) {
                        throw new LensException("cannot derive the schema of version " + s.to() + " from version " + v
                                + ": " + e.reason(), null, e.op()).inContext(name, v, s.to());
                    }
                    queue.add(s.to());
                }
            }
        }
        return known;
    }

    public static final class Builder {
        private final String name;
        private final Map<Integer, Type> declared = new LinkedHashMap<>();
        private final List<LensEdge> edges = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Declares a version's schema; later versions are derived through the lenses. */
        public Builder version(int version, Type schema) {
            declared.put(version, schema);
            return this;
        }

        public Builder lens(int from, int to, Lens lens) {
            return lens(from, to, lens, null);
        }

        public Builder lens(int from, int to, Lens lens, String description) {
            return lens(new LensEdge(from, to, lens, description));
        }

        public Builder lens(LensEdge edge) {
            edges.add(edge);
            return this;
        }

        public DocumentType build() {
            return new DocumentType(name, declared, edges);
        }
    }
}
