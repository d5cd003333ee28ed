package dev.lensc.runtime.laws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.Shrinker;
import dev.lensc.runtime.gen.TextTemplate;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.graph.LensEdge;
import dev.lensc.runtime.json.JsonDiff;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.Derivation;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.OpTraits;
import dev.lensc.runtime.lens.SchemaProblems;
import dev.lensc.runtime.lens.SchemaTransform;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Predicate;

/**
 * Checks the round-trip laws on documents generated from the schemas, and shrinks what breaks a
 * law to a small counterexample. Runs are reproducible: try {@code i} of a run with seed {@code s}
 * always generates the same documents.
 */
public final class LensLaws {
    private final LawSettings settings;

    public LensLaws(LawSettings settings) {
        this.settings = settings;
    }

    /** Every law, for every lens of the type in both directions and every other pair of versions. */
    public List<LawResult> check(DocumentType type) {
        List<LawResult> out = new ArrayList<>();
        for (LensEdge e : type.lenses()) {
            checkPair(type, e.from(), e.to(), out);
        }
        SortedSet<Integer> versions = type.versions();
        for (int from : versions) {
            for (int to : versions) {
                if (from < to && !adjacent(type, from, to)) {
                    checkPair(type, from, to, out);
                }
            }
        }
        return out;
    }

    private void checkPair(DocumentType type, int from, int to, List<LawResult> out) {
        type.schema(from).ifPresent(s -> {
            Type t = type.schema(to).orElseThrow();
            out.addAll(check(type.name() + " " + from + " -> " + to, type.path(from, to),
                    type.derivation(from, to).orElseThrow(), t, type.acceptedLosses(from, to)));
            out.addAll(check(type.name() + " " + to + " -> " + from, type.path(to, from),
                    type.derivation(to, from).orElseThrow(), s, type.acceptedLosses(to, from)));
        });
    }

    private static boolean adjacent(DocumentType type, int a, int b) {
        return type.route(a, b).size() == 1;
    }

    /** Every law for one lens whose source version has type {@code source}. */
    public List<LawResult> check(String name, Lens lens, Type source) {
        return check(name, lens, source, Set.of());
    }

    /** @param accepted laws the lens declares it may break: their counterexamples do not fail */
    public List<LawResult> check(String name, Lens lens, Type source, Set<Law> accepted) {
        Derivation d = SchemaTransform.derive(lens.ops(), source);
        return check(name, lens, d, d.target(), accepted);
    }

    /**
     * Every law for one lens between versions of types {@code source} and {@code target} (the
     * target version's declared type, or the one derived through the lens).
     */
    public List<LawResult> check(String name, Lens lens, Type source, Type target, Set<Law> accepted) {
        return check(name, lens, SchemaTransform.derive(lens.ops(), source, SchemaProblems.ignoring()), target, accepted);
    }

    /** Every law for one lens, on its schemas derived once for all the laws. */
    private List<LawResult> check(String name, Lens lens, Derivation derivation, Type target, Set<Law> accepted) {
        List<LawResult> out = new ArrayList<>();
        for (Law law : Law.values()) {
            out.add(check(name, law, lens, derivation, target, accepted.contains(law)));
        }
        return out;
    }

    public LawResult check(String name, Law law, Lens lens, Type source, boolean accepted) {
        Derivation d = SchemaTransform.derive(lens.ops(), source);
        return check(name, law, lens, d, d.target(), accepted);
    }

    public LawResult check(String name, Law law, Lens lens, Type source, Type target, boolean accepted) {
        return check(name, law, lens, SchemaTransform.derive(lens.ops(), source, SchemaProblems.ignoring()), target, accepted);
    }

    /**
     * One law. A counterexample is an accepted loss only when declared or stated losses of the ops
     * that touch them explain all its differences ({@link LossAccounting}); after an accepted one
     * the search goes on, so that a declared loss cannot hide another op's failure.
     */
    private LawResult check(String name, Law law, Lens lens, Derivation derivation, Type target, boolean accepted) {
        Type source = derivation.source();
        List<Loss> losses = LossAnalysis.losses(derivation).stream()
                .filter(l -> l.laws().contains(law)).toList();
        LossAccounting accounting = new LossAccounting(derivation, law, accepted);
        Trial trial = new Trial(law, lens, source, target);
        Set<String> keys = OpTraits.mapKeys(lens.ops());
        List<TextTemplate> templates = TextTemplate.of(lens.ops());
        JsonNode[] firstAccepted = null;
        int acceptedAt = 0;
        for (int i = 0; i < settings.tries(); i++) {
            Random random = new Random(settings.seed() * 1_000_003L + i);
            DocumentGenerator gen = new DocumentGenerator(random, settings.generator(), keys, templates);
            JsonNode a = gen.generate(source);
            JsonNode b = gen.generate(target);
            Counterexample ce = trial.run(a, b);
            if (ce == null) {
                continue;
            }
            if (!accounting.judge(ce).accepted()) {
                Counterexample shrunk = shrink(trial, a, b, c -> !accounting.judge(c).accepted());
                return result(name, law, i + 1, shrunk, accounting.judge(shrunk));
            }
            if (firstAccepted == null) {
                firstAccepted = new JsonNode[] {a, b};
                acceptedAt = i + 1;
            }
        }
        if (firstAccepted != null) {
            Counterexample shrunk = shrink(trial, firstAccepted[0], firstAccepted[1], c -> true);
            return result(name, law, acceptedAt, shrunk, accounting.judge(shrunk));
        }
        List<Loss> declaredByCustomLenses = losses.stream().filter(l -> l.op() instanceof LensOp.Custom).toList();
        if (!declaredByCustomLenses.isEmpty()) {
            // a custom lens's declaration is a claim like any other: the checks expect its counterexample
            return new LawResult(name, law, LawResult.Status.FAILED, settings.tries(), settings.seed(), null,
                    declaredByCustomLenses, declaredByCustomLenses.stream().map(l -> "'" + LensOps.describe(l.op())
                            + "' declares that it breaks " + law.dslName() + ", yet " + settings.tries()
                            + " tries found no counterexample: drop the declaration, or try more documents").toList());
        }
        return new LawResult(name, law, LawResult.Status.PASSED, settings.tries(), settings.seed(), null, losses);
    }

