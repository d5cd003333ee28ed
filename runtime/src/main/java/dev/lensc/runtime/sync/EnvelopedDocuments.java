package dev.lensc.runtime.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Documents of one type that carry an {@link Envelope}: reads the envelope (type, version, key),
 * refuses an unknown type or version, hands the lenses the data without the envelope, and writes
 * the envelope again for the target version, keeping the key and the place of each envelope field.
 */
public final class EnvelopedDocuments {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Translator type;
    private final Envelope envelope;

    public EnvelopedDocuments(Translator type, Envelope envelope) {
        this.type = Objects.requireNonNull(type, "type");
        this.envelope = Objects.requireNonNull(envelope, "envelope");
    }

    public Envelope envelope() {
        return envelope;
    }

    public Translator type() {
        return type;
    }

    /** The envelope of a document whose envelope carries its version. */
    public EnvelopeHeader header(JsonNode doc) {
        return header(doc, OptionalInt.empty());
    }

    /**
     * The envelope of a document; {@code callerVersion} is the version the caller says it is in (needed
     * when the envelope does not carry one, checked against it when it does).
     */
    public EnvelopeHeader header(JsonNode doc, OptionalInt callerVersion) {
        if (!(doc instanceof ObjectNode obj)) {
            throw new EnvelopeException("", "a " + envelope.typeName() + " document is an object, found "
                    + JsonValues.kind(doc));
        }
        Optional<IdPattern.Parts> id = envelope.id().map(f -> idParts(obj, f));
        envelope.typeField().ifPresent(f -> requireType(text(obj, f), JsonPointers.child("", f)));
        id.flatMap(IdPattern.Parts::type).ifPresent(t -> requireType(t, JsonPointers.child("", envelope.id().get().field())));
        OptionalInt version = OptionalInt.empty();
        if (envelope.versionField().isPresent()) {
            version = OptionalInt.of(versionField(obj, envelope.versionField().get()));
        }
        if (id.isPresent() && id.get().version().isPresent()) {
            int fromId = id.get().version().getAsInt();
            String at = JsonPointers.child("", envelope.id().get().field());
            if (version.isPresent() && version.getAsInt() != fromId) {
                throw new EnvelopeException(at, "the id says version " + fromId + ", the field '"
                        + envelope.versionField().orElseThrow() + "' says " + version.getAsInt());
            }
            version = OptionalInt.of(fromId);
        }
        if (callerVersion.isPresent()) {
            if (version.isPresent() && version.getAsInt() != callerVersion.getAsInt()) {
                throw new EnvelopeException("", "the document is in version " + version.getAsInt() + ", not "
                        + callerVersion.getAsInt() + " as given");
            }
            version = callerVersion;
        }
        if (version.isEmpty()) {
            throw new EnvelopeException("", "the " + envelope.typeName() + " envelope does not carry a version: say"
                    + " which version the document is in");
        }
        requireKnown(version.getAsInt(), envelope.versionField().or(() -> envelope.id().map(Envelope.IdField::field))
                .map(f -> JsonPointers.child("", f)).orElse(""));
        return new EnvelopeHeader(envelope.typeName(), version.getAsInt(), id.map(IdPattern.Parts::key));
    }

    /** The document's data: a copy without the envelope fields. */
    public JsonNode body(JsonNode doc) {
        ObjectNode out = ((ObjectNode) doc).deepCopy();
        out.remove(envelope.fields());
        return out;
    }

