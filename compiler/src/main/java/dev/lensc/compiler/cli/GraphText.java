package dev.lensc.compiler.cli;

import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.graph.LensEdge;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import java.util.Comparator;
import java.util.List;

/**
 * The version graph of a document type as Graphviz DOT or a Mermaid flowchart: one node per
 * version (its number and field count), one edge per lens (its description, or its op count).
 * Versions in number order and lenses by (from, to), so the same file always gives the same text.
 */
final class GraphText {
    private GraphText() {}

    static final List<String> FORMATS = List.of("dot", "mermaid");

    static String render(DocumentType type, String format) {
        return switch (format) {
            case "dot" -> dot(type);
            case "mermaid" -> mermaid(type);
            default -> throw new IllegalArgumentException(format);
        };
    }

    static String dot(DocumentType type) {
        StringBuilder sb = new StringBuilder();
        sb.append("digraph ").append(dotString(type.name())).append(" {\n");
        sb.append("  rankdir=LR;\n");
        sb.append("  node [shape=box];\n");
        for (int v : type.versions()) {
            sb.append("  v").append(v).append(" [label=").append(dotString(nodeLabel(type, v, "\n"))).append("];\n");
        }
        for (LensEdge e : edges(type)) {
            sb.append("  v").append(e.from()).append(" -> v").append(e.to())
                    .append(" [label=").append(dotString(edgeLabel(e))).append("];\n");
        }
        return sb.append("}\n").toString();
    }

    static String mermaid(DocumentType type) {
        StringBuilder sb = new StringBuilder();
        sb.append("flowchart LR\n");
        for (int v : type.versions()) {
            sb.append("  v").append(v).append("[\"").append(mermaidText(nodeLabel(type, v, "<br/>"))).append("\"]\n");
        }
        for (LensEdge e : edges(type)) {
            sb.append("  v").append(e.from()).append(" -->|\"").append(mermaidText(edgeLabel(e))).append("\"| v")
                    .append(e.to()).append('\n');
        }
        return sb.toString();
    }

    private static List<LensEdge> edges(DocumentType type) {
        return type.lenses().stream()
                .sorted(Comparator.comparingInt(LensEdge::from).thenComparingInt(LensEdge::to)).toList();
    }

    private static String nodeLabel(DocumentType type, int version, String lineBreak) {
        String name = type.name() + " v" + version;
        Type schema = type.schema(version).orElse(null);
        if (schema == null) {
            return name + lineBreak + "schema not known";
        }
        if (schema instanceof Type.ObjectType obj) {
            int n = obj.fields().size();
            return name + lineBreak + n + (n == 1 ? " field" : " fields");
        }
        return name + lineBreak + Types.display(schema);
    }

    private static String edgeLabel(LensEdge e) {
        if (e.description() != null && !e.description().isBlank()) {
            return e.description();
        }
        int n = e.lens().ops().size();
        return n + (n == 1 ? " op" : " ops");
    }

    /** A DOT quoted string; a line break in the text becomes DOT's centred {@code \n}. */
    private static String dotString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Text inside Mermaid's quotes: quotes and the characters Mermaid reads as markup as entity codes. */
    private static String mermaidText(String s) {
        return s.replace("\"", "#quot;").replace("|", "#124;");
    }
}
