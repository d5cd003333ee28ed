package dev.lensc.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.sync.Envelope;
import dev.lensc.runtime.sync.EnvelopeException;
import dev.lensc.runtime.sync.EnvelopeHeader;
import dev.lensc.runtime.sync.EnvelopedDocuments;
import java.util.OptionalInt;
import org.apache.kafka.common.header.Headers;

/**
 * Reads the version from the document's envelope (runtime {@link EnvelopedDocuments}: type, version
 * and key fields, checked against the translator's type and versions), or from the
 * {@code lensc-version} header when the envelope does not carry one; when both say a version they
 * must agree. The lenses see the document without its envelope; each translation gets the
 * envelope back for its version, with the same key, where the record had it.
 *
 * @param documents null until {@link #forTranslator} binds the detector to a translator
 */
record EnvelopeVersionDetector(Envelope envelope, EnvelopedDocuments documents) implements VersionDetector {
    private static final VersionDetector HEADER = VersionDetector.header();

    @Override
    public VersionDetector forTranslator(Translator translator) {
        return new EnvelopeVersionDetector(envelope, new EnvelopedDocuments(translator, envelope));
    }

    @Override
    public Detection detect(Headers headers, JsonNode value) {
        if (documents == null) {
            throw new IllegalStateException("an envelope detector reads records once bound to a translator (forTranslator)");
        }
        OptionalInt fromHeader = OptionalInt.empty();
        if (LensHeaders.text(headers, LensHeaders.VERSION) != null) {
            Detection said = HEADER.detect(headers, value);
            if (!(said instanceof Detection.Found found)) {
                return said;
            }
            fromHeader = OptionalInt.of(found.version());
        }
        if (fromHeader.isEmpty() && value.isObject() && !holdsVersion(value)) {
            return new Detection.Missing("the record has no " + LensHeaders.VERSION + " header, and "
                    + (envelope.carriesVersion() ? "its envelope has no '" + versionField() + "'"
                            : "the " + envelope.typeName() + " envelope does not carry a version"));
        }
        EnvelopeHeader header;
        try {
            header = documents.header(value, envelope.carriesVersion() ? OptionalInt.empty() : fromHeader);
        } catch (EnvelopeException e) {
            return refused(Rejection.Kind.BAD_ENVELOPE, e.getMessage(), e.pointer());
        }
        if (fromHeader.isPresent() && fromHeader.getAsInt() != header.version()) {
            return refused(Rejection.Kind.VERSION_CONFLICT, "the " + LensHeaders.VERSION + " header says version "
                    + fromHeader.getAsInt() + ", the envelope says " + header.version(), JsonPointers.child("", versionField()));
        }
        return new Detection.Found(header.version(), documents.body(value), value);
    }

    @Override
    public JsonNode publish(JsonNode document, int version, Detection.Found source) {
        EnvelopeHeader read = documents.header(source.value(), OptionalInt.of(source.version()));
        return documents.withEnvelope(document, new EnvelopeHeader(read.type(), version, read.key()), source.value());
    }

    /** Whether the document has the envelope field that carries its version (false when the envelope carries none). */
    private boolean holdsVersion(JsonNode value) {
        return envelope.versionField().map(value::has).orElse(false)
                || envelope.id().filter(id -> id.pattern().hasVersion()).map(id -> value.has(id.field())).orElse(false);
    }

    /** The envelope field that keeps the version: its version field, else its id (called when it carries one). */
    private String versionField() {
        return envelope.versionField().or(() -> envelope.id().map(Envelope.IdField::field)).orElseThrow();
    }

    private static Detection refused(Rejection.Kind kind, String reason, String pointer) {
        return new Detection.Refused(new Rejection(kind, reason, pointer.isEmpty() ? null : pointer, null, null, null));
    }
}
