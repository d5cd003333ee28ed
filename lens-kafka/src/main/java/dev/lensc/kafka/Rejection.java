package dev.lensc.kafka;

import dev.lensc.runtime.lens.LensException;
import org.apache.kafka.common.header.Headers;

/**
 * Why a record cannot be translated, as data: it goes into the dead-letter record's headers
 * ({@link LensHeaders}), one header per field that is known.
 *
 * @param pointer     JSON pointer of the offending value, or null
 * @param op          the lens op as the DSL writes it, or null
 * @param fromVersion the record's version, or null when it could not be told
 * @param toVersion   the version translation failed to reach, or null
 */
public record Rejection(Kind kind, String reason, String pointer, String op, Integer fromVersion, Integer toVersion) {

    public enum Kind {
        /** The value is not one strict JSON document (malformed, duplicate keys, trailing tokens). */
        MALFORMED_JSON,
        /** The record does not say which version it is written in, or not as a version number. */
        NO_VERSION,
        /** Two sources of the record's version disagree (its {@code lensc-version} header and its envelope). */
        VERSION_CONFLICT,
        /**
         * The document's envelope cannot be read: not an object, a field missing or of the wrong
         * type, an id that does not follow its pattern, another type or an unknown version.
         */
        BAD_ENVELOPE,
        /** The record names a version its document type does not have. */
        UNKNOWN_VERSION,
        /** The record names another document type than the translator's. */
        WRONG_TYPE,
        /** The document does not fit its version, or a lens cannot carry it to a target version. */
        UNTRANSLATABLE
    }

    public Rejection {
        if (kind == null || reason == null) {
            throw new IllegalArgumentException("a rejection needs a kind and a reason");
        }
    }

    static Rejection of(Kind kind, String reason) {
        return new Rejection(kind, reason, null, null, null, null);
    }

    /** A translator's failure, with what it knows of where. */
    static Rejection untranslatable(LensException e, int from, int to) {
        return new Rejection(Kind.UNTRANSLATABLE, e.getMessage(), e.pointer(), e.op(), from, to);
    }

    /** Writes this rejection into {@code headers}, replacing any earlier {@code lensc-error-*} values. */
    Headers writeTo(Headers headers) {
        LensHeaders.set(headers, LensHeaders.ERROR_KIND, kind);
        LensHeaders.set(headers, LensHeaders.ERROR_REASON, reason);
        LensHeaders.set(headers, LensHeaders.ERROR_POINTER, pointer);
        LensHeaders.set(headers, LensHeaders.ERROR_OP, op);
        LensHeaders.set(headers, LensHeaders.ERROR_FROM_VERSION, fromVersion);
        LensHeaders.set(headers, LensHeaders.ERROR_TO_VERSION, toVersion);
        return headers;
    }
}