    /**
     * Every law for a custom lens alone, as a built-in op is checked: on an object whose one field
     * {@code value} holds values of {@code valueType}, going forward and (named "reversed") back.
     */
    public List<LawResult> check(String name, CustomLens lens, Type valueType) {
        Lens one = Lens.of(new LensOp.Custom("value", lens.getClass().getName(), lens, false));
        Type doc = new Type.ObjectType(List.of(new dev.lensc.runtime.schema.Field("value", valueType)));
        List<LawResult> out = new ArrayList<>(check(name, one, doc));
        out.addAll(check(name + " reversed", one.reverse(), one.targetType(doc)));
        return out;
    }

    private LawResult result(String name, Law law, int tries, Counterexample ce, LossAccounting.Verdict verdict) {
        return new LawResult(name, law, verdict.accepted() ? LawResult.Status.ACCEPTED_LOSS : LawResult.Status.FAILED,
                tries, settings.seed(), ce, verdict.accepted() ? verdict.explaining() : verdict.undeclared(),
                verdict.unexplained());
    }

    /** The smallest documents found whose counterexample still satisfies {@code keep}. */
    private static Counterexample shrink(Trial trial, JsonNode a, JsonNode b, Predicate<Counterexample> keep) {
        Predicate<JsonNode> failsWithA = x -> fails(trial.run(x, b), keep);
        JsonNode sa = trial.usesA() ? Shrinker.shrink(a, trial.source, failsWithA) : a;
        Predicate<JsonNode> failsWithB = x -> fails(trial.run(sa, x), keep);
        JsonNode sb = trial.usesB() ? Shrinker.shrink(b, trial.target, failsWithB) : b;
        return trial.run(sa, sb);
    }

    private static boolean fails(Counterexample ce, Predicate<Counterexample> keep) {
        return ce != null && keep.test(ce);
    }

    /** One law on one lens: run(a, b) gives null when the law holds for the pair. */
    private static final class Trial {
        final Law law;
        final Lens lens;
        final Type source;
        final Type target;

        Trial(Law law, Lens lens, Type source, Type target) {
            this.law = law;
            this.lens = lens;
            this.source = source;
            this.target = target;
        }

        boolean usesA() {
            return law == Law.GET_PUT || law == Law.PUT_GET;
        }

        boolean usesB() {
            return law != Law.GET_PUT;
        }

        Counterexample run(JsonNode a, JsonNode b) {
            JsonNode input = law == Law.GET_PUT ? a : b;
            JsonNode original = law == Law.PUT_GET ? a : null;
            JsonNode translated = null;
            try {
                JsonNode back;
                switch (law) {
                    case GET_PUT -> {
                        translated = lens.forward(a);
                        fits(translated, target, "up");
                        back = lens.backward(translated, a);
                        fits(back, source, "back down");
                    }
                    case PUT_GET_BASE -> {
                        translated = lens.backward(b);
                        fits(translated, source, "down");
                        back = lens.forward(translated, b);
                        fits(back, target, "back up");
                    }
                    case PUT_GET -> {
                        translated = lens.backward(b, a);
                        fits(translated, source, "down");
                        back = lens.forward(translated);
                        fits(back, target, "back up");
                    }
                    case CREATE_GET -> {
                        translated = lens.backward(b);
                        fits(translated, source, "down");
                        back = lens.forward(translated);
                        fits(back, target, "back up");
                    }
                    default -> throw new AssertionError(law);
                }
                if (JsonValues.equal(back, input)) {
                    return null;
                }
                String at = JsonDiff.firstDifference(input, back);
                return new Counterexample(input, original, translated, back, at,
                        "the round trip changed the document at " + (at.isEmpty() ? "/" : at));
            } catch (LensException e) {
                return new Counterexample(input, original, translated, null, e.pointer(), e.getMessage());
            } catch (NotFitting e) {
                return new Counterexample(input, original, translated, null, e.violation.pointer(), e.getMessage());
            }
        }

        private static void fits(JsonNode doc, Type type, String leg) {
            List<Violation> v = SchemaValidator.validate(doc, type);
            if (!v.isEmpty()) {
                throw new NotFitting(leg, v.get(0));
            }
        }
    }

    private static final class NotFitting extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Violation violation;

        NotFitting(String leg, Violation violation) {
            super("the document translated " + leg + " does not fit its version: " + violation, null, false, false);
            this.violation = violation;
        }
    }
}
