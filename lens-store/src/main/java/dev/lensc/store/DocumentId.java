package dev.lensc.store;

import dev.lensc.runtime.store.TypeNames;

/**
 * A stored document's id: its type (kebab case), the version it is in, and the key that every
 * version of the same document shares, written {@code todo-item@2:6f1c...}.
 */
public record DocumentId(String type, int version, String key) {

    public DocumentId {
        type = typeName(type);
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a document id needs a key: " + type + "@" + version + ":");
        }
    }

    public static DocumentId of(String type, int version, String key) {
        return new DocumentId(type, version, key);
    }

    /** Reads {@code type@version:key}; the key may contain any character, ':' and '@' included. */
    public static DocumentId parse(String id) {
        int at = id.indexOf('@');
        int colon = at < 0 ? -1 : id.indexOf(':', at);
        if (at <= 0 || colon < 0) {
            throw new IllegalArgumentException("not a document id (type@version:key): '" + id + "'");
        }
        try {
            return new DocumentId(id.substring(0, at), Integer.parseInt(id.substring(at + 1, colon)),
                    id.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a document id (type@version:key): '" + id + "'", e);
        }
    }

    /** The same document in another version. */
    public DocumentId inVersion(int otherVersion) {
        return new DocumentId(type, otherVersion, key);
    }

    /** {@code TodoItem} and {@code todo-item} both become {@code todo-item}, the name ids carry. */
    public static String typeName(String name) {
        return TypeNames.kebab(name);
    }

    @Override
    public String toString() {
        return type + "@" + version + ":" + key;
    }
}
