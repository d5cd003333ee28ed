package dev.lensc.runtime.graph;

import static dev.lensc.runtime.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One route between two versions, which translation, laws and generated code all follow. */
class RouteTest {
    /** A branched history: 1 -> 2, then two branches 2 -> 3 and 2 -> 4. */
    static final DocumentType BRANCHED = DocumentType.builder("Doc")
            .version(1, new Type.ObjectType(List.of(new Field("a", new Type.StringType()))))
            .lens(new LensEdge(1, 2, Lens.of(new LensOp.Rename("a", "b")), null, Set.of(Law.GET_PUT)))
            .lens(2, 3, Lens.of(new LensOp.Rename("b", "c")))
            .lens(new LensEdge(2, 4, Lens.of(new LensOp.Rename("b", "d")), null, Set.of(Law.PUT_GET)))
            .build();

    @Test
    void routeAcrossBranches_goesBackToTheForkAndForwardAgain() {
        List<Hop> route = BRANCHED.route(3, 4);
        assertEquals(List.of("3 -> 2", "2 -> 4"), route.stream().map(h -> h.from() + " -> " + h.to()).toList());
        assertEquals(List.of(true, false), route.stream().map(Hop::reversed).toList());
        assertEquals(json("{'d':'x'}"), BRANCHED.translate(json("{'c':'x'}"), 3, 4));
    }

    @Test
    void routeToItself_isEmpty_andUnknownVersionsFail() {
        assertEquals(List.of(), BRANCHED.route(2, 2));
        LensException e = assertThrows(LensException.class, () -> BRANCHED.route(1, 7));
        assertEquals("unknown version 7 of Doc; known versions: [1, 2, 3, 4]", e.reason());
    }

    @Test
    void acceptedLosses_areSeenFromTheDirectionOfEachHop() {
        assertEquals(Set.of(Law.GET_PUT), BRANCHED.acceptedLosses(1, 2));
        assertEquals(Set.of(Law.PUT_GET_BASE), BRANCHED.acceptedLosses(2, 1));
        assertEquals(Set.of(Law.PUT_GET_BASE, Law.PUT_GET), BRANCHED.acceptedLosses(4, 1));
        assertEquals(Set.of(), BRANCHED.acceptedLosses(3, 2));
    }

    @Test
    void lawReversed_swapsGetPutAndPutGetOntoBase_only() {
        assertEquals(Law.PUT_GET_BASE, Law.GET_PUT.reversed());
        assertEquals(Law.GET_PUT, Law.PUT_GET_BASE.reversed());
        assertEquals(Law.PUT_GET, Law.PUT_GET.reversed());
        assertEquals(Law.CREATE_GET, Law.CREATE_GET.reversed());
    }

    @Test
    void aDocumentTypeIsATranslator_sameVersionGivesACopy() {
        Translator t = BRANCHED;
        var doc = json("{'a':'x'}");
        var copy = t.translate(doc, 1, 1);
        assertEquals(doc, copy);
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).put("a", "y");
        assertEquals(json("{'a':'x'}"), doc);
    }
}
