package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.ast.LensNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a schema's version chain: lenses lead away from the first version, one lens into each
 * later version, no self-loops, duplicates or cycles; lenses the chain does not reach are reported
 * with the gap or the cycle that hides them. Lenses left out are still checked as far as they can be
 * without a schema.
 */
final class LensChain {
    private final Diagnostics diagnostics;
    private final LensChecker checker;

    LensChain(Diagnostics diagnostics, LensChecker checker) {
        this.diagnostics = diagnostics;
        this.checker = checker;
    }

    /** The lenses that form a chain; reports self-loops, duplicates and second ways into a version. */
    List<LensNode> accepted(List<LensNode> lenses, int root) {
        List<LensNode> accepted = new ArrayList<>();
        Map<Integer, LensNode> into = new HashMap<>();
        for (LensNode l : lenses) {
            String name = "lens " + l.from() + " -> " + l.to();
            if (l.from() < 0 || l.to() < 0) {
                checker.checkWithoutSchema(l);
                continue;
            }
            if (l.from() == l.to()) {
                diagnostics.error(l.location(), DiagnosticCode.VERSION_CYCLE, name + " leads from version " + l.from()
                        + " to itself", "a lens joins two different versions");
                checker.checkWithoutSchema(l);
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
            checker.checkWithoutSchema(l);
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

    /** Reports the lenses of the chain that derivation from the first version did not reach. */
    void reportUnreached(List<LensNode> chain, Set<LensNode> derived, int root, String reached) {
        Map<Integer, LensNode> into = new HashMap<>();
        chain.forEach(l -> into.put(l.to(), l));
        for (LensNode l : chain) {
            if (!derived.contains(l)) {
                checker.checkWithoutSchema(l);
                unreachable(l, root, into, reached);
            }
        }
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
}
