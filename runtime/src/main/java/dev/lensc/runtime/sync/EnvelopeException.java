package dev.lensc.runtime.sync;

/**
 * A document or operation envelope that cannot be read: a missing or mistyped field, an unknown type
 * or version. Names the JSON pointer of the offending value.
 */
public class EnvelopeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pointer;
    private final String reason;

    public EnvelopeException(String pointer, String reason) {
        super((pointer.isEmpty() ? "at the root" : "at " + pointer) + ": " + reason);
        this.pointer = pointer;
        this.reason = reason;
    }

    public String pointer() {
        return pointer;
    }

    public String reason() {
        return reason;
    }
}
