package dev.lensc.dsl.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.dsl.suggest.LensSuggester.Proposal;
import dev.lensc.dsl.suggest.LensSuggester.Side;
import dev.lensc.dsl.suggest.LensSuggester.Suggestion;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Splitting;
import dev.lensc.runtime.schema.ExampleInference;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splits and merges proposed from paired examples, from names alone, and not from what does not join. */
class SplitSuggestionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Side docs(String... documents) {
        List<JsonNode> out = new ArrayList<>();
        for (String d : documents) {
            try {
                out.add(JSON.readTree(d.replace('\'', '"')));
            } catch (Exception e) {
                throw new IllegalArgumentException(d, e);
            }
        }
        return new Side(ExampleInference.inferObject(out, ExampleInference.Settings.DEFAULTS), out);
    }

    private static Side schema(String... stringFields) {
        return new Side(new Type.ObjectType(List.of(stringFields).stream()
                .map(n -> new Field(n, new Type.StringType())).toList()), List.of());
    }

    private static Suggestion only(Proposal p, Class<? extends LensOp> kind) {
        List<Suggestion> found = p.suggestions().stream().filter(s -> kind.isInstance(s.op())).toList();
        assertEquals(1, found.size(), p.toString());
        return found.get(0);
    }

    @Test
    void aNameCutAtASpace_isASplit_partsInTheOrderTheTextHasThem_withTheExamplesConfidence() {
        Proposal p = LensSuggester.suggest(
                docs("{'name':'Ada Lovelace','age':36}", "{'name':'Alan Turing','age':41}", "{'name':'Grace Hopper','age':85}"),
                docs("{'last':'Lovelace','first':'Ada','age':36}", "{'last':'Turing','first':'Alan','age':41}",
                        "{'last':'Hopper','first':'Grace','age':85}"));
        Suggestion s = only(p, LensOp.Split.class);
        assertEquals(new LensOp.Split("name", Splitting.Part.named(List.of("first", "last")), new Splitting.Separator(" ")), s.op());
        assertEquals(0.9, s.confidence());
        assertEquals(List.of(s), p.suggestions(), "no remove or add is left: " + p);
        assertEquals(List.of(), p.decisions());
    }

    @Test
    void fewerExamples_lessConfidence_andAnyCommonSeparator_threeParts() {
        Proposal p = LensSuggester.suggest(docs("{'address':'Main St 1, Oslo, Norway'}"),
                docs("{'street':'Main St 1','city':'Oslo','country':'Norway'}"));
        Suggestion s = only(p, LensOp.Split.class);
        assertEquals("split address -> street, city, country by \", \"", dev.lensc.runtime.lens.LensOps.describe(s.op()));
        assertEquals(0.7, s.confidence());
    }

    @Test
    void theOtherWay_isAMerge_andATrailingEmptyPartIsLeftOutAsTheMergeDoes() {
        Proposal p = LensSuggester.suggest(
                docs("{'first':'Ada','last':'Lovelace'}", "{'first':'Plato','last':''}"),
                docs("{'name':'Ada Lovelace'}", "{'name':'Plato'}"));
        Suggestion s = only(p, LensOp.Merge.class);
        assertEquals(new LensOp.Merge(Splitting.Part.named(List.of("first", "last")), "name", new Splitting.Separator(" ")), s.op());
        assertEquals(0.8, s.confidence());
    }

    @Test
    void aPartHoldingTheSeparator_lowersTheConfidence_andIsADecision() {
        Proposal p = LensSuggester.suggest(docs("{'name':'Ada Lovelace'}", "{'name':'Mary Ann Smith'}"),
                docs("{'first':'Ada','last':'Lovelace'}", "{'first':'Mary Ann','last':'Smith'}"));
        assertEquals(0.5, only(p, LensOp.Split.class).confidence());
        assertEquals(List.of("'name': the split cuts at the first separators, so \"Mary Ann Smith\" comes out otherwise"
                + " than the example's \"Mary Ann\", \"Smith\": keep the split if such values are rare, else write a"
                + " custom op"), p.decisions());
    }

    @Test
    void valuesThatDoNotJoinAtOneSeparator_areNoSplit() {
        Proposal p = LensSuggester.suggest(docs("{'name':'Ada Lovelace'}", "{'name':'Alan-Turing'}"),
                docs("{'first':'Ada','last':'Lovelace'}", "{'first':'Alan','last':'Turing'}"));
        assertTrue(p.ops().stream().noneMatch(op -> op instanceof LensOp.Split), p.toString());
        assertTrue(p.ops().stream().anyMatch(op -> op instanceof LensOp.Remove r && r.name().equals("name")), p.toString());
    }

    @Test
    void twoSetsOfFieldsThatFitAlike_areADecision() {
        Proposal p = LensSuggester.suggest(docs("{'name':'Ada Lovelace'}", "{'name':'Alan Turing'}"),
                docs("{'first':'Ada','nick':'Ada','last':'Lovelace'}", "{'first':'Alan','nick':'Alan','last':'Turing'}"));
        assertEquals(List.of("first", "last"), ((LensOp.Split) only(p, LensOp.Split.class).op()).parts().stream()
                .map(Splitting.Part::name).toList());
        assertTrue(p.decisions().contains("'name': the examples fit splitting it into nick, last as well: choose the parts"),
                p.decisions().toString());
    }

    @Test
    void fromNamesAlone_aPersonsName_atASpace_withLowConfidence() {
        Proposal p = LensSuggester.suggest(schema("fullName", "id"), schema("id", "familyName", "givenName"));
        Suggestion s = only(p, LensOp.Split.class);
        assertEquals("split fullName -> givenName, familyName by \" \"", dev.lensc.runtime.lens.LensOps.describe(s.op()));
        assertEquals(0.3, s.confidence());
        assertTrue(p.decisions().get(0).contains("from the names alone: check the separator"), p.decisions().toString());
        Suggestion m = only(LensSuggester.suggest(schema("first", "last"), schema("name")), LensOp.Merge.class);
        assertEquals(0.3, m.confidence());
    }

    @Test
    void fromNamesAlone_otherPrefixedParts_areOnlyADecision() {
        Proposal p = LensSuggester.suggest(schema("phone"), schema("phoneArea", "phoneNumber"));
        assertTrue(p.ops().stream().noneMatch(op -> op instanceof LensOp.Split), p.toString());
        assertTrue(p.decisions().get(0).startsWith("'phone' may have been cut into phoneArea, phoneNumber"), p.decisions().toString());
        assertTrue(p.decisions().get(0).contains("write 'split phone -> phoneArea, phoneNumber by \"SEPARATOR\"'"));
        // names that merely resemble are neither
        assertEquals(List.of(), LensSuggester.suggest(schema("name"), schema("named", "id")).ops().stream()
                .filter(op -> op instanceof LensOp.Split).toList());
    }

    @Test
    void hostileExamples_emptyTextsManyFieldsNonStrings_proposeNothingWrong() {
        StringBuilder older = new StringBuilder("{'s':''");
        StringBuilder newer = new StringBuilder("{'n':1");
        for (int i = 0; i < 30; i++) {
            newer.append(",'f").append(i).append("':''");
        }
        Proposal p = LensSuggester.suggest(docs(older.append('}').toString()), docs(newer.append('}').toString()));
        assertTrue(p.ops().stream().noneMatch(op -> op instanceof LensOp.Split), "an empty text has no separator: " + p);
        // parts equal to the whole, unicode separators and parts, a part absent from an example
        Proposal q = LensSuggester.suggest(docs("{'w':'a😀b','x':'same'}", "{'w':'c😀d','x':'same'}"),
                docs("{'p':'a','q':'b','y':'same','z':'same'}", "{'p':'c','y':'same','z':'same'}"));
        Suggestion s = only(q, LensOp.Split.class);
        assertEquals("split w -> p, q by \"😀\"", dev.lensc.runtime.lens.LensOps.describe(s.op()));
        assertEquals(0.7, s.confidence(), "the second example has no q: it does not count");
        assertTrue(q.ops().stream().noneMatch(op -> op instanceof LensOp.Split sp && sp.name().equals("x")), q.toString());
    }
}
