package dev.lensc.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The record headers Lensc reads and writes, all UTF-8 text. Every record on a version topic
 * carries {@link #TYPE}, {@link #VERSION} and {@link #SOURCE_VERSION}; every dead letter carries
 * the {@code lensc-error-*} headers that apply.
 */
public final class LensHeaders {
    /** The document type, as its {@code .lens} schema spells it ({@code TodoItem}). */
    public static final String TYPE = "lensc-type";
    /** The version the value is written in. */
    public static final String VERSION = "lensc-version";
    /** The version the record was written in before translation. */
    public static final String SOURCE_VERSION = "lensc-source-version";

    /** Every dead-letter header starts so; a record published on a version topic carries none. */
    public static final String ERROR_PREFIX = "lensc-error-";
    /** What kind of failure ({@link Rejection.Kind}, e.g. {@code UNTRANSLATABLE}). */
    public static final String ERROR_KIND = ERROR_PREFIX + "kind";
    /** What is wrong, in words. */
    public static final String ERROR_REASON = ERROR_PREFIX + "reason";
    /** The JSON pointer (RFC 6901) of the offending value in the record's document. */
    public static final String ERROR_POINTER = ERROR_PREFIX + "pointer";
    /** The lens op that failed, as the DSL writes it. */
    public static final String ERROR_OP = ERROR_PREFIX + "op";
    public static final String ERROR_FROM_VERSION = ERROR_PREFIX + "from-version";
    public static final String ERROR_TO_VERSION = ERROR_PREFIX + "to-version";
    /** Where the record was read: topic, partition and offset, for replay. */
    public static final String ERROR_TOPIC = ERROR_PREFIX + "topic";
    public static final String ERROR_PARTITION = ERROR_PREFIX + "partition";
    public static final String ERROR_OFFSET = ERROR_PREFIX + "offset";

    private LensHeaders() {}

    /** The last value of a header as text, or null when absent. */
    public static String text(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Replaces every value of {@code name} in place by {@code value} (removes it when null). */
    static Headers set(Headers headers, String name, Object value) {
        headers.remove(name);
        if (value != null) {
            headers.add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** A copy without the {@code lensc-error-*} headers. */
    static Headers withoutErrors(Headers headers) {
        Headers copy = new RecordHeaders();
        for (Header h : headers) {
            if (!h.key().startsWith(ERROR_PREFIX)) {
                copy.add(h);
            }
        }
        return copy;
    }

    /** An independent copy: headers are mutable and a record forwarded twice must not share them. */
    static Headers copy(Headers headers) {
        return new RecordHeaders(headers.toArray());
    }
}
