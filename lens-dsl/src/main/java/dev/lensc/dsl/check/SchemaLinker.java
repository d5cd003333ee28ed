package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.LinkedLens;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.dsl.Location;
import dev.lensc.dsl.ast.EpochNode;
import dev.lensc.dsl.ast.LensNode;
import dev.lensc.dsl.ast.LossDeclaration;
import dev.lensc.dsl.ast.Name;
import dev.lensc.dsl.ast.OpNode;
import dev.lensc.dsl.ast.SchemaNode;
import dev.lensc.dsl.ast.VersionNode;
import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Problem;
import dev.lensc.runtime.lens.SchemaProblems;
import dev.lensc.runtime.lens.SchemaTransform;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Links one schema: the first version's type, the chain of lenses (no gaps, no cycles, one lens
 * into each version), each later version's type derived through its lens, restated versions
 * compared with the derived ones.
 */
final class SchemaLinker {
    private final String packageName;
    private final Diagnostics diagnostics;
    private final TypeResolver types;
    private final CustomLensLoader customs;

    SchemaLinker(String packageName, Diagnostics diagnostics, ClassLoader classLoader) {
        this.packageName = packageName;
        this.diagnostics = diagnostics;
        this.types = new TypeResolver(diagnostics);
        this.customs = new CustomLensLoader(classLoader, diagnostics);
    }

    /** The chain as derived from the first version. */
    private record Derivation(TreeMap<Integer, Type> types, List<LinkedLens> lenses, Set<LensNode> derived,
            Set<Integer> uncertain) {
        String reached() {
            return types.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
    }

    /** The linked schema, or null when it has errors (they are in the diagnostics). */
    LinkedSchema link(SchemaNode schema) {
        int errorsBefore = diagnostics.errorCount();
        Map<Integer, Type.ObjectType> declared = new HashMap<>();
        Map<Integer, VersionNode> versions = versions(schema, declared);
        unsupported(schema);
        if (versions.isEmpty()) {
            if (schema.versions().isEmpty()) {
                diagnostics.error(schema.name().location(), DiagnosticCode.INVALID_SCHEMA, "schema '"
                        + schema.name().text() + "' declares no version",
                        "declare the first version: 'version 1 { <field>: <type> ... }'");
            } // else its version number is wrong, which is reported already
            schema.lenses().forEach(this::checkWithoutSchema);
            return null;
        }
        int root = versions.keySet().iterator().next();
        List<LensNode> chain = acceptedLenses(schema.lenses(), root);
        Derivation derivation = derive(chain, root, declared.get(root));
        reportUnreached(chain, derivation, root);
        Set<Integer> restated = checkRestatements(versions.values(), root, derivation);
        if (diagnostics.errorCount() > errorsBefore) {
            return null;
        }
        return new LinkedSchema(schema.name().text(), packageName, root, derivation.types(), new TreeSet<>(restated),
                derivation.lenses(), schema.location());
    }

    /** Declared versions by number, in source order; their types go to {@code declared}. */
    private Map<Integer, VersionNode> versions(SchemaNode schema, Map<Integer, Type.ObjectType> declared) {
        Map<Integer, VersionNode> versions = new LinkedHashMap<>();
        for (VersionNode v : schema.versions()) {
            Type.ObjectType t = types.object(v.fields());
            if (v.number() < 0) {
                continue;
            }
            VersionNode first = versions.putIfAbsent(v.number(), v);
            if (first != null) {
                diagnostics.error(v.location(), DiagnosticCode.DUPLICATE, "version " + v.number() + " is declared twice",
                        "first declared at " + first.location());
                continue;
            }
            declared.put(v.number(), t);
        }
        return versions;
    }

    /** Every version the chain reaches from the root, each through its lens. */
    private Derivation derive(List<LensNode> chain, int root, Type rootType) {
        Derivation d = new Derivation(new TreeMap<>(), new ArrayList<>(), new LinkedHashSet<>(), new TreeSet<>());
        d.types().put(root, rootType);
        Deque<Integer> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (LensNode l : chain) {
                if (l.from() == v) {
                    int errors = diagnostics.errorCount();
                    Set<Law> accepted = acceptedLosses(l);
                    Lens lens = derive(l, d.types().get(v), d.types(), accepted);
                    // a restatement compared with a version derived through errors would only echo them
                    if (diagnostics.errorCount() > errors || d.uncertain().contains(v)) {
                        d.uncertain().add(l.to());
                    }
                    d.lenses().add(new LinkedLens(l.from(), l.to(), l.description(), lens, l.location(), accepted));
                    d.derived().add(l);
                    queue.add(l.to());
                }
            }
        }
        d.lenses().sort((a, b) -> a.location().compareTo(b.location()));
        return d;
    }

