package dev.lensc.runtime.sync;

import java.util.Objects;
import java.util.Optional;

/**
 * What a document's envelope says about it.
 *
 * @param key what identifies the document across versions (the {@code {key}} of its id); empty when
 *     the envelope has no id
 */
public record EnvelopeHeader(String type, int version, Optional<String> key) {
    public EnvelopeHeader {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
    }
}