    /**
     * {@code body} with an envelope for {@code header}; envelope fields go where {@code layout} (a
     * document of the same type, or null) has them: before the data when they come first there,
     * after it otherwise.
     */
    public ObjectNode withEnvelope(JsonNode body, EnvelopeHeader header, JsonNode layout) {
        ObjectNode values = NODES.objectNode();
        envelope.typeField().ifPresent(f -> values.put(f, header.type()));
        envelope.versionField().ifPresent(f -> values.put(f, header.version()));
        envelope.id().ifPresent(f -> values.put(f.field(), f.pattern().format(header.type(), header.version(),
                header.key().orElseThrow(() -> new EnvelopeException("", "the document has no key to write its '"
                        + f.field() + "' with")))));
        ObjectNode out = NODES.objectNode();
        if (layout instanceof ObjectNode l) {
            for (Iterator<String> names = l.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!values.has(name)) {
                    break;
                }
                out.set(name, values.get(name));
            }
        } else {
            out.setAll(values);
        }
        for (Iterator<Map.Entry<String, JsonNode>> f = body.fields(); f.hasNext();) {
            Map.Entry<String, JsonNode> e = f.next();
            out.set(e.getKey(), e.getValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> f = values.fields(); f.hasNext();) {
            Map.Entry<String, JsonNode> e = f.next();
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** The document translated to version {@code to}, its envelope rewritten (same key). */
    public ObjectNode translate(JsonNode doc, int to) {
        return translate(doc, to, null);
    }

    /**
     * The document translated to version {@code to} onto {@code base} (a stored document of that version
     * with its envelope, or null), its envelope rewritten for {@code to} with the same key.
     */
    public ObjectNode translate(JsonNode doc, int to, JsonNode base) {
        return translate(doc, OptionalInt.empty(), to, base);
    }

    /**
     * As {@link #translate(JsonNode, int, JsonNode)}, for a document that is in version {@code from} as
     * the caller says (needed when its envelope does not carry the version, checked against it when it
     * does); a base whose envelope does not carry its version is taken to be in {@code to}.
     */
    public ObjectNode translate(JsonNode doc, OptionalInt from, int to, JsonNode base) {
        EnvelopeHeader h = header(doc, from);
        requireKnown(to, "");
        if (base != null) {
            EnvelopeHeader b = header(base, envelope.carriesVersion() ? OptionalInt.empty() : OptionalInt.of(to));
            if (b.version() != to) {
                throw new EnvelopeException("", "the base is in version " + b.version() + ", not " + to);
            }
            if (!b.key().equals(h.key())) {
                throw new EnvelopeException("", "the base is document " + b.key().orElse("?") + ", not "
                        + h.key().orElse("?"));
            }
        }
        JsonNode body = type.translate(body(doc), h.version(), to, base == null ? null : body(base));
        return withEnvelope(body, new EnvelopeHeader(h.type(), to, h.key()), doc);
    }

    private IdPattern.Parts idParts(ObjectNode doc, Envelope.IdField f) {
        String id = text(doc, f.field());
        return f.pattern().parse(id).orElseThrow(() -> new EnvelopeException(JsonPointers.child("", f.field()),
                "the id \"" + id + "\" does not follow the pattern \"" + f.pattern() + "\""));
    }

    private void requireType(String found, String at) {
        if (!found.equals(envelope.typeName())) {
            throw new EnvelopeException(at, "unknown document type \"" + found + "\": this is a "
                    + envelope.typeName() + " translator");
        }
    }

    private void requireKnown(int version, String at) {
        if (!type.versions().contains(version)) {
            throw new EnvelopeException(at, "version " + version + " of " + envelope.typeName() + " is unknown;"
                    + " versions: " + type.versions());
        }
    }

    private static String text(ObjectNode doc, String field) {
        JsonNode v = doc.get(field);
        if (v == null || !v.isTextual()) {
            throw new EnvelopeException(JsonPointers.child("", field), "the envelope needs a string '" + field
                    + "', found " + (v == null ? "nothing" : JsonValues.kind(v)));
        }
        return v.textValue();
    }

    private static int versionField(ObjectNode doc, String field) {
        JsonNode v = doc.get(field);
        if (v == null || !v.canConvertToExactIntegral() || !v.canConvertToInt() || v.intValue() < 0) {
            throw new EnvelopeException(JsonPointers.child("", field), "the envelope needs a version number '" + field
                    + "', found " + (v == null ? "nothing" : JsonValues.brief(v)));
        }
        return v.intValue();
    }
}
