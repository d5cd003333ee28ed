package dev.lensc.runtime.laws;

/** The round-trip laws of a lens from A to B. Every translated document must also fit its version. */
public enum Law {
    /** Up and straight back down onto the original changes nothing. */
    GET_PUT("GetPut", "GetPut", "backward(forward(a), a) == a"),
    /** Down and straight back up onto the original changes nothing: newer data survives older writers. */
    PUT_GET_BASE("PutGet (onto base)", "PutGetBase", "forward(backward(b), b) == b"),
    /** An edit made in B survives the trip down to A and back up. */
    PUT_GET("PutGet", "PutGet", "forward(backward(b, a)) == b"),
    /** A document created from B without an original comes back up unchanged. */
    CREATE_GET("CreateGet", "CreateGet", "forward(backward(b)) == b");

    private final String title;
    private final String dslName;
    private final String equation;

    Law(String title, String dslName, String equation) {
        this.title = title;
        this.dslName = dslName;
        this.equation = equation;
    }

    /** The law's name in {@code .lens} files ({@code lossy PutGet "why"}). */
    public String dslName() {
        return dslName;
    }

    /** The law of that DSL name, ignoring case. */
    public static java.util.Optional<Law> byDslName(String name) {
        for (Law l : values()) {
            if (l.dslName.equalsIgnoreCase(name)) {
                return java.util.Optional.of(l);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The same law seen from the other direction of a lens: going back, GetPut is PutGet onto base
     * and the other way round; PutGet and CreateGet stay themselves.
     */
    public Law reversed() {
        return switch (this) {
            case GET_PUT -> PUT_GET_BASE;
            case PUT_GET_BASE -> GET_PUT;
            case PUT_GET, CREATE_GET -> this;
        };
    }

    public String title() {
        return title;
    }

    public String equation() {
        return equation;
    }
}
