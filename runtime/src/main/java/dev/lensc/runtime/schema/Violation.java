package dev.lensc.runtime.schema;

/** A place where a document does not fit a type: the JSON pointer and what is wrong there. */
public record Violation(String pointer, String message) {
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
