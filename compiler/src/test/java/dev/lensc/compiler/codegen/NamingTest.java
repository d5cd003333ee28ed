package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTest {
    @Test
    void member_camelCasesAndEscapesKeywords() {
        assertEquals("createdAt", Naming.member("created_at"));
        assertEquals("createdAt", Naming.member("created-at"));
        assertEquals("isDone", Naming.member("isDone"));
        assertEquals("class_", Naming.member("class"));
        assertEquals("ref", Naming.member("$ref"));
        assertEquals("aB", Naming.member("a\"b"));
        assertEquals("ünïcödé", Naming.member("ünïcödé"));
        assertEquals("field", Naming.member("_"));
        assertEquals("_1st", Naming.member("1st"));
        assertEquals("hashCode_", Naming.member("hashCode"));
    }

    @Test
    void type_upperCamelCases() {
        assertEquals("TodoItem", Naming.type("todo-item"));
        assertEquals("String", Naming.type("string"));
        // java.lang clashes are left to JavaPoet, which qualifies the imported name
        assertEquals("Record", Naming.type("Record"));
        assertEquals("Var", Naming.type("var"));
        assertEquals("Type", Naming.type("\"\""));
    }

    @Test
    void constant_isUpperSnake() {
        assertEquals("IN_PROGRESS", Naming.constant("in-progress"));
        assertEquals("EMPTY", Naming.constant(""));
        assertEquals("VALUE", Naming.constant("--"));
        assertEquals("_1ST", Naming.constant("1st"));
    }

    @Test
    void allocate_givesANameThatIsAlreadyItsJavaNameFirst_andNumbersTheRestInOrder() {
        assertEquals(java.util.Map.of("", "EMPTY2", "EMPTY", "EMPTY", "VALUE", "VALUE", "value", "VALUE2"),
                Naming.allocate(List.of("", "EMPTY", "value", "VALUE"), Naming::constant));
        assertEquals(java.util.Map.of("created_at", "createdAt2", "createdAt", "createdAt", "created-at", "createdAt3"),
                Naming.allocate(List.of("created_at", "createdAt", "created-at"), Naming::member));
    }

    @Test
    void scope_numbersCollisions() {
        Naming.Scope scope = new Naming.Scope("TodoItemV1");
        assertEquals("createdAt", scope.allocate("createdAt"));
        assertEquals("createdAt2", scope.allocate("createdAt"));
        assertEquals("TodoItemV12", scope.allocate("TodoItemV1"));
    }

    @Test
    void version_namesNegativeVersions() {
        assertEquals("V3", Naming.version(3));
        assertEquals("Vm1", Naming.version(-1));
    }
}
