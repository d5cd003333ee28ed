package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.LinkedLens;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.dsl.ast.LensNode;
import dev.lensc.dsl.ast.SchemaNode;
import dev.lensc.dsl.ast.VersionNode;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.sync.SemanticRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
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
 * Links one schema: the first version's type, the chain of lenses ({@link LensChain}), each later
 * version's type derived through its lens ({@link LensChecker}), field names reused across lenses
 * ({@link ReusedNames}), restated versions compared with the derived ones ({@link RestatementCheck}),
 * the sync rules checked against the versions ({@link SyncRulesCheck}).
 */
final class SchemaLinker {
    private final String packageName;
    private final Diagnostics diagnostics;
    private final TypeResolver types;
    private final LensChecker lenses;
    private final LensChain chains;

    SchemaLinker(String packageName, Diagnostics diagnostics, ClassLoader classLoader) {
        this.packageName = packageName;
        this.diagnostics = diagnostics;
        this.types = new TypeResolver(diagnostics);
        this.lenses = new LensChecker(diagnostics, classLoader);
        this.chains = new LensChain(diagnostics, lenses);
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
        if (versions.isEmpty()) {
            if (schema.versions().isEmpty()) {
                diagnostics.error(schema.name().location(), DiagnosticCode.INVALID_SCHEMA, "schema '"
                        + schema.name().text() + "' declares no version",
                        "declare the first version: 'version 1 { <field>: <type> ... }'");
            } // else its version number is wrong, which is reported already
            schema.lenses().forEach(lenses::checkWithoutSchema);
            return null;
        }
        int root = versions.keySet().iterator().next();
        List<LensNode> chain = chains.accepted(schema.lenses(), root);
        Derivation derivation = derive(chain, root, declared.get(root));
        chains.reportUnreached(chain, derivation.derived(), root, derivation.reached());
        new ReusedNames(diagnostics).check(derivation.derived(), derivation.types(), derivation.uncertain());
        Set<Integer> restated = checkRestatements(versions.values(), root, derivation);
        SemanticRules sync = new SyncRulesCheck(diagnostics, schema.name().text(), derivation.types())
                .check(schema.sync());
        if (diagnostics.errorCount() > errorsBefore) {
            return null;
        }
        return new LinkedSchema(schema.name().text(), packageName, root, derivation.types(), new TreeSet<>(restated),
                derivation.lenses(), sync, List.of(), schema.location());
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
                    LensChecker.Checked checked = lenses.check(l, d.types().get(v));
                    d.types().put(l.to(), checked.to());
                    // a restatement compared with a version derived through errors would only echo them
                    if (diagnostics.errorCount() > errors || d.uncertain().contains(v)) {
                        d.uncertain().add(l.to());
                    }
                    d.lenses().add(checked.lens());
                    d.derived().add(l);
                    queue.add(l.to());
                }
            }
        }
        d.lenses().sort((a, b) -> a.location().compareTo(b.location()));
        return d;
    }

    /** @return the restated versions that were compared */
    private Set<Integer> checkRestatements(Collection<VersionNode> versions, int root, Derivation d) {
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
}
