package dev.lensc.runtime.laws;

import dev.lensc.runtime.json.JsonDiff;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.lens.Derivation;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.OpTraits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a law's counterexample is an accepted loss: every pointer where the round trip differs
 * must be explained by a declared or stated loss of an op that touches that pointer. A declaration
 * ({@code lossy PutGet "why"}) covers the ops that static analysis finds losing that law (every op,
 * when it finds none: a custom lens it cannot see into); a stated loss covers its own op.
 */
final class LossAccounting {

    /**
     * One top-level op: what it touches, in the names where it runs (those a failing op's pointer
     * uses), in the source's and in the target's, and its losses.
     */
    private record Site(LensOp op, List<List<String>> where, List<List<String>> inSource, List<List<String>> inTarget,
            List<Loss> losses) {}

    /**
     * @param explaining the losses that explain the differences
     * @param unexplained each pointer no loss explains, with the ops that changed it
     * @param undeclared what static analysis finds that the ops changing those pointers lose, but
     *     that the lens does not declare
     */
    record Verdict(List<Loss> explaining, List<String> unexplained, List<Loss> undeclared) {
        boolean accepted() {
            return unexplained.isEmpty();
        }
    }

    private final Law law;
    private final boolean declared;
    private final List<Site> sites = new ArrayList<>();
    private final boolean anyStaticLoss;

    LossAccounting(Derivation derivation, Law law, boolean declared) {
        this.law = law;
        this.declared = declared;
        List<LensOp> ops = derivation.ops();
        boolean any = false;
        for (int i = 0; i < ops.size(); i++) {
            LensOp op = ops.get(i);
            List<Loss> losses = LossAnalysis.losses(derivation.steps().get(i)).stream()
                    .filter(l -> l.laws().contains(law)).toList();
            any |= !losses.isEmpty();
            List<LensOp> before = LensOp.reverseAll(ops.subList(0, i));
            List<LensOp> after = ops.subList(i + 1, ops.size());
            List<List<String>> inSource = new ArrayList<>();
            List<List<String>> inTarget = new ArrayList<>();
            List<List<String>> where = OpTraits.touched(op);
            for (List<String> path : where) {
                inSource.addAll(OpTraits.spread(before, path));
                inTarget.addAll(OpTraits.spread(after, path));
            }
            sites.add(new Site(op, where, inSource, inTarget, losses));
        }
        this.anyStaticLoss = any;
    }

    Verdict judge(Counterexample ce) {
        List<String> pointers = ce.roundTripped() != null ? JsonDiff.differences(ce.input(), ce.roundTripped())
                : List.of(ce.pointer() == null ? "" : ce.pointer());
        Set<Loss> explaining = new LinkedHashSet<>();
        Set<Loss> undeclared = new LinkedHashSet<>();
        List<String> unexplained = new ArrayList<>();
        for (String pointer : pointers) {
            List<String> tokens = JsonPointers.parse(pointer);
            List<Site> touching = sites.stream().filter(s -> touches(s, tokens, ce.roundTripped() == null)).toList();
            List<Loss> why = new ArrayList<>();
            for (Site s : touching) {
                for (Loss l : s.losses()) {
                    if (l.implicit() || declared) {
                        why.add(l);
                    }
                }
            }
            if (why.isEmpty() && declared && !anyStaticLoss && !touching.isEmpty()) {
                why.add(new Loss(touching.get(0).op(), Set.of(law), "declared in the lens", false));
            }
            if (why.isEmpty()) {
                touching.forEach(s -> undeclared.addAll(s.losses()));
                unexplained.add((pointer.isEmpty() ? "/" : pointer) + (touching.isEmpty() ? " (no op touches it)"
                        : " (changed by " + String.join(", ", touching.stream()
                                .map(s -> "'" + LensOps.describe(s.op()) + "'").toList()) + ")"));
            }
            explaining.addAll(why);
        }
        return new Verdict(List.copyOf(explaining), unexplained, List.copyOf(undeclared));
    }

    /**
     * Whether the op touches the pointer, in the names of the document the law compares (the
     * source's for GetPut, the target's otherwise); a failed trip may point into either, or into
     * the document as a failing op saw it.
     */
    private boolean touches(Site s, List<String> tokens, boolean eitherSide) {
        boolean inSource = law == Law.GET_PUT || eitherSide;
        boolean inTarget = law != Law.GET_PUT || eitherSide;
        return (eitherSide && s.where().stream().anyMatch(p -> OpTraits.overlaps(p, tokens)))
                || (inSource && s.inSource().stream().anyMatch(p -> OpTraits.overlaps(p, tokens)))
                || (inTarget && s.inTarget().stream().anyMatch(p -> OpTraits.overlaps(p, tokens)));
    }
}
