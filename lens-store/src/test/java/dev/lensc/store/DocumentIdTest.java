package dev.lensc.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentIdTest {

    @Test
    void idsCarryTypeInKebabCaseVersionAndKey_andParseBack_evenWithColonsAndAtsInTheKey() {
        DocumentId id = DocumentId.of("TodoItem", 2, "a:b@c");
        assertEquals("todo-item@2:a:b@c", id.toString());
        assertEquals(id, DocumentId.parse(id.toString()));
        assertEquals("todo-item@3:a:b@c", id.inVersion(3).toString());
    }

    @Test
    void malformedIds_areRefusedWithTheText() {
        for (String bad : new String[] {"todo-item", "todo-item@x:k", "@2:k", "todo-item@2"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentId.parse(bad));
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> DocumentId.parse("todo-item@2:"));
    }
}
