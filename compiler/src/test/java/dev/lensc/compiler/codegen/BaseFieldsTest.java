package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.BOOLEAN;
import static dev.lensc.compiler.codegen.SampleTypes.INT;
import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which fields of a base a put walks back: what its ops read, followed through the later ops that move them. */
class BaseFieldsTest {
    private static final LensOp.Convert FLAG_TO_TEXT = new LensOp.Convert("flag", BOOLEAN, STRING, List.of(
            ValueMapping.both(BooleanNode.TRUE, text("on")), ValueMapping.both(BooleanNode.FALSE, text("off"))),
            null, null);

    @Test
    void renamesAndRemovesReadNothing_butAreWalkedForTheirFailureOnABaseThatHoldsTheirField() {
        assertEquals(Optional.of(Set.of("b", "c", "d")), BaseFields.of(List.of(new LensOp.Rename("a", "b"),
                new LensOp.Remove("c", INT, IntNode.valueOf(0)), new LensOp.Rename("b", "d"))));
        assertEquals(Optional.of(Set.of("c")), BaseFields.of(List.of(new LensOp.Rename("a", "b"),
                new LensOp.Remove("c", INT, IntNode.valueOf(0)))));
    }

    @Test
    void laterHeadsNeverFailGoingBack_soNothingIsWalked() {
        assertEquals(Optional.of(Set.of()), BaseFields.of(List.of(new LensOp.Rename("a", "b"),
                new LensOp.Head("c"), new LensOp.Head("e"))));
    }

    @Test
    void anAddReadsItsField_underEveryNameALaterRenameGivesIt_butNotTheFieldsOfOpsThatCannotFail() {
        Set<String> kept = BaseFields.of(List.of(new LensOp.Add("tmp", INT, IntNode.valueOf(1)),
                new LensOp.Head("title"), new LensOp.Rename("tmp", "count"))).orElseThrow();
        assertEquals(Set.of("tmp", "count"), kept);
        assertTrue(BaseFields.untouched(new LensOp.Head("title"), kept));
        assertFalse(BaseFields.untouched(new LensOp.Rename("tmp", "count"), kept));
    }

    @Test
    void aPlungeOfAReadFieldBringsItsHost_andALaterConvertThatMayFailGoingBackIsWalkedForItsFailure() {
        Set<String> kept = BaseFields.of(List.of(new LensOp.Add("channel", STRING, text("web")),
                new LensOp.Plunge("meta", "channel"), new LensOp.Head("x"), FLAG_TO_TEXT)).orElseThrow();
        assertEquals(Set.of("channel", "meta", "flag"), kept);
    }

    @Test
    void aMapOrCustomLensAtTheLevel_walksTheWholeBase() {
        assertEquals(Optional.empty(), BaseFields.of(List.of(new LensOp.Rename("a", "b"),
                new LensOp.Map(List.of(new LensOp.Rename("p", "q"))))));
    }
}
