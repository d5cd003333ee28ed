package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.ast.AssemblyNode;
import dev.lensc.dsl.ast.SchemaNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports assembled documents that take fields from each other in a cycle ({@code TodoItem} from
 * {@code Status} and {@code Status} from {@code TodoItem}; a schema assembled from itself): a
 * store would never know which holds the value, and writing one would write the other back
 * without end. Each cycle is reported once, at the input that closes it first in the file.
 */
final class AssemblyCycles {
    private final Diagnostics diagnostics;

    AssemblyCycles(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** @return the schemas on a cycle (reported) */
    Set<String> check(List<SchemaNode> schemas) {
        Map<String, Set<String>> takesFrom = new LinkedHashMap<>();
        for (SchemaNode s : schemas) {
            for (AssemblyNode a : s.assemblies()) {
                for (AssemblyNode.InputNode in : a.inputs()) {
                    takesFrom.computeIfAbsent(s.name().text(), k -> new LinkedHashSet<>()).add(in.schema().text());
                }
            }
        }
        Set<String> onCycles = new HashSet<>();
        Set<Set<String>> reported = new HashSet<>();
        for (SchemaNode s : schemas) {
            for (AssemblyNode a : s.assemblies()) {
                for (AssemblyNode.InputNode in : a.inputs()) {
                    List<String> back = path(takesFrom, in.schema().text(), s.name().text());
                    if (back == null || !reported.add(Set.copyOf(back))) {
                        continue;
                    }
                    onCycles.addAll(back);
                    diagnostics.error(in.schema().location(), DiagnosticCode.ASSEMBLY_CYCLE, describe(s.name().text(), back)
                            + ": assembled documents cannot take fields from each other in a cycle",
                            "one of them must hold the fields itself: drop the 'assemble' input that takes them back");
                }
            }
        }
        return onCycles;
    }

    /** {@code 'A' takes fields from 'B', and 'B' from 'A'}; {@code back} runs from the input to the target. */
    private static String describe(String target, List<String> back) {
        if (back.size() == 1) {
            return "'" + target + "' takes fields from itself";
        }
        List<String> steps = new ArrayList<>();
        for (int i = 0; i + 1 < back.size(); i++) {
            steps.add("'" + back.get(i) + "' from '" + back.get(i + 1) + "'");
        }
        return "'" + target + "' takes fields from '" + back.get(0) + "', and " + String.join(", and ", steps);
    }

    /** The schemas from {@code from} to {@code to} following what each takes fields from, or null. */
    private static List<String> path(Map<String, Set<String>> takesFrom, String from, String to) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        parent.put(from, null);
        while (!queue.isEmpty()) {
            String s = queue.poll();
            if (s.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String p = s; p != null; p = parent.get(p)) {
                    path.add(0, p);
                }
                return path;
            }
            for (String next : takesFrom.getOrDefault(s, Set.of())) {
                if (!parent.containsKey(next)) {
                    parent.put(next, s);
                    queue.add(next);
                }
            }
        }
        return null;
    }
}
