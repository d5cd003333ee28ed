package dev.lensc.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.util.Set;

/**
 * One JSON document read token by token, as strictly as {@link StrictJson#read} reads it, for
 * documents too large to hold as a tree: the caller walks the containers it cares about with
 * {@link #next()} and reads the values inside them as trees ({@link #value(String)}). Keys of the
 * objects walked are checked for duplicates here; values read as trees are checked by their reader.
 */
public final class StrictJsonStream implements Closeable {
    private final JsonParser parser;
    private final String source;

    StrictJsonStream(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /** The next token, or null at the end of the input. */
    public JsonToken next() {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new JsonReadException(source + ": cannot read: " + e.getMessage(), 0, 0);
        }
    }

    /**
     * The parser underneath, for a reader that walks the tokens itself (a streaming translator);
     * what it refuses becomes a positioned error through {@link #refusal}.
     */
    public JsonParser parser() {
        return parser;
    }

    /** The current token: the one {@link #next()} returned last. */
    public JsonToken current() {
        return parser.currentToken();
    }

    /**
     * The name of the current field (after {@link #next()} returned {@code FIELD_NAME}).
     *
     * @param at the pointer of the object, for messages
     */
    public String name(String at) {
        String name;
        try {
            name = parser.currentName();
        } catch (IOException e) {
            throw new JsonReadException(source + ": cannot read: " + e.getMessage(), 0, 0);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw error(String.format("a key with a lone surrogate \\u%04x at %s (half of a UTF-16 pair is not a"
                        + " Unicode character)", (int) c, at.isEmpty() ? "the root" : at));
            }
        }
        return name;
    }

    /**
     * The value that starts at the current token, read to its end as {@link StrictJson#read} reads
     * a document.
     *
     * @param at its JSON pointer in the whole document, for messages
     */
    public JsonNode value(String at) {
        try {
            return new TreeReader(parser, source, StrictJson.MAX_DEPTH, at).value(parser.currentToken());
        } catch (JsonProcessingException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new JsonReadException(source + ": cannot read: " + e.getMessage(), 0, 0);
        }
    }

    /** Skips the value that starts at the current token (already read once, strictly). */
    public void skipValue() {
        try {
            parser.skipChildren();
        } catch (IOException e) {
            throw new JsonReadException(source + ": cannot read: " + e.getMessage(), 0, 0);
        }
    }

    /** Adds {@code key} to the keys of the object at {@code at}; a duplicate is a {@link JsonReadException}. */
    public void unique(Set<String> keys, String key, String at) {
        if (!keys.add(key)) {
            throw error("duplicate key \"" + key + "\" at " + JsonPointers.child(at, key)
                    + " (each key may appear once in an object)");
        }
    }

    /** A {@link JsonReadException} at the current token: {@code source:line:col: message}. */
    public JsonReadException error(String message) {
        return positioned(parser.currentTokenLocation(), message);
    }

    /** What Jackson refused, as a positioned error (a number's length at the token that is too long). */
    public JsonReadException refusal(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return error("a number longer than " + StrictJson.MAX_NUMBER_LENGTH + " characters, Lensc's limit");
        }
        return positioned(e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
                "invalid JSON: " + e.getOriginalMessage());
    }

    private JsonReadException positioned(JsonLocation at, String message) {
        return new JsonReadException(source + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + message,
                at.getLineNr(), at.getColumnNr());
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // nothing was written; closing a reader that failed to close loses nothing
        }
    }
}
