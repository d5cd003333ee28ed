package dev.lensc.runtime.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.Derivation;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensContext;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.Interpreter;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.OpTraits;
import dev.lensc.runtime.lens.SchemaProblems;
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
import java.util.IdentityHashMap;
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
 * against it before translation, and the output after: a document that fits version A translates
 * to one that fits version B, or fails with a {@link LensException} naming the JSON pointer, the
 * versions and the op that made the misfit.
 */
public final class DocumentType implements Translator {
    private final String name;
    private final Map<Integer, Type> schemas;
    private final List<LensEdge> edges;
    private final Map<Integer, List<Hop>> adjacency = new HashMap<>();
    private final Map<Long, Lens> paths = new ConcurrentHashMap<>();
    /** Per (from, to): the schemas along the path; the constructor fills in the hops it derives schemas through. */
    private final Map<Long, Derivation> derivations = new ConcurrentHashMap<>();

    private DocumentType(String name, Map<Integer, Type> declared, List<LensEdge> edges,
            Map<LensEdge, Derivation> derived) {
        this.name = name;
        this.edges = List.copyOf(edges);
        for (LensEdge e : edges) {
            adjacency.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(new Hop(e, false));
            adjacency.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(new Hop(e, true));
        }
        for (Integer v : declared.keySet()) {
            adjacency.computeIfAbsent(v, k -> new ArrayList<>());
        }
        this.schemas = Collections.unmodifiableMap(deriveSchemas(declared, derived));
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
        return paths.computeIfAbsent(key(from, to), k -> findPath(from, to));
    }

    /**
     * The schemas along {@link #path(int, int)}, op by op, derived once per pair (the hops the
     * version schemas were derived through keep that derivation); empty when the schema of
     * {@code from} is not known. Problems are not reported again: the constructor already failed on them.
     */
    public Optional<Derivation> derivation(int from, int to) {
        requireVersion(from);
        requireVersion(to);
        Type source = schemas.get(from);
        if (source == null) {
            return Optional.empty();
        }
        return Optional.of(derivations.computeIfAbsent(key(from, to),
                k -> SchemaTransform.derive(path(from, to).ops(), source, SchemaProblems.ignoring())));
    }

    private static long key(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
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
        return translate(doc, from, to, base, null);
    }

    /**
     * {@link #translate(JsonNode, int, int, JsonNode)} of the document with id {@code documentId}
     * (may be null): custom lenses are told the type, the versions, their value's pointer and the id
     * ({@link LensContext}), so that what they make is the same on every run.
     */
    @Override
    public JsonNode translate(JsonNode doc, int from, int to, JsonNode base, String documentId) {
        try {
            Lens lens = path(from, to);
            check(doc, from, "document");
            if (base != null) {
                check(base, to, "base document");
            }
            JsonNode out = lens.forward(doc, base, LensContext.of(name, from, to, documentId));
            Type target = schemas.get(to);
            if (target != null && !SchemaValidator.fits(out, target)) {
                throw misfit(out, to, "translated document", culprit(lens, from, to, doc, base, out));
            }
            return out;
        } catch (LensException e) {
            throw e.inContext(name, from, to);
        }
    }

    /**
     * Throws a {@link LensException} naming the JSON pointer (and the version) where {@code doc}
     * does not fit version {@code version}; does nothing when it fits or the version's schema is
     * unknown. One walk over the document: cheap enough for every translated document, including
     * those of generated translators.
     */
    public void requireFits(int version, JsonNode doc) {
        check(doc, version, "document");
    }

    /** Throws a {@link LensException} naming the first places where the document does not fit. */
    public void check(JsonNode doc, int version, String what) {
        if (schemas.containsKey(version) && !SchemaValidator.fits(doc, schemas.get(version))) {
            throw misfit(doc, version, what, null);
        }
    }

    /**
     * The op of {@code lens} that made {@code out} misfit version {@code to}, as the DSL writes it:
     * the first whose output does not fit its schema ({@link #derivation(int, int)}),
     * else the last that touches the first misfit's pointer (the derived schema may allow what the
     * declared version does not: a head's null). Null when none is found. Runs only on failure.
     */
    private String culprit(Lens lens, int from, int to, JsonNode doc, JsonNode base, JsonNode out) {
        List<LensOp> ops = lens.ops();
        Derivation derived = derivation(from, to).orElse(null);
        if (derived != null) {
            try {
                List<JsonNode> values = Interpreter.trace(ops, doc, base);
                for (int i = 0; i < ops.size(); i++) {
                    if (!SchemaValidator.fits(values.get(i + 1), derived.steps().get(i).after())) {
                        return LensOps.describe(ops.get(i));
                    }
                }
            } catch (LensException e) {
                return e.op();
            }
        }
        List<String> misfit = JsonPointers.parse(SchemaValidator.validate(out, schemas.get(to)).get(0).pointer());
        for (int i = ops.size() - 1; i >= 0; i--) {
            List<LensOp> later = ops.subList(i + 1, ops.size());
            for (List<String> path : OpTraits.touched(ops.get(i))) {
                if (OpTraits.overlaps(OpTraits.through(later, path), misfit)) {
                    return LensOps.describe(ops.get(i));
                }
            }
        }
        return null;
    }

    private LensException misfit(JsonNode doc, int version, String what, String op) {
        List<Violation> violations = SchemaValidator.validate(doc, schemas.get(version));
        Violation first = violations.get(0);
        StringBuilder all = new StringBuilder(first.message());
        for (Violation v : violations.subList(1, Math.min(violations.size(), 5))) {
            all.append("; at ").append(v);
        }
        if (violations.size() > 5) {
            all.append("; and ").append(violations.size() - 5).append(" more");
        }
        return new LensException("the " + what + " does not fit " + name + " version " + version + ": " + all,
                first.pointer(), op);
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

    /** @param derived derivations handed in by the builder, each reused where it runs on the same type */
    private Map<Integer, Type> deriveSchemas(Map<Integer, Type> declared, Map<LensEdge, Derivation> derived) {
        Map<Integer, Type> known = new LinkedHashMap<>(declared);
        Deque<Integer> queue = new ArrayDeque<>(declared.keySet());
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (Hop s : adjacency.getOrDefault(v, List.of())) {
                if (!known.containsKey(s.to())) {
                    try {
                        Derivation given = s.reversed() ? null : derived.get(s.edge());
                        Derivation d = given != null && given.source().equals(known.get(v))
                                && given.ops().equals(s.lens().ops())
                                ? given : SchemaTransform.derive(s.lens().ops(), known.get(v));
                        derivations.put(key(v, s.to()), d);
                        known.put(s.to(), d.target());
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
        private final Map<LensEdge, Derivation> derived = new IdentityHashMap<>();

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

        /**
         * A lens with its ops already derived forward (by a checker); the document type takes that
         * derivation where it derives the target version from a source version of the same type.
         *
         * @param forward null when not known
         */
        public Builder lens(LensEdge edge, Derivation forward) {
            if (forward != null) {
                derived.put(edge, forward);
            }
            return lens(edge);
        }

        public DocumentType build() {
            return new DocumentType(name, declared, edges, derived);
        }
    }
}
