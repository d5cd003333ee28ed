package dev.lensc.runtime.sync;

import dev.lensc.runtime.lens.LensException;

/**
 * A document or operation envelope that cannot be read: a missing or mistyped field, an unknown type
 * or version. Names the JSON pointer of the offending value. A {@link LensException}, so whoever
 * reports documents that cannot be translated reports these too.
 */
public class EnvelopeException extends LensException {
    private static final long serialVersionUID = 1L;

    public EnvelopeException(String pointer, String reason) {
        super(reason, pointer, null);
    }
}
