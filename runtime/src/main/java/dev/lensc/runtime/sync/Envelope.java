package dev.lensc.runtime.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a document carries its identity and version, apart from its data: a field with the type
 * name ({@code "schema": "todo-item"}), a field with the version ({@code "version": 1}), an id
 * field that follows a pattern ({@code "_id": "todo-item@1:ab8e"}) — any of them, or none (then the
 * caller says which version a document is in). Envelope fields are not data: lenses never see them.
 *
 * @param typeName the type as documents spell it (e.g. {@code todo-item}), which may differ from the
 *     schema's name
 */
public record Envelope(String typeName, Optional<String> typeField, Optional<String> versionField,
        Optional<IdField> id) {

    public Envelope {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(typeField, "typeField");
        Objects.requireNonNull(versionField, "versionField");
        Objects.requireNonNull(id, "id");
    }

    /** The id field and the pattern its values follow. */
    public record IdField(String field, IdPattern pattern) {}

    public static Envelope of(String typeName) {
        return new Envelope(typeName, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Envelope typeIn(String field) {
        return new Envelope(typeName, Optional.of(field), versionField, id);
    }

    public Envelope versionIn(String field) {
        return new Envelope(typeName, typeField, Optional.of(field), id);
    }

    public Envelope idIn(String field, String pattern) {
        return new Envelope(typeName, typeField, versionField, Optional.of(new IdField(field, new IdPattern(pattern))));
    }

    /** The envelope's fields in the order documents write them: type, version, id. */
    public List<String> fields() {
        List<String> out = new ArrayList<>();
        typeField.ifPresent(out::add);
        versionField.ifPresent(out::add);
        id.ifPresent(i -> out.add(i.field()));
        return out;
    }

    /** Whether a document's version can be read from the envelope alone. */
    public boolean carriesVersion() {
        return versionField.isPresent() || id.map(i -> i.pattern().hasVersion()).orElse(false);
    }
}
