package dev.lensc.compiler.codegen;

import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.graph.LensEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lenses a translation between two versions runs through, in travel order: the shortest path
 * in the version graph, as {@link DocumentType#path} composes it (a version history may branch:
 * 1 → 2, 2 → 3, 2 → 4 goes 3 → 2 → 4).
 */
final class LensRoute {
    /** One lens on the way; {@code reversed} when it is travelled from its newer version to its older. */
    record Hop(LensEdge edge, boolean reversed) {}

    private LensRoute() {}

    static List<Hop> between(DocumentType type, int from, int to) {
        Map<Integer, Hop> cameBy = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>(List.of(from));
        cameBy.put(from, null);
        while (!queue.isEmpty() && !cameBy.containsKey(to)) {
            int v = queue.poll();
            for (LensEdge e : type.lenses()) {
                int next = e.from() == v ? e.to() : e.to() == v ? e.from() : v;
                if (next != v && !cameBy.containsKey(next)) {
                    cameBy.put(next, new Hop(e, e.to() == v));
                    queue.add(next);
                }
            }
        }
        List<Hop> hops = new ArrayList<>();
        for (Hop h = cameBy.get(to); h != null; h = cameBy.get(h.reversed() ? h.edge().to() : h.edge().from())) {
            hops.add(h);
        }
        Collections.reverse(hops);
        return hops;
    }
}
