package dev.lensc.store;

/**
 * An input an assembled document waits for: the document of {@code type@version} whose field
 * {@code field} holds {@code key}, or (field null) the document {@code type@version:key} itself.
 */
public record MissingInput(String type, int version, String field, String key) {

    @Override
    public String toString() {
        return field == null ? type + "@" + version + ":" + key
                : type + "@" + version + " with " + field + " = \"" + key + "\"";
    }
}
