package dev.lensc.compiler.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

/**
 * The version graph as an inline SVG picture: versions in columns by their distance (in lenses)
 * from the first one, so a chain reads left to right and branches stack; every lens an edge with
 * arrows both ways (a lens runs both ways), dashed when it declares losses, its description as a
 * label and a tooltip. Nodes link to the version's section of the page.
 */
final class VersionGraphSvg {
    /** A lens as the picture needs it. */
    record Edge(int from, int to, String label, boolean lossy) {}

    private static final int NODE_W = 64;
    private static final int NODE_H = 36;
    private static final int COLUMN = 240;
    private static final int ROW = 80;
    private static final int MARGIN = 30;
    private static final int LABEL_CHARS = 26;

    private VersionGraphSvg() {}

    static String render(SortedSet<Integer> versions, List<Edge> edges) {
        Map<Integer, int[]> place = layout(versions, edges);
        int columns = place.values().stream().mapToInt(p -> p[0]).max().orElse(0) + 1;
        int rows = place.values().stream().mapToInt(p -> p[1]).max().orElse(0) + 1;
        int width = 2 * MARGIN + (columns - 1) * COLUMN + NODE_W;
        int height = 2 * MARGIN + (rows - 1) * ROW + NODE_H + 20;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"version-graph\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"version graph: %d versions,"
                + " %d lenses\">%n", width, height, width, height, versions.size(), edges.size()));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n");
        for (Edge e : edges) {
            int[] a = center(place.get(e.from()));
            int[] b = center(place.get(e.to()));
            int[] start = border(a, b);
            int[] end = border(b, a);
            svg.append(String.format(Locale.ROOT, "<g class=\"lens%s\"><title>%s</title>"
                    + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" marker-start=\"url(#arrow)\" marker-end=\"url(#arrow)\"/>",
                    e.lossy() ? " lossy" : "", Html.escape(e.from() + " ↔ " + e.to() + (e.label().isEmpty() ? ""
                            : ": " + e.label())), start[0], start[1], end[0], end[1]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text></g>%n",
                    (start[0] + end[0]) / 2, (start[1] + end[1]) / 2 - 10, Html.escape(shorten(e.label()))));
        }
        for (int v : versions) {
            int[] p = place.get(v);
            int x = MARGIN + p[0] * COLUMN;
            int y = MARGIN + p[1] * ROW;
            svg.append(String.format(Locale.ROOT, "<a href=\"#version-%d\"><g class=\"version\"><rect x=\"%d\" y=\"%d\""
                    + " width=\"%d\" height=\"%d\" rx=\"8\"/><text x=\"%d\" y=\"%d\" text-anchor=\"middle\">v%d</text></g></a>%n",
                    v, x, y, NODE_W, NODE_H, x + NODE_W / 2, y + NODE_H / 2 + 5, v));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Column (distance from the first version) and row (order within the column) per version. */
    private static Map<Integer, int[]> layout(SortedSet<Integer> versions, List<Edge> edges) {
        Map<Integer, List<Integer>> neighbours = new HashMap<>();
        for (Edge e : edges) {
            neighbours.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            neighbours.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        Map<Integer, Integer> depth = new HashMap<>();
        for (int root : versions) {
            if (depth.containsKey(root)) {
                continue;
            }
            // a version no lens reaches starts a column 0 of its own
            depth.put(root, 0);
            Deque<Integer> queue = new ArrayDeque<>(List.of(root));
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int n : neighbours.getOrDefault(v, List.of())) {
                    if (!depth.containsKey(n)) {
                        depth.put(n, depth.get(v) + 1);
                        queue.add(n);
                    }
                }
            }
        }
        Map<Integer, Integer> rowsUsed = new HashMap<>();
        Map<Integer, int[]> place = new HashMap<>();
        for (int v : versions) {
            int column = depth.get(v);
            int row = rowsUsed.merge(column, 1, Integer::sum) - 1;
            place.put(v, new int[] {column, row});
        }
        return place;
    }

    private static int[] center(int[] place) {
        return new int[] {MARGIN + place[0] * COLUMN + NODE_W / 2, MARGIN + place[1] * ROW + NODE_H / 2};
    }

    /** Where the segment from {@code from} towards {@code to} leaves the node box around {@code from}. */
    private static int[] border(int[] from, int[] to) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : (NODE_W / 2.0 + 2) / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : (NODE_H / 2.0 + 2) / Math.abs(dy));
        return new int[] {(int) Math.round(from[0] + dx * scale), (int) Math.round(from[1] + dy * scale)};
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }
}
