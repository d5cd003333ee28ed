package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.graph.GeneratedLenses;
import dev.lensc.runtime.graph.VersionGraph;
import dev.lensc.runtime.lens.LensException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two schemas named {@code Note} in two packages, on one class path ({@link Fixtures} compiles both). */
class TwoPackagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneSimpleNameInTwoPackages_loadsTogether_keyedByQualifiedName() {
        Map<String, GeneratedLenses> found = GeneratedLenses.load(Fixtures.loader());
        assertEquals(List.of(1, 2), List.copyOf(found.get("gen.one.Note").versions()));
        assertEquals(List.of(1), List.copyOf(found.get("gen.two.Note").versions()));
        assertEquals("Note", found.get("gen.two.Note").documentType());
    }

    @Test
    void theVersionGraph_translatesByQualifiedName_andRefusesTheAmbiguousSimpleName() throws Exception {
        VersionGraph graph = VersionGraph.load(Fixtures.loader());
        assertEquals("{\"body\":\"hi\"}", graph.translate("gen.one.Note", JSON.readTree("{\"text\":\"hi\"}"), 1, 2)
                .toString());
        LensException e = assertThrows(LensException.class,
                () -> graph.translate("Note", JSON.readTree("{\"text\":\"hi\"}"), 1, 2));
        assertEquals("document type 'Note' is generated in several packages: [gen.one.Note, gen.two.Note];"
                + " name it by its qualified name", e.getMessage());
        assertEquals("{\"title\":\"t\",\"status\":\"active\",\"createdAt\":\"d\"}", graph.translate("TodoItem",
                JSON.readTree("{\"title\":\"t\",\"isDone\":false,\"createdAt\":\"d\"}"), 1, 2).toString());
    }
}
