package dev.lensc.runtime.laws;

/** The round-trip laws of a lens from A to B. Every translated document must also fit its version. */
public enum Law {
    /** Up and straight back down onto the original changes nothing. */
    GET_PUT("GetPut", "backward(forward(a), a) == a"),
    /** Down and straight back up onto the original changes nothing: newer data survives older writers. */
    PUT_GET_BASE("PutGet (onto base)", "forward(backward(b), b) == b"),
    /** An edit made in B survives the trip down to A and back up. */
    PUT_GET("PutGet", "forward(backward(b, a)) == b"),
    /** A document created from B without an original comes back up unchanged. */
    CREATE_GET("CreateGet", "forward(backward(b)) == b");

    private final String title;
    private final String equation;

    Law(String title, String equation) {
        this.title = title;
        this.equation = equation;
    }

    public String title() {
        return title;
    }

    public String equation() {
        return equation;
    }
}
