package dev.lensc.runtime.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Splitting;
import dev.lensc.runtime.lens.Splitting.ElseValue;
import dev.lensc.runtime.lens.Splitting.Part;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@code split} and {@code merge} in both directions, 10,000 tries each: every law
 * static analysis does not name holds; every law it names breaks on a counterexample the generator
 * finds (strings holding the separator, at the ends, texts the pattern does not match), explained
 * by the named loss.
 */
class SplitMergeLawTest {
    private static final int TRIES = 10_000;
    private static final long SEED = 20261202L;
    private static final Set<Law> VIEW = EnumSet.of(Law.PUT_GET, Law.CREATE_GET);

    private static final Type.ObjectType CONTACT = new Type.ObjectType(List.of(
            new Field("id", new Type.IntType()), new Field("name", new Type.StringType()),
            new Field("phone", new Type.StringType())));

    static LensOp nameSplit() {
        return new LensOp.Split("name", Part.named(List.of("first", "last")), new Splitting.Separator(" "));
    }

    static LensOp phoneSplit(boolean withElse) {
        return new LensOp.Split("phone", Part.named(List.of("area", "number")),
                new Splitting.Pattern("^\\((\\d+)\\) (.*)$", "({area}) {number}",
                        withElse ? List.of(ElseValue.of(""), ElseValue.whole()) : null));
    }

    @Test
    void literalSplit_keepsGetPutAndPutGetOntoBase_losesPutGetOnAPartHoldingTheSeparator() {
        List<LawResult> r = check(Lens.of(nameSplit()), CONTACT, VIEW);
        LawResult putGet = result(r, Law.PUT_GET);
        JsonNode input = putGet.counterexample().input();
        assertTrue(input.get("first").textValue().contains(" "), () -> "counterexample: " + input);
    }

    @Test
    void literalMerge_keepsGetPutAndPutGetOntoBase_losesPutGetOnATextEndingInTheSeparator() {
        Lens merge = Lens.of(nameSplit()).reverse();
        List<LawResult> r = check(merge, Lens.of(nameSplit()).targetType(CONTACT), VIEW);
        String name = result(r, Law.PUT_GET).counterexample().input().get("name").textValue();
        assertTrue(name.endsWith(" "), () -> "counterexample: " + name);
        assertEquals(name.substring(0, name.length() - 1),
                result(r, Law.PUT_GET).counterexample().roundTripped().get("name").textValue());
    }

    @Test
    void threePartsWithADeclaredMissingValue_bothWays() {
        LensOp split = new LensOp.Split("name", List.of(new Part("a", ""), new Part("b", "-"), new Part("c", "?")),
                new Splitting.Separator(", "));
        check(Lens.of(split), CONTACT, VIEW);
        check(Lens.of(split).reverse(), Lens.of(split).targetType(CONTACT), VIEW);
    }

    @Test
    void patternSplitWithElse_bothWays() {
        List<LawResult> up = check(Lens.of(phoneSplit(true)), CONTACT, VIEW);
        JsonNode area = result(up, Law.CREATE_GET).counterexample().input().get("area");
        assertTrue(!area.textValue().matches("\\d+"), () -> "an area the pattern cannot read: " + area);
        // the format writes every text the pattern matches back as it was, and the else rule keeps the rest
        check(Lens.of(phoneSplit(true)).reverse(), Lens.of(phoneSplit(true)).targetType(CONTACT), EnumSet.noneOf(Law.class));
    }

    @Test
    void patternMergeWhoseFormatDoesNotWriteMatchesBack_losesTheViewLaws() {
        LensOp loose = new LensOp.Split("name", Part.named(List.of("first", "last")),
                new Splitting.Pattern("^\\s*(\\w+)\\s+(\\w+)\\s*$", "{first} {last}",
                        List.of(ElseValue.whole(), ElseValue.of(""))));
        List<LawResult> r = check(Lens.of(loose).reverse(), Lens.of(loose).targetType(CONTACT), VIEW);
        String name = result(r, Law.PUT_GET).counterexample().input().get("name").textValue();
        assertTrue(!name.matches("\\w+ \\w+"), () -> "a text the format writes otherwise: " + name);
    }

    @Test
    void patternSplitWithoutElse_failsOnTextsItDoesNotMatch_bothWays() {
        List<LawResult> up = check(Lens.of(phoneSplit(false)), CONTACT, EnumSet.of(Law.GET_PUT, Law.PUT_GET, Law.CREATE_GET));
        assertTrue(result(up, Law.GET_PUT).counterexample().problem().contains("does not match"),
                () -> result(up, Law.GET_PUT).counterexample().problem());
        check(Lens.of(phoneSplit(false)).reverse(), Lens.of(phoneSplit(false)).targetType(CONTACT),
                EnumSet.of(Law.PUT_GET_BASE, Law.PUT_GET, Law.CREATE_GET));
    }

    @Test
    void optionalField_partsAbsentBesideAPresentOne_comeBackAsTheirMissingValue() {
        Type.ObjectType sparse = new Type.ObjectType(List.of(Field.optional("name", new Type.StringType())));
        check(Lens.of(nameSplit()), sparse, VIEW);
        check(Lens.of(nameSplit()).reverse(), Lens.of(nameSplit()).targetType(sparse), VIEW);
    }

    @Test
    void splitInsideMapItems_bothWays() {
        Type.ObjectType people = new Type.ObjectType(List.of(new Field("people", new Type.ArrayType(CONTACT))));
        Lens lens = Lens.of(new LensOp.In("people", List.of(new LensOp.Map(List.of(nameSplit())))));
        check(lens, people, VIEW);
        check(lens.reverse(), lens.targetType(people), VIEW);
    }

    /**
     * All four laws with the broken ones declared: the statically broken ones are exactly
     * {@code broken}, each shows an explained counterexample, every other law passes.
     */
    private static List<LawResult> check(Lens lens, Type source, Set<Law> broken) {
        List<Loss> losses = LossAnalysis.losses(lens.ops(), source);
        assertEquals(broken, LossAnalysis.lawsBroken(losses), () -> "static losses: " + losses);
        List<LawResult> results = new LensLaws(LawSettings.of(SEED, TRIES)).check(lens.ops().toString(), lens, source, broken);
        for (LawResult r : results) {
            LawResult.Status expected = broken.contains(r.law()) ? LawResult.Status.ACCEPTED_LOSS : LawResult.Status.PASSED;
            assertEquals(expected, r.status(), () -> describe(r));
        }
        return results;
    }

    private static LawResult result(List<LawResult> results, Law law) {
        return results.stream().filter(r -> r.law() == law).findFirst().orElseThrow();
    }

    private static String describe(LawResult r) {
        Counterexample c = r.counterexample();
        return r.lens() + ": " + r.law().title() + " " + r.status() + " after " + r.tries() + " tries"
                + (c == null ? "" : "\n  input: " + c.input() + "\n  original: " + c.original() + "\n  translated: "
                        + c.translated() + "\n  round trip: " + c.roundTripped() + "\n  " + c.problem()
                        + "\n  unexplained: " + r.unexplained() + "\n  losses: "
                        + r.losses().stream().map(Loss::reason).collect(Collectors.joining("; ")));
    }
}