    private void reportUnreached(List<LensNode> chain, Derivation d, int root) {
        Map<Integer, LensNode> into = new HashMap<>();
        chain.forEach(l -> into.put(l.to(), l));
        for (LensNode l : chain) {
            if (!d.derived().contains(l)) {
                checkWithoutSchema(l);
                unreachable(l, root, into, d.reached());
            }
        }
    }

    /** @return the restated versions that were compared */
    private Set<Integer> checkRestatements(java.util.Collection<VersionNode> versions, int root, Derivation d) {
        RestatementCheck restatements = new RestatementCheck(diagnostics);
        Set<Integer> restated = new TreeSet<>();
        for (VersionNode v : versions) {
            if (v.number() == root) {
                continue;
            }
            Type t = d.types().get(v.number());
            if (t == null) {
                diagnostics.error(v.location(), DiagnosticCode.VERSION_UNREACHABLE, "version " + v.number()
                        + " is not reached by any lens from version " + root,
                        "add a lens into version " + v.number() + " from one of the versions reached: " + d.reached());
            } else if (t instanceof Type.ObjectType obj && !d.uncertain().contains(v.number())) {
                restatements.check(v, obj);
                restated.add(v.number());
            }
        }
        return restated;
    }

    /** The lenses that form a chain; reports self-loops, duplicates and second ways into a version. */
    private List<LensNode> acceptedLenses(List<LensNode> lenses, int root) {
        List<LensNode> accepted = new ArrayList<>();
        Map<Integer, LensNode> into = new HashMap<>();
        for (LensNode l : lenses) {
            String name = "lens " + l.from() + " -> " + l.to();
            if (l.from() < 0 || l.to() < 0) {
                checkWithoutSchema(l);
                continue;
            }
            if (l.from() == l.to()) {
                diagnostics.error(l.location(), DiagnosticCode.VERSION_CYCLE, name + " leads from version " + l.from()
                        + " to itself", "a lens joins two different versions");
                checkWithoutSchema(l);
                continue;
            }
            LensNode same = find(accepted, l.from(), l.to());
            LensNode opposite = find(accepted, l.to(), l.from());
            LensNode other = into.get(l.to());
            if (same != null) {
                diagnostics.error(l.location(), DiagnosticCode.DUPLICATE, name + " is declared twice",
                        "first declared at " + same.location());
            } else if (opposite != null) {
                diagnostics.error(l.location(), DiagnosticCode.VERSION_CYCLE, name + " goes back along lens "
                        + l.to() + " -> " + l.from() + ", which already runs both ways",
                        "remove this lens; lens " + l.to() + " -> " + l.from() + " also translates version "
                                + l.from() + " to version " + l.to());
            } else if (l.to() == root) {
                diagnostics.error(l.location(), DiagnosticCode.VERSION_TWO_WAYS_IN, name + " leads into version " + root
                        + ", the first version", "the chain starts at the first version block; lenses lead away from it");
            } else if (other != null) {
                diagnostics.error(l.location(), DiagnosticCode.VERSION_TWO_WAYS_IN, "version " + l.to()
                        + " already has a lens into it: lens " + other.from() + " -> " + other.to() + " at "
                        + other.location(), "each version after the first is derived by exactly one lens");
            } else {
                accepted.add(l);
                into.put(l.to(), l);
                continue;
            }
            checkWithoutSchema(l);
        }
        return accepted;
    }

    private static LensNode find(List<LensNode> lenses, int from, int to) {
        for (LensNode l : lenses) {
            if (l.from() == from && l.to() == to) {
                return l;
            }
        }
        return null;
    }

    /** A lens the chain from the first version does not reach: a gap before it, or a cycle. */
    private void unreachable(LensNode l, int root, Map<Integer, LensNode> into, String reached) {
        if (!into.containsKey(l.from())) {
            diagnostics.error(l.location(), DiagnosticCode.VERSION_UNREACHABLE, "lens " + l.from() + " -> " + l.to()
                    + " starts at version " + l.from() + ", which no lens reaches from version " + root,
                    "add a lens into version " + l.from() + " from one of the versions reached: " + reached);
            return;
        }
        List<LensNode> cycle = new ArrayList<>();
        int v = l.from();
        Set<Integer> seen = new LinkedHashSet<>();
        cycle.add(l);
        while (into.containsKey(v) && seen.add(v)) {
            if (v == l.to()) {
                break;
            }
            LensNode prev = into.get(v);
            cycle.add(0, prev);
            v = prev.from();
        }
        if (v != l.to()) {
            return; // downstream of a gap or a cycle, which is reported there
        }
        LensNode firstInSource = cycle.stream().min((a, b) -> a.location().compareTo(b.location())).orElseThrow();
        if (firstInSource != l) {
            return;
        }
        // the cycle as built ends with l; say it starting from l, the lens first in the source
        StringBuilder path = new StringBuilder().append(l.from());
        for (int i = 0; i < cycle.size(); i++) {
            path.append(" -> ").append(cycle.get((cycle.size() - 1 + i) % cycle.size()).to());
        }
        diagnostics.error(l.location(), DiagnosticCode.VERSION_CYCLE, "lenses form a cycle: " + path
                + ", which no lens reaches from version " + root,
                "remove one lens of the cycle and lead into it from one of the versions reached: " + reached);
    }

