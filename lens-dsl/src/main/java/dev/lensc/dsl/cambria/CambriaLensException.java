package dev.lensc.dsl.cambria;

/**
 * A Cambria lens file that cannot be read: the message names the file and the JSON pointer of the
 * offending entry inside it ({@code lens.yml: at /lens/2/rename: missing 'destination'}).
 */
public class CambriaLensException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CambriaLensException(String message) {
        super(message);
    }

    public CambriaLensException(String message, Throwable cause) {
        super(message, cause);
    }
}
