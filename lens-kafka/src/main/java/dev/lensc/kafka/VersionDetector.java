package dev.lensc.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.sync.Envelope;
import org.apache.kafka.common.header.Headers;

/**
 * Tells which version a record is written in, and gives a translated document the form its topic
 * carries. Three come with Lensc: {@link #header()} (the {@code lensc-version} header),
 * {@link #field(String)} (a member of the document itself) and {@link #envelope(Envelope)} (the
 * document's envelope, as the {@code .lens} schema declares it).
 */
public interface VersionDetector {

    /** The version of a record and the document to translate, or why neither can be told. */
    Detection detect(Headers headers, JsonNode value);

    /**
     * The value to publish for {@code document}, translated to {@code version} from the record that
     * {@code source} describes (its value gives what the translation keeps: an envelope's key, the
     * place of its fields).
     */
    JsonNode publish(JsonNode document, int version, Detection.Found source);

    /**
     * The detector to use for the records of {@code translator}'s type; the topology calls it once
     * when it is built. By default this detector itself; one that checks what records say against
     * the type's versions binds to them here.
     */
    default VersionDetector forTranslator(Translator translator) {
        return this;
    }

    /** What {@link #detect} found. */
    sealed interface Detection {
        /**
         * The record is written in {@code version}; {@code document} is what the lenses translate;
         * {@code value} is the record's value as read (the document itself when nothing wraps it).
         */
        record Found(int version, JsonNode document, JsonNode value) implements Detection {
            public Found(int version, JsonNode document) {
                this(version, document, document);
            }
        }

        /** The record does not tell its version; {@code reason} says why. */
        record Missing(String reason) implements Detection {}

        /** The record tells its version in a way that cannot be used (two sources disagree, a malformed envelope). */
        record Refused(Rejection rejection) implements Detection {}
    }

    /** The version from the {@code lensc-version} header; the value is the document as it is. */
    static VersionDetector header() {
        return new HeaderVersionDetector(LensHeaders.VERSION);
    }

    /**
     * The version from a top-level member of the document (e.g. {@code "schemaVersion": 2}),
     * removed before translation and written first into every translated document.
     */
    static VersionDetector field(String name) {
        return new FieldVersionDetector(name);
    }

    /**
     * The version from the document's envelope ({@code "version": 2}, or an id such as
     * {@code "todo-item@2:ab8e"}); a record whose envelope does not carry its version needs the
     * {@code lensc-version} header, and when a record has both they must agree. The envelope's
     * fields are taken out before translation and written again, with the target version and the
     * same key, where the record had them.
     */
    static VersionDetector envelope(Envelope envelope) {
        return new EnvelopeVersionDetector(envelope, null);
    }
}