    /** The laws the lens's {@code lossy} lines name; unknown names are reported. */
    private Set<Law> acceptedLosses(LensNode l) {
        Set<Law> out = java.util.EnumSet.noneOf(Law.class);
        for (LossDeclaration lossy : l.losses()) {
            {
                for (Name n : lossy.laws()) {
                    Law law = Law.byDslName(n.text()).orElse(null);
                    if (law == null) {
                        List<String> names = java.util.Arrays.stream(Law.values()).map(Law::dslName).toList();
                        String hint = dev.lensc.runtime.schema.Hints.didYouMean(n.text(), names);
                        diagnostics.error(n.location(), DiagnosticCode.INVALID_OP, "'" + n.text() + "' is not a law",
                                hint != null ? hint : "the laws are " + String.join(", ", names));
                    } else {
                        out.add(law);
                    }
                }
            }
        }
        return out;
    }

    private Lens derive(LensNode l, Type from, Map<Integer, Type> derived, Set<Law> accepted) {
        OpBuilder builder = new OpBuilder(types, customs, diagnostics);
        Type to = from;
        List<LensOp> ops = List.of();
        int errors = diagnostics.errorCount();
        try {
            ops = builder.build(l.ops(), from);
            to = SchemaTransform.apply(ops, from, new Sink(builder.origins(), l.location()));
            if (diagnostics.errorCount() == errors) {
                new LossWarnings(diagnostics, builder.origins(), l, accepted).report(ops, from, to);
            }
        } catch (RuntimeException e) {
            // only a custom lens's own code can throw here (forwardType)
            diagnostics.error(l.location(), DiagnosticCode.CUSTOM_CLASS, "checking lens " + l.from() + " -> " + l.to()
                    + " failed: " + e, null);
        }
        derived.put(l.to(), to);
        return new Lens(ops);
    }

    /** Checks what can be checked without knowing the schema (custom classes, unsupported ops, literals). */
    private void checkWithoutSchema(LensNode l) {
        try {
            new OpBuilder(types, customs, diagnostics).build(l.ops(), new Type.AnyType());
        } catch (RuntimeException e) {
            diagnostics.error(l.location(), DiagnosticCode.CUSTOM_CLASS, "checking lens " + l.from() + " -> " + l.to()
                    + " failed: " + e, null);
        }
    }

    private void unsupported(SchemaNode schema) {
        for (EpochNode e : schema.epochs()) {
            diagnostics.error(e.location(), DiagnosticCode.NOT_SUPPORTED, "'epoch' is not supported yet", null);
        }
        for (OpNode.SemanticOp s : schema.semantics()) {
            diagnostics.error(s.location(), DiagnosticCode.NOT_SUPPORTED, "'semantic' is not supported yet", null);
        }
    }

    /** Places the runtime's per-op problems at the op (or the field name) in the source. */
    private final class Sink implements SchemaProblems {
        private final Map<LensOp, OpNode> origins;
        private final Location fallback;

        Sink(Map<LensOp, OpNode> origins, Location fallback) {
            this.origins = origins;
            this.fallback = fallback;
        }

        @Override
        public void report(Problem p) {
            DiagnosticCode code = codeOf(p.kind());
            if (code == null) {
                return; // reported by OpBuilder at the entry or the default itself
            }
            OpNode node = origins.get(p.op());
            Location at = node != null ? node.location() : fallback;
            if (node != null && p.kind() == Problem.Kind.UNKNOWN_FIELD) {
                for (Name n : node.names()) {
                    if (n.text().equals(p.subject())) {
                        at = n.location();
                        break;
                    }
                }
            }
            diagnostics.error(at, code, p.message(), p.hint());
        }
    }

    /** The one place a runtime problem kind becomes a diagnostic code; null where OpBuilder reports it. */
    static DiagnosticCode codeOf(Problem.Kind kind) {
        return switch (kind) {
            case UNKNOWN_FIELD -> DiagnosticCode.UNKNOWN_FIELD;
            case FIELD_EXISTS, WRONG_SHAPE, DECLARED_TYPE_DIFFERS -> DiagnosticCode.INVALID_OP;
            case DEFAULT_TYPE, CONVERT_ENTRY -> null;
        };
    }
}
