package dev.lensc.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.graph.Hop;
import dev.lensc.runtime.lens.LensOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Which routes between versions get code of their own. A <em>fused</em> route runs its ops as one
 * walk without a base and streams through methods and tables of its own; a <em>composed</em>
 * route runs its hops' fused translators in turn: a get is the hops' gets one after another, and
 * streaming reads the document into a tree and runs that get ({@link StreamPlanner#tree}). A put
 * runs hop by hop on every route; on a route of several hops to the newest version it first tries
 * one walk of the document and the base ({@link PutEmitter#putAlong}).
 *
 * <p>Fused: a single hop, and every route with the newest version at one end. A sync system
 * stores the newest version and translates between it and each client's version, and across
 * single hops; a route between two older versions (3 to 7 of ten) is rare, and fusing it would
 * cost as much code as the others together: of the 90 routes of ten versions, 34 are fused.
 *
 * <p>Composing is exact: a route's ops are its hops' ops in order, the interpreter runs them one
 * by one, and each hop's get is held to the interpreter on every document, failures included.
 */
final class Routes {
    /** What a lenses class with composed routes says of them once, in its class comment. */
    static final CodeBlock JAVADOC = CodeBlock.of("""

            <p>A single hop and each route to or from the newest version run as one walk; a route between two
            older versions runs its hops' translators in turn.
            """);

    private Routes() {}

    /** Whether the route from {@code from} to {@code to} is fused. */
    static boolean fused(DocumentType type, int from, int to) {
        int newest = type.versions().last();
        return from == newest || to == newest || hops(type, from, to).size() <= 1;
    }

    /**
     * Whether a put on the route first tries one walk of the document and the base: on routes to
     * the newest version, where a sync system writes each older client's edits onto the document
     * it stores. Such a walk is the largest code a route has (about 500 lines for nine hops of
     * mixed ops), so the other direction, which runs where an older copy is kept, puts hop by hop.
     */
    static boolean putWalks(DocumentType type, int from, int to) {
        return to == type.versions().last() && from != to;
    }

    /**
     * The ops of each hop on the route, which together are the route's ops; the route's ops as one
     * hop where they are not (a route that does not spell out the path), so that a translator never
     * runs anything but the route's ops.
     */
    static List<List<LensOp>> hops(DocumentType type, int from, int to) {
        List<LensOp> ops = type.path(from, to).ops();
        List<List<LensOp>> hops = new ArrayList<>();
        List<LensOp> all = new ArrayList<>();
        for (Hop h : type.route(from, to)) {
            hops.add(h.lens().ops());
            all.addAll(h.lens().ops());
        }
        return all.equals(ops) ? hops : List.of(ops);
    }

    /**
     * The streaming plan generated code runs for the route: {@link StreamPlanner#document} where it
     * is fused, {@link StreamPlanner#tree} where it is composed ({@code lensc apply}'s
     * {@link StreamInterpreter} streams every route: it has no code to share).
     */
    static StreamPlan streamPlan(DocumentType type, int from, int to) {
        TranslationPlan plan = TranslationPlan.of(type.path(from, to).ops());
        return from == to || fused(type, from, to) ? StreamPlanner.document(type, from, to, plan)
                : StreamPlanner.tree(type, from, to, plan);
    }
}
