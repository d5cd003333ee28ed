package dev.lensc.runtime.lens;

/**
 * A document, patch or version that a lens cannot translate. The message names what is known of
 * where: the document type and versions, the JSON pointer of the offending value, and the op.
 */
public class LensException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String pointer;
    private final String op;
    private final String documentType;
    private final String fromVersion;
    private final String toVersion;

    public LensException(String reason, String pointer, String op) {
        this(reason, pointer, op, null, null, null, null);
    }

    private LensException(String reason, String pointer, String op, String documentType,
            String fromVersion, String toVersion, Throwable cause) {
        super(format(reason, pointer, op, documentType, fromVersion, toVersion), cause);
        this.reason = reason;
        this.pointer = pointer;
        this.op = op;
        this.documentType = documentType;
        this.fromVersion = fromVersion;
        this.toVersion = toVersion;
    }

    /** The same failure, told where in the version graph it happened. */
    public LensException inContext(String documentType, Object from, Object to) {
        return new LensException(reason, pointer, op,
                this.documentType != null ? this.documentType : documentType,
                this.fromVersion != null ? this.fromVersion : String.valueOf(from),
                this.toVersion != null ? this.toVersion : String.valueOf(to), this);
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    /** JSON pointer (RFC 6901) of the offending value in the input, or null when not about a value. */
    public String pointer() {
        return pointer;
    }

    /** The op as the DSL writes it, or null. */
    public String op() {
        return op;
    }

    public String documentType() {
        return documentType;
    }

    public String fromVersion() {
        return fromVersion;
    }

    public String toVersion() {
        return toVersion;
    }

    private static String format(String reason, String pointer, String op, String type, String from, String to) {
        StringBuilder sb = new StringBuilder();
        if (type != null) {
            sb.append(type);
            if (from != null && to != null) {
                sb.append(' ').append(from).append(" -> ").append(to);
            }
            sb.append(": ");
        }
        if (pointer != null) {
            sb.append("at ").append(pointer.isEmpty() ? "/" : pointer).append(": ");
        }
        sb.append(reason);
        if (op != null) {
            sb.append(" (in op '").append(op).append("')");
        }
        return sb.toString();
    }
}
