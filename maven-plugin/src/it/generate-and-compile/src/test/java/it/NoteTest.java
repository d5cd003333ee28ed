package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.notes.NoteLenses;
import it.notes.NoteV1;
import it.notes.NoteV2;
import org.junit.jupiter.api.Test;

class NoteTest {
    @Test
    void generatedTranslatorsWork() {
        NoteV2 v2 = NoteLenses.v1ToV2(new NoteV1("milk", true));
        assertEquals("milk", v2.body());
        assertEquals(NoteV1.class, NoteLenses.v2ToV1(v2).getClass());
        assertEquals("milk", NoteLenses.v2ToV1(v2).text());
    }
}
